using System.Text.Json;

namespace Groupement.Domain.Adhesions;

/// <summary>The three JSON parts of a submission, parsed and validated, or the field errors.</summary>
public sealed record ParsedSubmission(Member? Member, Referent? Referent, IReadOnlyList<Need>? Needs, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Member is not null && Referent is not null && Needs is not null;
}

/// <summary>Reads the multipart JSON parts <c>member</c>, <c>referent</c>, <c>needs</c> with field-level errors.</summary>
public static class SubmissionParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };

    public static ParsedSubmission Parse(string? memberJson, string? referentJson, string? needsJson)
    {
        var errors = new List<FieldError>();
        var member = ParseObject(memberJson, "member", errors, ReadMember);
        var referent = ParseObject(referentJson, "referent", errors, ReadReferent);
        var needs = ParseNeeds(needsJson, errors);
        if (member is not null) errors.AddRange(AdhesionInputValidator.Validate(member));
        if (referent is not null) errors.AddRange(AdhesionInputValidator.Validate(referent));
        if (needs is not null) errors.AddRange(AdhesionInputValidator.Validate(needs));
        return new ParsedSubmission(member, referent, needs, errors);
    }

    public static Member? ParseMember(string? json, List<FieldError> errors) => ParseObject(json, "member", errors, ReadMember);

    public static Referent? ParseReferent(string? json, List<FieldError> errors) => ParseObject(json, "referent", errors, ReadReferent);

    private static T? ParseObject<T>(string? json, string field, List<FieldError> errors, Func<JsonElement, string, List<FieldError>, T?> read)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json)) { errors.Add(new(field, $"La partie « {field} » est obligatoire.")); return null; }
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) { errors.Add(new(field, "Un objet JSON est attendu.")); return null; }
            return read(doc.RootElement, field, errors);
        }
        catch (JsonException) { errors.Add(new(field, "JSON invalide.")); return null; }
    }

    private static Member? ReadMember(JsonElement e, string field, List<FieldError> errors)
    {
        var siren = Text(e, "siren", field, errors);
        var name = Text(e, "name", field, errors);
        var kind = Text(e, "kind", field, errors);
        var insee = Text(e, "inseeCode", field, errors);
        return new Member(siren ?? "", name ?? "", kind ?? "", string.IsNullOrWhiteSpace(insee) ? null : insee.Trim());
    }

    private static Referent? ReadReferent(JsonElement e, string field, List<FieldError> errors)
    {
        var name = Text(e, "name", field, errors);
        var email = Text(e, "email", field, errors);
        var phone = Text(e, "phone", field, errors);
        return new Referent(name ?? "", email?.Trim() ?? "", string.IsNullOrWhiteSpace(phone) ? null : phone.Trim());
    }

    private static List<Need>? ParseNeeds(string? json, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(json)) { errors.Add(new("needs", "La partie « needs » est obligatoire.")); return null; }
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            if (doc.RootElement.ValueKind != JsonValueKind.Array) { errors.Add(new("needs", "Un tableau JSON est attendu.")); return null; }
            var needs = new List<Need>();
            var i = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                var path = $"needs[{i++}]";
                if (item.ValueKind != JsonValueKind.Object) { errors.Add(new(path, "Un objet JSON est attendu.")); continue; }
                var school = Text(item, "school", path, errors);
                var uai = Text(item, "uai", path, errors);
                needs.Add(new Need(school ?? "", string.IsNullOrWhiteSpace(uai) ? null : uai.Trim(), Accounts(item, path, errors)));
            }
            return needs;
        }
        catch (JsonException) { errors.Add(new("needs", "JSON invalide.")); return null; }
    }

    private static int Accounts(JsonElement item, string path, List<FieldError> errors)
    {
        if (!TryGet(item, "accounts", out var v) || v.ValueKind == JsonValueKind.Null) return 0;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n)) return n;
        errors.Add(new($"{path}.accounts", "Le nombre de comptes doit être un entier positif."));
        return int.MaxValue; // already reported; keep the positivity rule from reporting twice
    }

    private static string? Text(JsonElement e, string name, string path, List<FieldError> errors)
    {
        if (!TryGet(e, name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        errors.Add(new($"{path}.{name}", "Une chaîne de caractères est attendue."));
        return null;
    }

    private static bool TryGet(JsonElement e, string name, out JsonElement value)
    {
        foreach (var p in e.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) { value = p.Value; return true; }
        value = default;
        return false;
    }
}
