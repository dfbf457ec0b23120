using Groupement.Domain.Reminders;
using Groupement.Functions.Email;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Features.Reminders;

/// <summary>What a reminder says to whom, and which link it carries (pure: composed from what the activity read).</summary>
public static class ReminderMessages
{
    /// <summary>What the activity read for a reminder.</summary>
    public sealed record Facts(GroupementRecord Groupement, AdhesionView? Adhesion, InvitationRecord? Invitation,
        IReadOnlyList<AdhesionSummary> UnderReview);

    public static NotificationModel Compose(ReminderRequest r, Facts f, string publicBaseUrl)
    {
        var g = f.Groupement;
        var calendar = g.Calendar();
        var memberName = f.Adhesion?.Member.Name ?? f.Invitation?.Name;
        var recipientName = r.Kind == ReminderKinds.Review ? null
            : f.Adhesion is { } a && string.Equals(a.Referent.Email, r.Email, StringComparison.OrdinalIgnoreCase) ? a.Referent.Name : null;
        var to = new EmailAddress(r.Email, recipientName);
        var adhesionLink = r.AdhesionId is null ? null : NotificationComposer.Link(publicBaseUrl, $"/suivi/{r.AdhesionId}");
        var dates = new Dictionary<string, DateOnly>
        {
            [NotificationDates.MarketStart] = calendar.MarketStart,
            [NotificationDates.MarketEnd] = calendar.End.AddDays(-1),
            [NotificationDates.FirstPeriodEnd] = calendar.FirstPeriod.End.AddDays(-1),
        };
        if (r.Milestone == ReminderMilestones.DeadlinePassed) dates[NotificationDates.SentOn] = calendar.JoinDeadline.AddDays(1);
        var model = new NotificationModel(r.Kind, to, g.Name, adhesionLink ?? GroupementLink(publicBaseUrl, g.Id), memberName, r.AdhesionId,
            g.Id, Dates: dates, Reference: f.Adhesion?.Reference);
        return r.Kind switch
        {
            ReminderKinds.Deadline => model with
            {
                Deadline = calendar.JoinDeadline,
                Comment = DeadlineComment(r, g),
            },
            ReminderKinds.Review => model with
            {
                Link = NotificationComposer.Link(publicBaseUrl, $"/api/groupements/{g.Id}/adhesions?status=UnderReview"),
                Count = f.UnderReview.Count,
                Items = [.. f.UnderReview.Select(u => u.MemberName)],
                Deadline = calendar.JoinDeadline,
            },
            ReminderKinds.WithdrawalWindowOpen => model with { Deadline = calendar.WithdrawalWindow?.LastDay ?? calendar.FirstPeriod.LastDay },
            _ => model,
        };
    }

    /// <summary>The invitation page: the member has no adhésion yet and we keep only the hash of its token.</summary>
    public static string GroupementLink(string publicBaseUrl, string groupementId) =>
        NotificationComposer.Link(publicBaseUrl, $"/adhesion?groupement={Uri.EscapeDataString(groupementId)}");

    private static string DeadlineComment(ReminderRequest r, GroupementRecord g)
    {
        var coordinator = $"{g.Coordinator.Name} ({g.Coordinator.Email})";
        if (r.Milestone == ReminderMilestones.DeadlinePassed)
            return "Dernier avis : la date limite est passée et le dossier attend toujours les corrections demandées. "
                + $"Le coordonnateur, {coordinator}, décidera de la suite à lui donner ; sans nouvelle de votre part, il pourra le clore.";
        if (r.AdhesionId is null)
            return "Pour déposer le dossier, utilisez le lien personnel reçu dans le courriel d'invitation. "
                + $"Si vous ne le retrouvez pas, demandez au coordonnateur, {coordinator}, de vous le renvoyer.";
        return "Le coordonnateur attend les documents corrigés : déposez-les depuis la page du dossier.";
    }
}
