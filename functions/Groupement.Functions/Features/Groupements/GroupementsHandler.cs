using System.Text.Json.Serialization;
using Groupement.Domain.Adhesions;
using Groupement.Domain.Calendar;
using Groupement.Domain.Dossiers;
using Groupement.Domain.Members;
using Groupement.Functions.Auth;
using Groupement.Functions.Features.Reminders;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Features.Groupements;

public sealed record CoordinatorInput(string? Name, string? Siren, string? Email);

public sealed record CreateGroupementRequest(string? Name, CoordinatorInput? Coordinator, DateOnly? JoinDeadline, DateOnly? MarketStart,
    int? FirstPeriodMonths, int? Renewals, int? RenewalMonths, int? WithdrawalNoticeMonths, IReadOnlyList<string>? Reviewers,
    IReadOnlyList<string>? Keywords)
{
    /// <summary>Prefix of the dossier numbers (<c>^[A-Z0-9]{2,12}$</c>); derived from the name when absent.</summary>
    public string? ReferencePrefix { get; init; }
}

/// <summary><c>/api/groupements</c>: creation (admin) and the coordinator's view.</summary>
public static class GroupementsHandler
{

    internal static async Task<IResult> CreateAsync(HttpRequest request, GroupementStore store, TimeProvider time)
    {
        var body = await Problems.ReadJsonAsync<CreateGroupementRequest>(request);
        var settings = Validate(body);
        var key = SecretHasher.NewToken();
        var record = new GroupementRecord(Guid.NewGuid().ToString("N"), body.Name!.Trim(),
            new Coordinator(body.Coordinator!.Name!.Trim(), Siren.Normalize(body.Coordinator.Siren)!, body.Coordinator.Email!.Trim()),
            settings.JoinDeadline, settings.MarketStart, settings.FirstPeriodMonths, settings.Renewals, settings.RenewalMonths,
            settings.WithdrawalNoticeMonths ?? 0, [.. body.Reviewers!.Select(r => r.Trim())],
            [.. (body.Keywords ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim())],
            SecretHasher.Hash(key), time.GetUtcNow())
        {
            ReferencePrefix = string.IsNullOrWhiteSpace(body.ReferencePrefix) ? DossierReference.DerivePrefix(body.Name) : body.ReferencePrefix.Trim(),
        };
        await store.CreateAsync(record, request.HttpContext.RequestAborted);
        return Results.Created($"/api/groupements/{record.Id}", Describe(record) with { CoordinatorKey = key });
    }

    internal static async Task<IResult> GetAsync(string gid, HttpContext http, Access access, AdhesionStore adhesions, GroupementStore groupements,
        ReminderOutlookService reminders)
    {
        var (groupement, _) = await access.GroupementAsync(http, gid);
        var counts = await adhesions.CountByStatusAsync(gid, http.RequestAborted);
        var invitations = await groupements.ListInvitationsAsync(gid, http.RequestAborted);
        // A member may apply without its invitation link: its SIREN then has an adhésion but the invitation is not marked.
        var applied = (await adhesions.ListAsync(gid, null, http.RequestAborted)).Select(a => a.Siren).ToHashSet(StringComparer.Ordinal);
        bool Submitted(InvitationRecord i) => i.SubmittedAdhesionId is not null || applied.Contains(i.Siren);
        return Results.Ok(Describe(groupement) with
        {
            Counts = counts.ToDictionary(c => c.Key.ToString(), c => c.Value),
            Invitations = new InvitationSummary(invitations.Count, invitations.Count(Submitted),
                [.. invitations.Where(i => !Submitted(i)).Select(i => new InvitedMemberView(i.Siren, i.Name, i.Email, i.InvitedAt))]),
            Reminders = await reminders.ForAsync(groupement, http.RequestAborted),
        });
    }

    internal static GroupementResponse Describe(GroupementRecord g) => new(g.Id, g.Name, g.Coordinator, g.JoinDeadline, g.MarketStart,
        g.FirstPeriodMonths, g.Renewals, g.RenewalMonths, g.WithdrawalNoticeMonths, g.Reviewers, g.Keywords, g.CreatedAt,
        CalendarView.Of(g.Calendar())) { ReferencePrefix = g.EffectiveReferencePrefix };

    private static CalendarSettings Validate(CreateGroupementRequest b)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];
        if (string.IsNullOrWhiteSpace(b.Name)) Add("name", "Le nom du groupement est obligatoire.");
        if (b.Coordinator is null) Add("coordinator", "Le coordonnateur (nom, SIREN, courriel) est obligatoire.");
        else
        {
            if (string.IsNullOrWhiteSpace(b.Coordinator.Name)) Add("coordinator.name", "Le nom du coordonnateur est obligatoire.");
            // Format only: services of the State (a rectorat: 174400088) carry SIRENs outside the Luhn rule.
            if (Siren.Normalize(b.Coordinator.Siren) is null || Siren.Normalize(b.Coordinator.Siren) == "000000000")
                Add("coordinator.siren", "Le SIREN du coordonnateur doit comporter 9 chiffres.");
            if (!AdhesionInputValidator.IsEmail(b.Coordinator.Email)) Add("coordinator.email", "L'adresse électronique du coordonnateur n'est pas valide.");
        }
        if (!string.IsNullOrWhiteSpace(b.ReferencePrefix) && !DossierReference.IsValidPrefix(b.ReferencePrefix.Trim()))
            Add("referencePrefix", "Le préfixe des numéros de dossier comporte de 2 à 12 lettres majuscules ou chiffres (par exemple EPRIMO).");
        if (b.Reviewers is not { Count: > 0 }) Add("reviewers", "Indiquez au moins une adresse de relecteur.");
        else for (var i = 0; i < b.Reviewers.Count; i++)
                if (!AdhesionInputValidator.IsEmail(b.Reviewers[i])) Add($"reviewers[{i}]", $"« {b.Reviewers[i]} » n'est pas une adresse électronique valide.");
        if (b.JoinDeadline is null) Add("joinDeadline", "La date limite d'adhésion est obligatoire (aaaa-mm-jj).");
        if (b.MarketStart is null) Add("marketStart", "La date de début du marché est obligatoire (aaaa-mm-jj).");
        if (b.FirstPeriodMonths is null) Add("firstPeriodMonths", "La durée de la première période (en mois) est obligatoire.");
        CalendarSettings? settings = null;
        if (b.JoinDeadline is { } jd && b.MarketStart is { } ms && b.FirstPeriodMonths is { } fp)
        {
            settings = new CalendarSettings(jd, ms, fp, b.Renewals ?? 0, b.RenewalMonths ?? 0, b.WithdrawalNoticeMonths);
            foreach (var (field, messages) in settings.Validate()) foreach (var m in messages) Add(field, m);
        }
        if (errors.Count > 0)
            throw ApiProblemException.Validation(errors.Keys.Any(k => k.EndsWith("siren")) ? "INVALID_SIREN"
                : errors.ContainsKey("referencePrefix") ? DossierReference.InvalidPrefixCode : "VALIDATION_FAILED", errors);
        return settings!;
    }
}

public sealed record InvitedMemberView(string Siren, string Name, string Email, DateTimeOffset InvitedAt);

public sealed record InvitationSummary(int Invited, int Submitted, IReadOnlyList<InvitedMemberView> NotSubmitted);

public sealed record GroupementResponse(string Id, string Name, Coordinator Coordinator, DateOnly JoinDeadline, DateOnly MarketStart,
    int FirstPeriodMonths, int Renewals, int RenewalMonths, int WithdrawalNoticeMonths, IReadOnlyList<string> Reviewers,
    IReadOnlyList<string> Keywords, DateTimeOffset CreatedAt, CalendarView Calendar)
{
    /// <summary>The prefix of the groupement's dossier numbers.</summary>
    public string ReferencePrefix { get; init; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? CoordinatorKey { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyDictionary<string, int>? Counts { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public InvitationSummary? Invitations { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public RemindersView? Reminders { get; init; }
}
