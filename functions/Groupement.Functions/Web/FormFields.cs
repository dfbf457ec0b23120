using static Groupement.Functions.Web.PageLayout;

namespace Groupement.Functions.Web;

/// <summary>
/// Accessible form controls: a label, an optional hint, an error slot (filled by the scripts from problem+json
/// <c>errors</c>, whose keys are the API's field names, e.g. <c>member.siren</c> or <c>needs[0].school</c>).
/// </summary>
internal static class FormFields
{
    /// <summary>The element id of a field name (<c>needs[0].school</c> → <c>champ-needs-0-school</c>).</summary>
    public static string Id(string field) =>
        "champ-" + field.Replace("[", "-", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', '-');

    public static string ErrorSlot(string field) =>
        $"<p class=\"error-message\" id=\"{Id(field)}-erreur\" data-error-for=\"{E(field)}\"></p>";

    public static string Input(string field, string label, string? hint, string? value, string type, string attributes, bool required = true)
    {
        var id = Id(field);
        var describedBy = hint is null ? $"{id}-erreur" : $"{id}-aide {id}-erreur";
        return $"""
            <div class="field" data-field-wrapper="{E(field)}">
              <label for="{id}">{E(label)}</label>
              {(hint is null ? "" : $"<p class=\"hint\" id=\"{id}-aide\">{E(hint)}</p>")}
              {ErrorSlot(field)}
              <input id="{id}" name="{E(field)}" data-field="{E(field)}" type="{type}" value="{E(value)}" {attributes}{(required ? " required" : "")} aria-describedby="{describedBy}">
            </div>
            """;
    }

    public static string FileInput(string field, string label, string? hint, bool multiple, bool required)
    {
        var id = Id(field);
        return $"""
            <div class="field" data-field-wrapper="{field}">
              <label for="{id}">{E(label)}</label>
              <p class="hint" id="{id}-aide">{E(hint ?? "")} Format PDF.</p>
              {ErrorSlot(field)}
              <input id="{id}" name="{field}" data-field="{field}" type="file" accept="application/pdf,.pdf"{(multiple ? " multiple" : "")}{(required ? " required" : "")} aria-describedby="{id}-aide {id}-erreur">
            </div>
            """;
    }

    /// <summary>The first row of needs; the script clones it and renumbers ids, labels and field names.</summary>
    public static string NeedRow() => $"""
        <fieldset class="need" data-need-row>
          <legend>École n° <span data-need-number>1</span></legend>
          {Input("needs[0].school", "Nom de l'école", null, null, "text", "autocomplete=\"off\"")}
          {Input("needs[0].uai", "Code UAI (facultatif)", "7 chiffres et une lettre, par exemple 0490001K.", null, "text", "autocomplete=\"off\" maxlength=\"8\"", required: false)}
          {Input("needs[0].accounts", "Nombre de comptes", null, null, "number", "inputmode=\"numeric\" min=\"1\" step=\"1\"")}
          <button type="button" class="button tertiary" data-remove-need hidden>Retirer cette école</button>
        </fieldset>
        """;
}
