using Groupement.Domain.Members;
using Groupement.Domain.Adhesions;

namespace Groupement.Domain.Tests.Adhesions;

/// <summary>Given events / When command / Then events or refusal, over the pure decider.</summary>
internal sealed class AdhesionSpec
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly Member Commune = new("214901159", "Commune d'Angers", MemberKinds.Commune, "49007");
    public static readonly Referent Referent = new("Jeanne Martin", "jeanne.martin@angers.fr");
    public static readonly IReadOnlyList<Need> Needs = [new("École Jules Ferry", "0490001K", 120)];

    private AdhesionState _state = AdhesionState.Initial;
    private AdhesionDecision? _decision;

    public static AdhesionSpec Given(params AdhesionCommand[] history)
    {
        var spec = new AdhesionSpec();
        foreach (var c in history)
        {
            var (state, decision) = AdhesionDecider.Handle(spec._state, c, Now);
            Assert.True(decision.IsAccepted, $"Given {c.GetType().Name} was refused: {decision.Refusal}");
            spec._state = state;
        }
        return spec;
    }

    public static AdhesionCommand Submitted() => new AdhesionCommand.Submit(Commune, Referent, Needs) { By = "member:214901159" };

    public static AdhesionCommand Analysed(bool errors = false) => new AdhesionCommand.AnalysisCompleted(errors);

    public static AdhesionCommand Approved() => Review(ReviewDecision.Approve, null);

    public static AdhesionCommand Review(ReviewDecision d, string? comment, bool overrideFindings = false, bool errors = false) =>
        new AdhesionCommand.Review(d, comment, overrideFindings, errors) { By = "coordinator" };

    public static AdhesionCommand Receipt(int day = 5) => new AdhesionCommand.PrefectureReceipt("049-214901159-20260202-2026_011-DE", new DateOnly(2026, 3, day));

    public static AdhesionCommand Published(int day = 3) => new AdhesionCommand.Publication(new DateOnly(2026, 3, day), PublicationModes.Affichage);

    public AdhesionSpec When(AdhesionCommand command, DateTimeOffset? at = null)
    {
        (_state, _decision) = AdhesionDecider.Handle(_state, command, at ?? Now);
        return this;
    }

    public AdhesionState State => _state;

    public AdhesionSpec ThenEvents(params Type[] expected)
    {
        Assert.NotNull(_decision);
        Assert.Null(_decision.Refusal);
        Assert.Equal(expected, _decision.Events.Select(e => e.GetType()));
        return this;
    }

    public AdhesionSpec ThenRefused(string code)
    {
        Assert.NotNull(_decision);
        Assert.NotNull(_decision.Refusal);
        Assert.Equal(code, _decision.Refusal.Code);
        Assert.False(string.IsNullOrWhiteSpace(_decision.Refusal.Message));
        Assert.Empty(_decision.Events);
        return this;
    }

    public AdhesionSpec ThenStatus(AdhesionStatus status)
    {
        Assert.Equal(status, _state.Status);
        return this;
    }

    public T Event<T>() where T : AdhesionEvent => Assert.Single(_decision!.Events.OfType<T>());
}
