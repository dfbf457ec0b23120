using static Groupement.Functions.Web.FormFields;

namespace Groupement.Functions.Web;

/// <summary>The member's actions on the follow-up page; <c>suivi.js</c> shows those that fit the status.</summary>
internal static class SuiviForms
{
    public static string Render() => $"""
        <section class="panel" id="action-documents" aria-labelledby="titre-action-documents" hidden>
          <h2 id="titre-action-documents">Déposer de nouvelles pièces</h2>
          <form data-action="documents" novalidate>
            <div class="error-summary" data-summary role="alert" tabindex="-1" hidden></div>
            <p class="hint">Joignez au moins un PDF ; les pièces déposées remplacent les précédentes pour l'analyse.</p>
            {FileInput("deliberation", "Délibération (facultatif)", null, multiple: false, required: false).Replace("champ-", "doc-champ-", StringComparison.Ordinal)}
            {FileInput("convention", "Convention signée (facultatif)", null, multiple: false, required: false).Replace("champ-", "doc-champ-", StringComparison.Ordinal)}
            {FileInput("annexes", "Annexes (facultatif)", null, multiple: true, required: false).Replace("champ-", "doc-champ-", StringComparison.Ordinal)}
            <button type="submit" class="button">Envoyer les pièces</button>
          </form>
        </section>
        <section class="panel" id="action-prefecture" aria-labelledby="titre-action-prefecture" hidden>
          <h2 id="titre-action-prefecture">Déclarer la réception en préfecture</h2>
          <form data-action="prefecture-receipt" novalidate>
            <div class="error-summary" data-summary role="alert" tabindex="-1" hidden></div>
            {Input("actId", "Identifiant de l'acte", "Sur l'accusé de réception ou le tampon, par exemple 049-214901159-20260202-2026_011-DE.", null, "text", "autocomplete=\"off\" spellcheck=\"false\"")}
            {Input("receivedOn", "Date de réception en préfecture", null, null, "date", "")}
            <button type="submit" class="button">Déclarer la réception</button>
          </form>
        </section>
        <section class="panel" id="action-publication" aria-labelledby="titre-action-publication" hidden>
          <h2 id="titre-action-publication">Déclarer la publication ou l'affichage</h2>
          <form data-action="publication" novalidate>
            <div class="error-summary" data-summary role="alert" tabindex="-1" hidden></div>
            {Input("publishedOn", "Date de publication ou d'affichage", null, null, "date", "")}
            <fieldset class="field" data-field-wrapper="mode" aria-describedby="{Id("mode")}-erreur">
              <legend>Mode</legend>
              {ErrorSlot("mode")}
              <div class="radio"><input type="radio" id="mode-affichage" name="mode" value="affichage" data-field="mode"><label for="mode-affichage">Affichage</label></div>
              <div class="radio"><input type="radio" id="mode-electronique" name="mode" value="publication-electronique" data-field="mode"><label for="mode-electronique">Publication électronique</label></div>
            </fieldset>
            {Input("url", "Adresse de la publication (facultatif)", "Pour une publication électronique : l'adresse de la page.", null, "url", "autocomplete=\"off\"", required: false)}
            <button type="submit" class="button">Déclarer la publication</button>
          </form>
        </section>
        <section class="panel" id="action-retrait" aria-labelledby="titre-action-retrait" hidden>
          <h2 id="titre-action-retrait">Se retirer du groupement</h2>
          <form data-action="withdrawal" novalidate>
            <div class="error-summary" data-summary role="alert" tabindex="-1" hidden></div>
            <p>Le retrait n'est possible que pendant la fenêtre prévue par la convention (en général dans les mois qui précèdent la fin de la première période).</p>
            <div class="field" data-field-wrapper="reason">
              <label for="{Id("reason")}">Motif (facultatif)</label>
              {ErrorSlot("reason")}
              <textarea id="{Id("reason")}" name="reason" data-field="reason" rows="3" aria-describedby="{Id("reason")}-erreur"></textarea>
            </div>
            <div class="checkbox field" data-field-wrapper="confirm">
              {ErrorSlot("confirm")}
              <input type="checkbox" id="{Id("confirm")}" data-field="confirm" aria-describedby="{Id("confirm")}-erreur">
              <label for="{Id("confirm")}">Je confirme la demande de retrait au nom du membre.</label>
            </div>
            <button type="submit" class="button danger">Demander le retrait</button>
          </form>
        </section>
        """;
}
