using System.Text.Json.Serialization;

namespace Groupement.Domain.Deliberations;

[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Blocks approval until a person overrides it with a comment.</summary>
    [JsonStringEnumMemberName("error")] Error,

    /// <summary>Asks a person to look.</summary>
    [JsonStringEnumMemberName("warning")] Warning,

    /// <summary>Shown only.</summary>
    [JsonStringEnumMemberName("info")] Info,
}

/// <summary>One result of the analysis: a stable code, its severity and a French message with the figures and the article.</summary>
public sealed record Finding(string Code, FindingSeverity Severity, string Message)
{
    /// <summary>The passage the finding rests on (page, line, quote); null when it is about something absent.</summary>
    public Evidence? Evidence { get; init; }

    public Finding At(Evidence? evidence) => this with { Evidence = evidence };

    public static Finding Error(string code, string message) => new(code, FindingSeverity.Error, message);

    public static Finding Warning(string code, string message) => new(code, FindingSeverity.Warning, message);

    public static Finding Info(string code, string message) => new(code, FindingSeverity.Info, message);
}

/// <summary>Finding codes of DESIGN §4 (stable: scripts depend on them).</summary>
public static class FindingCodes
{
    public const string NotADeliberation = "DELIB_NOT_A_DELIBERATION";
    public const string QuorumNotMet = "QUORUM_NOT_MET";
    public const string VotesInconsistent = "VOTES_INCONSISTENT";
    public const string ProxiesExceedAbsent = "PROXIES_EXCEED_ABSENT";
    public const string ConvocationTooLate = "CONVOCATION_TOO_LATE";
    public const string NoAuthorization = "DELIB_NO_AUTHORIZATION";
    public const string ActIdInvalid = "ACT_ID_INVALID";
    public const string ActIdSirenMismatch = "ACT_ID_SIREN_MISMATCH";
    public const string ActIdDateMismatch = "ACT_ID_DATE_MISMATCH";
    public const string ActIdNatureNotDe = "ACT_ID_NATURE_NOT_DE";
    public const string NotReadable = "DELIB_NOT_READABLE";
    public const string DateMissing = "DELIB_DATE_MISSING";
    public const string CountsMissing = "COUNTS_MISSING";
    public const string PopulationUnknown = "POPULATION_UNKNOWN";
    public const string ObjectMismatch = "DELIB_OBJECT_MISMATCH";
    public const string AfterDeadline = "DELIB_AFTER_DEADLINE";
    public const string NotYetExecutory = "NOT_YET_EXECUTORY";
}
