using System.Globalization;
using Groupement.Domain.Adhesions;
using Groupement.Domain.Dossiers;
using Groupement.Domain.French;
using Groupement.Domain.Members;
using Groupement.Functions.Http;

namespace Groupement.Functions.Features.Adhesions;

/// <summary>
/// The console's list query, checked: <c>status</c> (one or several, comma-separated), <c>findings=error|warning</c>,
/// <c>kind</c>, <c>departement</c>, <c>q</c> (name, SIREN, INSEE code, dossier number), <c>sort</c>, <c>pageSize</c>,
/// <c>continuationToken</c>. Every bad parameter is a field error of one 400 problem.
/// </summary>
public sealed record AdhesionListQuery(IReadOnlySet<AdhesionStatus>? Statuses, string? Findings, string? Kind, string? Departement,
    string? Search, string Sort, int PageSize, string? ContinuationToken)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public static readonly IReadOnlyList<string> Sorts = ["submittedAt", "-submittedAt", "name", "-name", "status", "reference"];

    /// <summary>What decides the set and its order (a continuation token is only valid for the same).</summary>
    public string Hash(string gid) => ContinuationTokens.HashQuery(gid,
        Statuses is null ? null : string.Join(',', Statuses.Order()), Findings, Kind, Departement, Search, Sort);

    public static AdhesionListQuery Parse(IQueryCollection query)
    {
        var errors = new List<(string Code, string Field, string Message)>();
        HashSet<AdhesionStatus>? statuses = null;
        if (query["status"].ToString() is { Length: > 0 } status)
        {
            statuses = [];
            foreach (var part in status.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (Enum.TryParse<AdhesionStatus>(part, ignoreCase: true, out var s) && Enum.IsDefined(s) && !part.All(char.IsAsciiDigit)) statuses.Add(s);
                else errors.Add(("INVALID_STATUS", "status", $"Statut inconnu « {part} » (valeurs : {string.Join(", ", Enum.GetNames<AdhesionStatus>())})."));
        }
        var findings = Optional(query, "findings");
        if (findings is not null && findings is not ("error" or "warning"))
            errors.Add(("INVALID_FINDINGS", "findings", $"Filtre d'anomalies inconnu « {findings} » (valeurs : error, warning)."));
        var kind = Optional(query, "kind");
        if (kind is not null && !MemberKinds.IsKnown(kind))
            errors.Add(("INVALID_KIND", "kind", $"Type de membre inconnu « {kind} » (valeurs : {string.Join(", ", MemberKinds.All)})."));
        var departement = Optional(query, "departement")?.ToUpperInvariant();
        if (departement is not null && !Departements.IsValidCode(departement))
            errors.Add(("INVALID_DEPARTEMENT", "departement", $"Code de département inconnu « {departement} » (deux chiffres, 2A, 2B ou 97x)."));
        var sort = Optional(query, "sort") ?? "submittedAt";
        if (!Sorts.Contains(sort, StringComparer.Ordinal))
            errors.Add(("INVALID_SORT", "sort", $"Tri inconnu « {sort} » (valeurs : {string.Join(", ", Sorts)})."));
        var pageSize = DefaultPageSize;
        if (Optional(query, "pageSize") is { } size
            && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
            errors.Add(("INVALID_PAGE_SIZE", "pageSize", $"La taille de page est un nombre de 1 à {MaxPageSize} (reçu « {size} »)."));
        var search = Optional(query, "q");
        if (search is { Length: > 200 }) errors.Add(("INVALID_QUERY", "q", "La recherche fait au plus 200 caractères."));
        if (errors.Count > 0)
            throw ApiProblemException.Validation(errors[0].Code,
                errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        return new AdhesionListQuery(statuses, findings, kind, departement, search is null ? null : FrenchText.Fold(search).Trim(),
            sort, pageSize, Optional(query, "continuationToken"));
    }

    private static string? Optional(IQueryCollection query, string name) =>
        query[name].ToString().Trim() is { Length: > 0 } v ? v : null;
}
