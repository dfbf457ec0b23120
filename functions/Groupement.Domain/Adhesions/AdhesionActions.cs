using static Groupement.Domain.Adhesions.AdhesionStatus;

namespace Groupement.Domain.Adhesions;

/// <summary>Who asks what an adhésion allows.</summary>
public enum ActorRole
{
    Member,
    Coordinator,
}

/// <summary>One action a person may take now, with its route and its French label.</summary>
public sealed record AllowedAction(string Name, string Route, string Label);

/// <summary>
/// What a person may do next with an adhésion, from the one transition table (<see cref="AdhesionTransitions"/>) and
/// the state: the pages and the console show these and keep no copy of the rules. Only the next step is offered
/// (the prefecture receipt until it is recorded, then the publication).
/// </summary>
public static class AdhesionActions
{
    public const string Review = "review";
    public const string Documents = "documents";
    public const string PrefectureReceipt = "prefecture-receipt";
    public const string Publication = "publication";
    public const string Withdrawal = "withdrawal";
    public const string Close = "close";

    public static IReadOnlyList<AllowedAction> For(AdhesionState state, ActorRole role)
    {
        ArgumentNullException.ThrowIfNull(state);
        var actions = new List<AllowedAction>();
        void Add(string name, Type command, string label, bool when = true)
        {
            if (when && state.Status is { } status && AdhesionTransitions.Accepts(status, command)) actions.Add(new(name, name, label));
        }
        var coordinator = role == ActorRole.Coordinator;
        Add(Review, typeof(AdhesionCommand.Review), "Examiner le dossier", coordinator);
        Add(Documents, typeof(AdhesionCommand.ResubmitDocuments), "Envoyer de nouvelles pièces", state.Status == ChangesRequested || !coordinator);
        Add(PrefectureReceipt, typeof(AdhesionCommand.PrefectureReceipt), "Déclarer l'accusé de réception de la préfecture",
            state.Status == AwaitingPrefecture && state.ReceivedOn is null);
        Add(Publication, typeof(AdhesionCommand.Publication), "Déclarer la publication ou l'affichage",
            state.Status == AwaitingPrefecture && state.ReceivedOn is not null && state.PublishedOn is null);
        Add(Withdrawal, typeof(AdhesionCommand.Withdraw), state.Status == Enrolled ? "Se retirer du groupement" : "Retirer la demande", !coordinator);
        Add(Close, typeof(AdhesionCommand.Close), "Clore le dossier", coordinator);
        return actions;
    }

    /// <summary>The status as a person reads it.</summary>
    public static string Label(AdhesionStatus status) => status switch
    {
        Submitted => "Déposé, en cours d'analyse",
        UnderReview => "En cours d'examen par le coordonnateur",
        ChangesRequested => "Compléments demandés",
        AwaitingPrefecture => "Accepté, en attente de la préfecture et de la publication",
        Enrolled => "Membre du groupement",
        Rejected => "Refusé",
        Withdrawn => "Retiré",
        Closed => "Clos",
        _ => status.ToString(),
    };
}
