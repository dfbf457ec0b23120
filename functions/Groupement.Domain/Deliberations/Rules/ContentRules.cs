using Groupement.Domain.Time;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Rules;

/// <summary>Authorisation to sign, dates found, object, deadline, executory character.</summary>
internal static class ContentRules
{
    public static IEnumerable<Finding> Apply(DeliberationFacts f, DeliberationContext context, MemberProfile member)
    {
        if (f.AuthorizesSignature != true)
        {
            var who = member.Kind == "commune" ? "le maire" : member.Kind is null ? "le maire ou le président" : "le président";
            yield return Finding.Error(FindingCodes.NoAuthorization,
                $"Aucune disposition de la délibération n'autorise {who} à signer la convention d'adhésion au groupement "
                + "(la convention constitutive est signée par chaque membre : code de la commande publique, art. L2113-7).");
        }
        var missing = new List<string>();
        var body = f.Body ?? "";
        // A bureau or a commission permanente has no convocation delay in the CGCT: only its session date is needed.
        var delayApplies = body != "commission permanente" && !body.StartsWith("bureau", StringComparison.Ordinal);
        if (f.SessionDate is null) missing.Add("la date de la séance");
        if (f.ConvocationDate is null && delayApplies) missing.Add("la date de convocation");
        if (missing.Count > 0)
        {
            var article = member.Kind switch
            {
                MemberKinds.Departement => "CGCT, art. L3121-19",
                MemberKinds.Region => "CGCT, art. L4132-18",
                MemberKinds.Epci or MemberKinds.Syndicat => "CGCT, art. L5211-1, L2121-11 et L2121-12",
                _ => "CGCT, art. L2121-11 et L2121-12",
            };
            var consequence = delayApplies ? "le délai de convocation n'a pas pu être vérifié" : "la date de la décision n'a pas pu être vérifiée";
            yield return Finding.Warning(FindingCodes.DateMissing,
                $"Introuvable dans la délibération : {string.Join(" et ", missing)} ; {consequence} ({article}).");
        }
        if (f.ConcernsGroupement == false)
        {
            yield return Finding.Warning(FindingCodes.ObjectMismatch, string.IsNullOrWhiteSpace(context.GroupementName)
                ? "L'objet de la délibération ne mentionne pas l'adhésion à un groupement de commandes."
                : $"L'objet de la délibération ne correspond pas au groupement « {context.GroupementName} ».").At(f.Evidence.Object);
        }
        if (f.SessionDate is DateOnly session && context.JoinDeadline is DateOnly deadline && session > deadline)
        {
            yield return Finding.Warning(FindingCodes.AfterDeadline,
                $"La séance du {FrenchDate.Format(session)} est postérieure à la date limite d'adhésion du {FrenchDate.Format(deadline)}.").At(f.Evidence.SessionDate);
        }
        var transmitted = f.Stamp.ReceivedOn is not null || f.Stamp.SentOn is not null || f.Stamp.ActId is not null
            || !string.IsNullOrWhiteSpace(context.KnownActId) || f.Stamp.CertifiedExecutory;
        var published = f.Stamp.PublishedOn is not null || f.Stamp.CertifiedExecutory;
        if (!transmitted || !published)
        {
            var lacking = !transmitted && !published ? "ni de la transmission en préfecture ni de la publication (ou de l'affichage)"
                : !transmitted ? "de la transmission en préfecture" : "de la publication (ou de l'affichage)";
            yield return Finding.Info(FindingCodes.NotYetExecutory,
                $"Aucune preuve {lacking} : la délibération n'est pas encore exécutoire (CGCT, art. L2131-1).")
                .At(f.Evidence.ReceivedOn ?? f.Evidence.SentOn ?? f.Evidence.ActId ?? f.Evidence.PublishedOn);
        }
    }
}
