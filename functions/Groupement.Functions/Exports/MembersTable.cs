using System.Globalization;

namespace Groupement.Functions.Exports;

/// <summary>The members export as a table: one row per need (member columns repeated), then a totals row.</summary>
public static class MembersTable
{
    public static IReadOnlyList<string> Headers { get; } =
    [
        "SIREN", "Membre", "Type", "Code INSEE", "Référent", "Courriel du référent", "Téléphone du référent",
        "École", "UAI", "Comptes", "Exécutoire le", "Identifiant de l'acte", "N° de dossier",
    ];

    /// <summary>Index of the accounts column (numeric).</summary>
    public const int AccountsColumn = 9;

    /// <summary>Rows ordered by member name then school; cells are string, int or null.</summary>
    public static IEnumerable<object?[]> Rows(IEnumerable<EnrolledMember> members)
    {
        foreach (var m in members.OrderBy(m => m.Member.Name, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true)))
        {
            IReadOnlyList<Groupement.Domain.Adhesions.Need?> needs = m.Needs.Count > 0 ? [.. m.Needs] : [null];
            foreach (var n in needs)
                yield return
                [
                    m.Member.Siren, m.Member.Name, m.Member.Kind, m.Member.InseeCode, m.Referent.Name, m.Referent.Email, m.Referent.Phone,
                    n?.School, n?.Uai, n?.Accounts ?? 0, m.ExecutoryOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.ActId,
                    m.Reference,
                ];
        }
    }

    /// <summary>"Total", the number of members, the number of schools, the sum of accounts.</summary>
    public static object?[] Totals(IReadOnlyCollection<EnrolledMember> members)
    {
        var row = new object?[Headers.Count];
        row[0] = "Total";
        row[1] = members.Count.ToString(CultureInfo.InvariantCulture) + (members.Count > 1 ? " membres" : " membre");
        var schools = members.Sum(m => m.Needs.Count);
        row[7] = schools.ToString(CultureInfo.InvariantCulture) + (schools > 1 ? " écoles" : " école");
        row[AccountsColumn] = members.Sum(m => m.Needs.Sum(n => n.Accounts));
        return row;
    }
}
