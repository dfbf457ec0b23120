using Groupement.Domain.Ics;
using Groupement.Domain.Time;
using Microsoft.DurableTask;
using Groupement.Functions.Email;
using Groupement.Functions.Exports;
using Groupement.Functions.Hosting;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Activities;

/// <summary>
/// Sends one notification of an adhésion to its audience. Each recipient's email is reserved in the ledger under a key
/// derived from the request's step key (never from a task counter) before it is sent, so a retried or re-delivered activity sends nothing twice.
/// </summary>
public sealed partial class SendNotificationActivity(AdhesionStore adhesions, GroupementStore groupements, NotificationSender sender)
    : TaskActivity<NotificationRequest, int>
{
    public const string Name = "SendNotification";

    public override async Task<int> RunAsync(TaskActivityContext context, NotificationRequest request)
    {
        ArgumentException.ThrowIfNullOrEmpty(request.Key);
        var view = await adhesions.GetViewAsync(request.AdhesionId) ?? throw new MissingDataException($"Adhesion {request.AdhesionId} not found.");
        var groupement = await groupements.GetAsync(view.GroupementId) ?? throw new MissingDataException($"Groupement {view.GroupementId} not found.");
        var recipients = request.Audience switch
        {
            Audience.Referent => [new EmailAddress(view.Referent.Email, view.Referent.Name)],
            Audience.Coordinator => [new EmailAddress(groupement.Coordinator.Email, groupement.Coordinator.Name)],
            _ => groupement.Reviewers.Select(r => new EmailAddress(r)).ToList(),
        };
        var sent = 0;
        for (var i = 0; i < recipients.Count; i++)
        {
            var model = Model(request, view, groupement, recipients[i], sender.PublicBaseUrl);
            var attachments = request.Kind == "enrolled" ? EnrolledAttachments(view, groupement, sender.Now) : null;
            if (await sender.SendOnceAsync(view.Id, $"{view.Id}:{request.Key}:{i}", model, attachments)) sent++;
        }
        return sent;
    }

    private static NotificationModel Model(NotificationRequest r, AdhesionView view, GroupementRecord g, EmailAddress to, string baseUrl)
    {
        var calendar = g.Calendar();
        var dates = new Dictionary<string, DateOnly>
        {
            [NotificationDates.MarketStart] = calendar.MarketStart,
            [NotificationDates.MarketEnd] = calendar.End.AddDays(-1),
            [NotificationDates.FirstPeriodEnd] = calendar.FirstPeriod.End.AddDays(-1),
        };
        if (view.ExecutoryOn is { } executory) dates[NotificationDates.ExecutoryOn] = executory;
        if (view.History.FirstOrDefault() is { } first) dates[NotificationDates.SubmittedOn] = Paris.ToCivilDay(first.At);
        if (r.Kind == "withdrawal-received")
        {
            dates[NotificationDates.ReceivedOn] = Paris.ToCivilDay(view.History.LastOrDefault()?.At ?? DateTimeOffset.UtcNow);
            dates[NotificationDates.EffectiveOn] = calendar.FirstPeriod.End;
        }
        if (r.Kind == "closed") dates[NotificationDates.ClosedOn] = Paris.ToCivilDay(view.History.LastOrDefault()?.At ?? DateTimeOffset.UtcNow);
        var items = r.Kind is "review-needed" or "changes-requested" or "submission-received"
            ? view.Findings.Where(f => f.Severity != FindingView.Info).Select(f => f.Message).ToList() : null;
        return new NotificationModel(r.Kind, to, g.Name, NotificationComposer.Link(baseUrl, $"/suivi/{view.Id}"),
            view.Member.Name, view.Id, g.Id, r.Comment, calendar.JoinDeadline, dates, items, Reference: view.Reference);
    }

    private static IReadOnlyList<EmailAttachment> EnrolledAttachments(AdhesionView view, GroupementRecord g, DateTimeOffset now)
    {
        var pdf = AttestationPdf.Render(new AttestationData(view.Id, g.Name, g.Coordinator.Name, view.Member, view.Needs,
            view.ExecutoryOn ?? Paris.ToCivilDay(now), view.Prefecture?.ActId, Paris.ToCivilDay(now)) { Reference = view.Reference });
        var ics = MemberCalendar.BuildBytes(new MemberCalendarRequest(g.Id, g.Name, g.Calendar(), view.Member.Siren, view.Member.Name, now));
        return [new("attestation-adhesion.pdf", "application/pdf", pdf), new(MemberCalendar.FileName, MemberCalendar.ContentType, ics)];
    }
}
