using System.Globalization;
using Groupement.Domain.Adhesions;
using Groupement.Domain.Dossiers;
using Groupement.Domain.French;
using Groupement.Domain.Members;
using Groupement.Functions.Auth;
using Groupement.Functions.Features.Analysis;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Adhesions;

public sealed record ListMember(string Siren, string Name, string Kind, string? InseeCode);

/// <summary>One line of the console's list.</summary>
public sealed record AdhesionListItem(string Id, string? Reference, ListMember Member, string? Departement, string Status, string StatusLabel,
    DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt, int Errors, int Warnings);

/// <summary>
/// <c>GET /api/groupements/{gid}/adhesions</c> → <c>{groupementId, count, total, counts, items, continuationToken}</c>.
/// <c>total</c> counts what matches every filter; <c>counts</c> counts by status what matches every filter but the
/// status (the console's tabs); <c>count</c> is the number of items on this page.
/// </summary>
public static class AdhesionListHandler
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    internal static async Task<IResult> ListAsync(string gid, HttpContext http, Access access, AdhesionStore adhesions,
        ContinuationTokens tokens, ReferenceDataProvider reference)
    {
        await access.GroupementAsync(http, gid);
        var query = AdhesionListQuery.Parse(http.Request.Query);
        var hash = query.Hash(gid);
        var position = query.ContinuationToken is { } token ? tokens.Read(token, hash) : null;

        // One or two table pages: the compact summaries of the whole groupement, filtered and sorted in memory.
        var all = await adhesions.ListAsync(gid, null, http.RequestAborted);
        var departements = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? DepartementOf(AdhesionSummary a) =>
            departements.TryGetValue(a.Id, out var d) ? d : departements[a.Id] = Departement(a, reference);
        var matching = all.Where(a => Matches(a, query, DepartementOf)).ToList();
        var counts = Enum.GetValues<AdhesionStatus>().ToDictionary(s => s.ToString(), s => matching.Count(a => a.Status == s));
        var selected = Sorted(query.Statuses is null ? matching : matching.Where(a => query.Statuses.Contains(a.Status)), query.Sort).ToList();

        var start = 0;
        if (position is not null)
        {
            var last = selected.FindIndex(a => a.Id == position.LastId);
            start = last >= 0 ? last + 1 : Math.Min(position.Offset, selected.Count);
        }
        var page = selected.Skip(start).Take(query.PageSize).ToList();
        var end = start + page.Count;
        var next = end < selected.Count && page.Count > 0 ? tokens.Issue(new ListPosition(end, page[^1].Id, hash)) : null;
        var items = page.Select(a => new AdhesionListItem(a.Id, a.Reference, new ListMember(a.Siren, a.MemberName, a.Kind, a.InseeCode),
            DepartementOf(a), a.Status.ToString(), AdhesionActions.Label(a.Status), a.CreatedAt, a.UpdatedAt, a.Errors, a.Warnings)).ToList();
        return Results.Ok(new { groupementId = gid, count = items.Count, total = selected.Count, counts, items, continuationToken = next });
    }

    private static bool Matches(AdhesionSummary a, AdhesionListQuery q, Func<AdhesionSummary, string?> departement)
    {
        if (q.Findings == "error" && a.Errors == 0) return false;
        if (q.Findings == "warning" && a.Warnings == 0) return false;
        if (q.Kind is not null && !SameKind(a.Kind, q.Kind)) return false;
        if (q.Departement is not null && departement(a) != q.Departement) return false;
        if (q.Search is { Length: > 0 } s)
        {
            var digits = new string(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
            return FrenchText.Fold(a.MemberName).Contains(s, StringComparison.Ordinal)
                || (digits.Length > 0 && a.Siren.Contains(digits, StringComparison.Ordinal))
                || (a.InseeCode is { } insee && insee.Contains(digits, StringComparison.OrdinalIgnoreCase))
                || (a.Reference is { } r && r.Contains(s, StringComparison.OrdinalIgnoreCase));
        }
        return true;
    }

    private static bool SameKind(string stored, string wanted) =>
        MemberKinds.TryParse(stored, out var a) && MemberKinds.TryParse(wanted, out var b) ? a == b : string.Equals(stored, wanted, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<AdhesionSummary> Sorted(IEnumerable<AdhesionSummary> items, string sort) => sort switch
    {
        "-submittedAt" => items.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id, StringComparer.Ordinal),
        "name" => items.OrderBy(a => a.MemberName, French).ThenBy(a => a.Id, StringComparer.Ordinal),
        "-name" => items.OrderByDescending(a => a.MemberName, French).ThenByDescending(a => a.Id, StringComparer.Ordinal),
        "status" => items.OrderBy(a => a.Status).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal),
        // Numbers are zero-padded within a year; adhésions filed before numbers existed come last.
        "reference" => items.OrderBy(a => a.Reference is null).ThenBy(a => a.Reference?.Length ?? 0).ThenBy(a => a.Reference, StringComparer.Ordinal)
            .ThenBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal),
        _ => items.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal),
    };

    /// <summary>A commune's from its INSEE code; otherwise the reference data's (an EPCI: the département of most of its communes).</summary>
    private static string? Departement(AdhesionSummary a, ReferenceDataProvider reference)
    {
        if (Departements.FromInseeCode(a.InseeCode) is { } fromInsee) return fromInsee;
        if (reference.Data is not { } data) return null;
        if (data.CommuneBySiren(a.Siren) is { } commune) return commune.Department;
        if (data.EpciBySiren(a.Siren) is { } epci)
            return epci.Members.Select(m => data.CommuneByInsee(m.InseeCode)?.Department).OfType<string>()
                .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        return Groupement.Domain.Reference.Collectivites.BySiren(a.Siren)?.Departments is [var only] ? only : null;
    }
}
