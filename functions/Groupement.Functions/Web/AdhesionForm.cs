using Groupement.Functions.Storage;
using static Groupement.Functions.Web.PageLayout;
using static Groupement.Functions.Web.FormFields;

namespace Groupement.Functions.Web;

/// <summary>The application form (<c>GET /adhesion</c>); <c>adhesion.js</c> sends it as the API's multipart request.</summary>
internal static class AdhesionForm
{
    public static string Render(GroupementRecord g, InvitationRecord? invitation, string deadline)
    {
        var title = $"Adhésion au groupement « {g.Name} »";
        return Layout(title, $"""
            <h1>{E(title)}</h1>
            <p class="lead">Coordonnateur : {E(g.Coordinator.Name)}. Date limite de dépôt : <strong>{E(deadline)}</strong>.</p>
            <p id="intro-champs">Tous les champs sont obligatoires sauf mention « facultatif ».</p>
            <noscript><p class="notice notice-error">Ce formulaire a besoin de JavaScript pour envoyer vos pièces. Activez-le ou contactez le coordonnateur.</p></noscript>
            <div id="resume-erreurs" class="error-summary" role="alert" tabindex="-1" hidden></div>
            <form id="formulaire-adhesion" novalidate data-groupement="{E(g.Id)}">
              <fieldset>
                <legend>Le membre</legend>
                {Input("member.siren", "Numéro SIREN", "9 chiffres, par exemple 214901159.", invitation?.Siren, "text", "inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"14\"")}
                {Input("member.name", "Nom de la collectivité ou de l'établissement", "Par exemple : Commune de Beaucouzé.", invitation?.Name, "text", "autocomplete=\"organization\"")}
                {KindSelect()}
                {Input("member.inseeCode", "Code INSEE (facultatif)", "Pour une commune : 5 caractères, par exemple 49020.", null, "text", "autocomplete=\"off\" maxlength=\"5\"", required: false)}
              </fieldset>
              <fieldset>
                <legend>Le référent</legend>
                <p class="hint">La personne qui suivra le dossier : elle reçoit tous les courriels.</p>
                {Input("referent.name", "Nom et prénom", null, null, "text", "autocomplete=\"name\"")}
                {Input("referent.email", "Adresse électronique", "Par exemple : secretariat@mairie-exemple.fr.", invitation?.Email, "email", "autocomplete=\"email\"")}
                {Input("referent.phone", "Téléphone (facultatif)", null, null, "tel", "autocomplete=\"tel\"", required: false)}
              </fieldset>
              <fieldset>
                <legend>Les besoins (annexe 2 de la convention)</legend>
                <p class="hint">Une ligne par école. Le nombre de comptes commandés ne pourra pas être réduit pendant les 24 premiers mois.</p>
                <div id="besoins">{NeedRow()}</div>
                <button type="button" class="button secondary" id="ajouter-besoin">Ajouter une école</button>
                <p id="besoins-annonce" class="visually-hidden" aria-live="polite"></p>
                {ErrorSlot("needs")}
              </fieldset>
              <fieldset>
                <legend>Les pièces (PDF)</legend>
                {DeliberationHelp}
                {FileInput("deliberation", "Délibération du conseil", "La version portant le tampon de la préfecture si vous l'avez.", multiple: false, required: true)}
                {FileInput("convention", "Convention signée", null, multiple: false, required: true)}
                {FileInput("annexes", "Annexes (facultatif)", "Vous pouvez en choisir plusieurs.", multiple: true, required: false)}
              </fieldset>
              <div class="actions">
                <button type="submit" class="button" id="deposer">Déposer le dossier</button>
              </div>
              <p id="etat-envoi" class="status" role="status" aria-live="polite"></p>
            </form>
            <section id="confirmation" class="confirmation" tabindex="-1" hidden aria-labelledby="confirmation-titre">
              <h2 id="confirmation-titre">Dossier déposé</h2>
              <p>Votre dossier est enregistré sous le numéro <strong id="confirmation-numero" class="mono"></strong>. Un accusé de réception est envoyé au référent.</p>
              <div class="notice notice-warning">
                <p><strong>Conservez ce lien de suivi.</strong> Il donne accès à votre dossier (pour ajouter une pièce, déclarer la transmission en préfecture ou la publication) et ne sera plus affiché.</p>
                <p><a id="lien-suivi" class="follow-link" href="#"></a></p>
                <button type="button" class="button secondary" id="copier-lien">Copier le lien</button>
                <p id="copie-etat" role="status" aria-live="polite"></p>
              </div>
            </section>
            """);
    }

    private static string Layout(string title, string body) => PageLayout.Render(title, body, "common.js", "adhesion.js");

    private static string KindSelect() => $"""
        <div class="field" data-field-wrapper="member.kind">
          <label for="{Id("member.kind")}">Type de membre</label>
          {ErrorSlot("member.kind")}
          <select id="{Id("member.kind")}" name="member.kind" data-field="member.kind" required aria-describedby="{Id("member.kind")}-erreur">
            <option value="">Choisissez…</option>
            <option value="commune">Commune</option>
            <option value="epci">EPCI (communauté de communes, d'agglomération…)</option>
            <option value="departement">Département</option>
            <option value="region">Région</option>
            <option value="ecole-privee">École privée sous contrat</option>
            <option value="autre">Autre</option>
          </select>
        </div>
        """;

    private const string DeliberationHelp = """
        <details class="help">
          <summary>Ce que doit contenir la délibération</summary>
          <ul>
            <li>Elle est adoptée par le conseil (municipal, communautaire…) en séance, avec le quorum, après une convocation envoyée à temps (3 jours francs sous 3 500 habitants, 5 au-delà).</li>
            <li>Elle indique les présents, les pouvoirs et le résultat du vote.</li>
            <li>Elle approuve l'adhésion au groupement et <strong>autorise le maire ou le président à signer la convention</strong>.</li>
            <li>Elle doit être <strong>exécutoire</strong> : <strong>transmise à la préfecture</strong> (l'accusé de réception donne un identifiant comme 049-214901159-20260202-2026_011-DE) <strong>et publiée ou affichée</strong>. Vous pourrez déclarer ces dates plus tard depuis le lien de suivi.</li>
          </ul>
        </details>
        """;
}
