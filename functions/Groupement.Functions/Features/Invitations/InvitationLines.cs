using System.Globalization;
using System.Text;
using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Invitations;

public sealed record LineError(string Code, string Field, string Message);

/// <summary>One checked line of an invitation list.</summary>
public sealed record InvitationLine(int Line, string Siren, string Name, string Email, bool Ok, IReadOnlyList<LineError> Errors);

/// <summary>The checked list: <c>{lines, valid, invalid}</c>.</summary>
public sealed record InvitationPreview(IReadOnlyList<InvitationLine> Lines, int Valid, int Invalid);

/// <summary>
/// Checks the rows of an invitation list with the rules of the JSON invitations (SIREN with its Luhn key, a name, an
/// email), and flags a SIREN seen on an earlier line or already invited to the groupement. An optional header row
/// (case and accents ignored: siren; nom or name; email, courriel or mail) says which column is which; without one the
/// columns are SIREN, name, email.
/// </summary>
public static class InvitationLines
{
    private static readonly string[] SirenHeaders = ["siren", "numerosiren", "nsiren"];
    private static readonly string[] NameHeaders = ["nom", "name", "raisonsociale", "denomination", "collectivite", "membre"];
    private static readonly string[] EmailHeaders = ["email", "courriel", "mail", "adressemail", "adressedemessagerie", "adresseelectronique", "emailreferent", "courrielreferent"];

    public static InvitationPreview Check(IReadOnlyList<InvitationRow> rows, IReadOnlyList<InvitationRecord> alreadyInvited)
    {
        var (columns, data) = Columns(rows);
        if (data.Count > InvitationFile.MaxLines) throw InvitationFile.TooMany();
        if (data.Count == 0)
            throw ApiProblemException.Unprocessable("EMPTY_FILE", "La liste ne contient aucun membre (une ligne par membre : SIREN, nom, courriel).");
        var invited = alreadyInvited.ToDictionary(i => i.Siren, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<InvitationLine>(data.Count);
        foreach (var row in data)
        {
            string Cell(int i) => i < row.Cells.Count ? row.Cells[i].Trim() : "";
            var errors = new List<LineError>();
            var rawSiren = Cell(columns.Siren);
            var check = Siren.Check(rawSiren);
            var siren = check.Value ?? rawSiren;
            if (!check.IsValid) errors.Add(new LineError(check.Code!, "siren", check.Message!));
            else if (seen.TryGetValue(siren, out var first))
                errors.Add(new LineError("DUPLICATE_LINE", "siren", $"Le SIREN {siren} figure déjà ligne {first}."));
            else if (invited.TryGetValue(siren, out var earlier))
                errors.Add(new LineError("ALREADY_INVITED", "siren",
                    $"Le SIREN {siren} a déjà été invité le {earlier.InvitedAt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} ; utilisez « Renvoyer l'invitation »."));
            if (check.IsValid) seen.TryAdd(siren, row.Line);
            var name = Cell(columns.Name);
            if (name.Length == 0) errors.Add(new LineError("NAME_REQUIRED", "name", "Le nom du membre est obligatoire."));
            else if (name.Length > 200) errors.Add(new LineError("NAME_TOO_LONG", "name", "Le nom du membre fait au plus 200 caractères."));
            var email = Cell(columns.Email);
            if (!AdhesionInputValidator.IsEmail(email))
                errors.Add(new LineError("INVALID_EMAIL", "email", email.Length == 0 ? "L'adresse électronique est obligatoire." : $"« {email} » n'est pas une adresse électronique valide."));
            lines.Add(new InvitationLine(row.Line, siren, name, email, errors.Count == 0, errors));
        }
        var valid = lines.Count(l => l.Ok);
        return new InvitationPreview(lines, valid, lines.Count - valid);
    }

    /// <summary>The JSON form of a list (<c>[{siren, name, email}]</c>) as rows, line = position (1-based).</summary>
    public static IReadOnlyList<InvitationRow> FromJson(IReadOnlyList<InvitationInput?> inputs) =>
        [new InvitationRow(0, ["siren", "nom", "email"]), .. inputs.Select((i, n) => new InvitationRow(n + 1, [i?.Siren ?? "", i?.Name ?? "", i?.Email ?? ""]))];

    private static ((int Siren, int Name, int Email) Columns, IReadOnlyList<InvitationRow> Data) Columns(IReadOnlyList<InvitationRow> rows)
    {
        if (rows.Count == 0) return ((0, 1, 2), rows);
        var header = rows[0].Cells.Select(Fold).ToList();
        int Find(string[] names) => header.FindIndex(h => names.Contains(h));
        var (siren, name, email) = (Find(SirenHeaders), Find(NameHeaders), Find(EmailHeaders));
        if (siren < 0 && name < 0 && email < 0) return ((0, 1, 2), rows);
        var missing = new List<string>();
        if (siren < 0) missing.Add("SIREN");
        if (name < 0) missing.Add("nom");
        if (email < 0) missing.Add("courriel");
        if (missing.Count > 0)
            throw ApiProblemException.Unprocessable("MISSING_COLUMNS",
                $"La ligne d'en-tête ne nomme pas la colonne {string.Join(", ", missing)} (colonnes attendues : SIREN, nom, courriel).");
        return ((siren, name, email), rows.Skip(1).ToList());
    }

    /// <summary>"Courriel du référent" → "courrielreferent": lower case, no accents, letters and digits only.</summary>
    private static string Fold(string header)
    {
        var sb = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
