namespace Groupement.Domain.Deliberations;

/// <summary>The prefecture tampon and publication marks found on the act.</summary>
public sealed record DeliberationStamp(DateOnly? SentOn, DateOnly? ReceivedOn, DateOnly? PublishedOn, string? ActId)
{
    /// <summary>"Certifié exécutoire" by the mayor or president.</summary>
    public bool CertifiedExecutory { get; init; }

    public static DeliberationStamp Empty { get; } = new(null, null, null, null);
}

/// <summary>Facts read from a délibération (DESIGN §4); null when the text does not give them.</summary>
public sealed record DeliberationFacts
{
    public string? Body { get; init; }
    public string? Authority { get; init; }
    public DateOnly? SessionDate { get; init; }
    public DateOnly? ConvocationDate { get; init; }
    public int? MembersInOffice { get; init; }
    public int? Present { get; init; }
    public int? Proxies { get; init; }

    /// <summary>The "votants" figure when given, else the "suffrages exprimés".</summary>
    public int? VotesCast { get; init; }
    public int? VotesFor { get; init; }
    public int? VotesAgainst { get; init; }
    public int? Abstentions { get; init; }
    public bool? Unanimous { get; init; }
    public bool? AuthorizesSignature { get; init; }
    public bool? ConcernsGroupement { get; init; }
    public DeliberationStamp Stamp { get; init; } = DeliberationStamp.Empty;

    // Beyond DESIGN §4: what the rules used.
    public int? Voters { get; init; }
    public int? ValidVotes { get; init; }
    public bool SecondConvocation { get; init; }
    public bool UrgencyStated { get; init; }
    public bool UrgencyRuledOn { get; init; }
    public string? Object { get; init; }
    public int? Population { get; init; }

    /// <summary>Which figure <see cref="Population"/> is: "fournie", "population totale", "population municipale", …</summary>
    public string? PopulationSource { get; init; }
    public int? ClearDays { get; init; }
    public int? RequiredClearDays { get; init; }

    /// <summary>Date of the first sitting that failed for want of a quorum, when the text gives it.</summary>
    public DateOnly? FirstSittingDate { get; init; }

    /// <summary>The convocation line says the reports (rapports) were sent with it (départements, régions).</summary>
    public bool ReportsSentWithConvocation { get; init; }

    /// <summary>Blank and spoilt ballots ("bulletins blancs", "nuls"), counted among the votants.</summary>
    public int? BlankOrSpoilt { get; init; }

    /// <summary>Members present who did not take part in the vote ("ne prend pas part au vote").</summary>
    public int? NotVoting { get; init; }

    /// <summary>Délibérations found in the document (a registry page may hold several); the facts are those of
    /// the one about the groupement.</summary>
    public int DeliberationsInDocument { get; init; } = 1;

    /// <summary>How the text was obtained: "text" (a text layer or plain text), "ocr" (set by the OCR activity).</summary>
    public string Source { get; init; } = TextSource;

    /// <summary>Mean OCR confidence in [0, 1] when <see cref="Source"/> is "ocr"; null otherwise.</summary>
    public double? Confidence { get; init; }

    /// <summary>Where each fact was read; a fact not found has null evidence.</summary>
    public DeliberationEvidence Evidence { get; init; } = DeliberationEvidence.None;

    public const string TextSource = "text";
    public const string OcrSource = "ocr";
}
