namespace Groupement.Domain.Deliberations;

/// <summary>Where a fact or a finding was read: 1-based page (form feeds split text input) and line within
/// that page, and the passage quoted from the document (a few words around the figure or date).</summary>
public sealed record Evidence(int Page, int Line, string Quote);

/// <summary>The evidence of each extracted fact (JSON <c>facts.evidence.{field}</c>); null where the fact was not read.</summary>
public sealed record DeliberationEvidence
{
    public Evidence? Body { get; init; }
    public Evidence? Authority { get; init; }
    public Evidence? SessionDate { get; init; }
    public Evidence? ConvocationDate { get; init; }
    public Evidence? FirstSittingDate { get; init; }
    public Evidence? MembersInOffice { get; init; }
    public Evidence? Present { get; init; }
    public Evidence? Proxies { get; init; }
    public Evidence? VotesCast { get; init; }
    public Evidence? Voters { get; init; }
    public Evidence? ValidVotes { get; init; }
    public Evidence? VotesFor { get; init; }
    public Evidence? VotesAgainst { get; init; }
    public Evidence? Abstentions { get; init; }
    public Evidence? BlankOrSpoilt { get; init; }
    public Evidence? NotVoting { get; init; }
    public Evidence? Unanimous { get; init; }
    public Evidence? AuthorizesSignature { get; init; }
    public Evidence? ConcernsGroupement { get; init; }
    public Evidence? Object { get; init; }
    public Evidence? SecondConvocation { get; init; }
    public Evidence? UrgencyStated { get; init; }
    public Evidence? UrgencyRuledOn { get; init; }
    public Evidence? SentOn { get; init; }
    public Evidence? ReceivedOn { get; init; }
    public Evidence? PublishedOn { get; init; }
    public Evidence? ActId { get; init; }
    public Evidence? CertifiedExecutory { get; init; }

    public static DeliberationEvidence None { get; } = new();
}
