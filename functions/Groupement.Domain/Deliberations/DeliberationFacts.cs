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
}
