using Groupement.Domain.Members;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Groupement.Domain.Adhesions;

/// <summary>Field rules for the submission parts (member, référent, needs). Messages are French.</summary>
public static partial class AdhesionInputValidator
{
    public const string InvalidSiren = "INVALID_SIREN";
    public const int MaxNameLength = 200;
    public const int MaxNeeds = 500;

    public static IReadOnlyList<FieldError> Validate(Member member)
    {
        var errors = new List<FieldError>();
        if (!Groupement.Domain.Members.Siren.IsValid(member.Siren))
            errors.Add(new("member.siren", "Le SIREN doit comporter 9 chiffres et être valide (clé de Luhn).", InvalidSiren));
        RequireText(errors, "member.name", member.Name, "Le nom du membre est obligatoire.");
        if (!MemberKinds.IsKnown(member.Kind))
            errors.Add(new("member.kind", "Le type de membre doit être l'un de : " + string.Join(", ", MemberKinds.All) + "."));
        if (member.InseeCode is { } insee && !InseeCodePattern().IsMatch(insee))
            errors.Add(new("member.inseeCode", "Le code INSEE doit comporter 5 caractères (ex. 49007 ou 2A004)."));
        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(Referent referent)
    {
        var errors = new List<FieldError>();
        RequireText(errors, "referent.name", referent.Name, "Le nom du référent est obligatoire.");
        if (!IsEmail(referent.Email))
            errors.Add(new("referent.email", "L'adresse électronique du référent est invalide."));
        if (referent.Phone is { Length: > 30 })
            errors.Add(new("referent.phone", "Le numéro de téléphone est trop long."));
        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(IReadOnlyList<Need> needs)
    {
        var errors = new List<FieldError>();
        if (needs.Count == 0) errors.Add(new("needs", "Indiquez au moins un besoin (une école et son nombre de comptes)."));
        if (needs.Count > MaxNeeds) errors.Add(new("needs", $"Au plus {MaxNeeds} lignes de besoins."));
        for (var i = 0; i < needs.Count && i < MaxNeeds; i++)
        {
            var n = needs[i];
            RequireText(errors, $"needs[{i}].school", n.School, "Le nom de l'école est obligatoire.");
            if (n.Uai is { } uai && !UaiPattern().IsMatch(uai))
                errors.Add(new($"needs[{i}].uai", "Le code UAI doit comporter 7 chiffres suivis d'une lettre (ex. 0490001K)."));
            if (n.Accounts <= 0)
                errors.Add(new($"needs[{i}].accounts", "Le nombre de comptes doit être un entier positif."));
        }
        return errors;
    }

    public static bool IsEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254 || email.Any(char.IsWhiteSpace)) return false;
        return MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && EmailDomainPattern().IsMatch(parsed.Host);
    }

    private static void RequireText(List<FieldError> errors, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(new(field, message));
        else if (value.Length > MaxNameLength) errors.Add(new(field, $"Au plus {MaxNameLength} caractères."));
    }

    [GeneratedRegex("^[0-9]{7}[A-Za-z]$")]
    private static partial Regex UaiPattern();

    [GeneratedRegex("^(?:[0-9]{5}|2[AaBb][0-9]{3})$")]
    private static partial Regex InseeCodePattern();

    [GeneratedRegex(@"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")]
    private static partial Regex EmailDomainPattern();
}
