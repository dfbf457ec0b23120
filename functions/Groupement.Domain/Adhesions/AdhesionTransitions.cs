using static Groupement.Domain.Adhesions.AdhesionStatus;

namespace Groupement.Domain.Adhesions;

/// <summary>
/// The one transition table: which statuses accept which command. Rules inside an accepted command
/// (findings, dates, comments) live in <see cref="AdhesionDecider"/>.
/// </summary>
public static class AdhesionTransitions
{
    private static readonly AdhesionStatus[] Open = [Submitted, UnderReview, ChangesRequested, AwaitingPrefecture];

    private static readonly Dictionary<Type, AdhesionStatus[]> AcceptedFrom = new()
    {
        // Submit is accepted only when the adhésion does not exist yet (handled by the decider).
        [typeof(AdhesionCommand.AnalysisCompleted)] = [Submitted, UnderReview],
        [typeof(AdhesionCommand.Review)] = [UnderReview],
        [typeof(AdhesionCommand.ResubmitDocuments)] = [Submitted, UnderReview, ChangesRequested],
        [typeof(AdhesionCommand.PrefectureReceipt)] = Open,
        [typeof(AdhesionCommand.Publication)] = Open,
        [typeof(AdhesionCommand.Withdraw)] = [.. Open, Enrolled],
        [typeof(AdhesionCommand.Close)] = [.. Open, Enrolled],
    };

    /// <summary>Whether an adhésion in <paramref name="status"/> accepts a command of this type.</summary>
    public static bool Accepts(AdhesionStatus status, Type commandType) =>
        AcceptedFrom.TryGetValue(commandType, out var from) && from.Contains(status);

    /// <summary>Every status that accepts a command of this type (for documentation and tests).</summary>
    public static IReadOnlyList<AdhesionStatus> StatusesAccepting(Type commandType) =>
        AcceptedFrom.TryGetValue(commandType, out var from) ? from : [];
}
