using static Groupement.Functions.Web.FormFields;
using static Groupement.Functions.Web.PageLayout;

namespace Groupement.Functions.Web;

/// <summary>
/// The follow-up page (<c>GET /suivi/{aid}</c>). The server knows nothing of the token: <c>suivi.js</c> reads it from
/// the fragment (<c>#jeton=…</c>), reads the adhésion through the API and shows the forms that fit its status.
/// </summary>
internal static class SuiviPage
{
    public static string Render(string aid) => PageLayout.Render("Suivi de votre adhésion", $"""
        <h1>Suivi de votre adhésion</h1>
        <p class="lead">Dossier n° <span class="mono">{E(aid)}</span></p>
        <noscript><p class="notice notice-error">Cette page a besoin de JavaScript pour afficher votre dossier.</p></noscript>
        <div id="suivi" data-adhesion="{E(aid)}">
          <p id="chargement" role="status" aria-live="polite">Chargement du dossier…</p>
          <form id="formulaire-jeton" class="panel" novalidate hidden>
            <h2>Accès au dossier</h2>
            <p>Ouvrez le lien de suivi complet reçu lors du dépôt, ou collez ici le jeton d'accès (ou le jeton de votre invitation).</p>
            {Input("jeton", "Jeton d'accès", null, null, "password", "autocomplete=\"off\" spellcheck=\"false\"")}
            <button type="submit" class="button">Afficher le dossier</button>
          </form>
          <div id="dossier" hidden>
            <section class="panel" aria-labelledby="titre-statut">
              <h2 id="titre-statut">Statut</h2>
              <p class="status-badge" id="statut"></p>
              <p id="statut-explication"></p>
            </section>
            <div id="annonce-action" class="notice notice-success" role="status" aria-live="polite" hidden></div>
            <section class="panel" aria-labelledby="titre-constats" id="bloc-constats">
              <h2 id="titre-constats">Résultat de l'analyse des pièces</h2>
              <ul id="constats" class="findings"></ul>
            </section>
            {SuiviForms.Render()}
            <section class="panel" aria-labelledby="titre-membre">
              <h2 id="titre-membre">Le membre et ses besoins</h2>
              <dl id="membre" class="facts"></dl>
              <ul id="besoins" class="plain"></ul>
            </section>
            <section class="panel" aria-labelledby="titre-prefecture">
              <h2 id="titre-prefecture">Préfecture et publication</h2>
              <dl id="prefecture" class="facts"></dl>
            </section>
            <section class="panel" aria-labelledby="titre-documents">
              <h2 id="titre-documents">Pièces déposées</h2>
              <ul id="documents" class="plain"></ul>
            </section>
            <section class="panel" aria-labelledby="titre-historique">
              <h2 id="titre-historique">Historique</h2>
              <ol id="historique" class="plain"></ol>
            </section>
            <section class="panel" aria-labelledby="titre-courriels">
              <h2 id="titre-courriels">Courriels envoyés</h2>
              <ul id="courriels" class="plain"></ul>
            </section>
          </div>
        </div>
        """, "common.js", "suivi.js");
}
