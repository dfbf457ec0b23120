using Groupement.Domain.Time;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Rules;

/// <summary>Jours francs between convocation and session: the sending day and the session day are not counted.
/// Dates are civil days (Europe/Paris calendar), so the count is a plain difference of days.</summary>
internal static class ConvocationRule
{
    public const int Threshold = 3500;

    public static int ClearDays(DateOnly convocation, DateOnly session) => session.DayNumber - convocation.DayNumber - 1;

    public static (DeliberationFacts Facts, IEnumerable<Finding> Findings) Apply(DeliberationFacts facts, MemberProfile member)
    {
        var findings = new List<Finding>();
        if (facts.ConvocationDate is not DateOnly convocation || facts.SessionDate is not DateOnly session) return (facts, findings);
        var clear = ClearDays(convocation, session);
        var evidence = facts.Evidence.ConvocationDate;
        if (Requirement(facts, member) is not var (required, basis, article, certain))
        {
            // Bureaux, commissions permanentes, a plenary whose reports' date is not given: no certain delay to check.
            return (facts with { ClearDays = clear, RequiredClearDays = null }, findings);
        }
        facts = facts with { ClearDays = clear, RequiredClearDays = required };
        var from = FrenchDate.Format(convocation);
        var to = FrenchDate.Format(session);
        if (clear < required)
        {
            findings.Add(Finding.Error(FindingCodes.ConvocationTooLate,
                $"La convocation du {from} ne laisse que {Plural(clear)} avant la séance du {to} ; il en faut au moins {required} {basis} ({article}).").At(evidence));
        }
        else if (!certain && clear < 5)
        {
            findings.Add(Finding.Warning(FindingCodes.PopulationUnknown,
                $"La population de la collectivité est inconnue : la convocation du {from} laisse {Plural(clear)} avant la séance du {to}, "
                + "ce qui suffit sous 3 500 habitants mais pas au-delà (5 jours francs) (CGCT, art. L2121-11 et L2121-12).").At(evidence));
        }
        return (facts, findings);
    }

    private static string Plural(int days) => days <= 1 ? $"{Math.Max(days, 0)} jour franc" : $"{days} jours francs";

    private static (int Required, string Basis, string Article, bool Certain)? Requirement(DeliberationFacts facts, MemberProfile member)
    {
        var body = facts.Body ?? "";
        if (body == "commission permanente" || body.StartsWith("bureau", StringComparison.Ordinal)) return null;
        var urgent = facts.UrgencyStated && facts.UrgencyRuledOn;
        switch (member.Kind)
        {
            case MemberKinds.Departement:
                if (urgent) return (1, "en cas d'urgence", "CGCT, art. L3121-19", true);
                return facts.ReportsSentWithConvocation
                    ? (11, "pour un conseil départemental, les rapports devant être adressés douze jours au moins avant la réunion", "CGCT, art. L3121-19", true)
                    : null;
            case MemberKinds.Region:
                if (urgent) return (1, "en cas d'urgence", "CGCT, art. L4132-18", true);
                return facts.ReportsSentWithConvocation
                    ? (11, "pour un conseil régional, les rapports devant être adressés douze jours au moins avant la réunion", "CGCT, art. L4132-18", true)
                    : null;
        }
        if (urgent)
        {
            return member.IsIntercommunal
                ? (1, "en cas d'urgence déclarée et soumise à l'assemblée", "CGCT, art. L5211-1, L2121-11 et L2121-12", true)
                : (1, "en cas d'urgence déclarée et soumise au conseil", "CGCT, art. L2121-11 et L2121-12", true);
        }
        if (member.IsIntercommunal)
        {
            if (member.LargestMember is { } largest)
            {
                var pop = largest.PopulationTotale ?? largest.PopulationMunicipale ?? 0;
                return pop >= Threshold
                    ? (5, $"pour un EPCI comprenant une commune de 3 500 habitants ou plus ({largest.Name}, {Inhabitants(pop)})", "CGCT, art. L5211-1 et L2121-12", true)
                    : (3, "pour un EPCI dont aucune commune n'atteint 3 500 habitants", "CGCT, art. L5211-1 et L2121-11", true);
            }
            if (member.Population is { Value: < Threshold } small)
            {
                return (3, $"pour un groupement de {Inhabitants(small.Value)}", "CGCT, art. L5211-1 et L2121-11", true);
            }
            return (3, "au minimum (communes membres inconnues)", "CGCT, art. L5211-1 et L2121-11", false);
        }
        if (member.Population is { } population)
        {
            return population.Value >= Threshold
                ? (5, $"pour une commune de 3 500 habitants ou plus ({Inhabitants(population.Value)}, {population.Source})", "CGCT, art. L2121-12", true)
                : (3, $"pour une commune de moins de 3 500 habitants ({Inhabitants(population.Value)}, {population.Source})", "CGCT, art. L2121-11", true);
        }
        return (3, "au minimum, quelle que soit la population", "CGCT, art. L2121-11", false);
    }

    internal static string Inhabitants(int value) => Grouped(value) + " habitants";

    /// <summary>327734 → "327 734", the French way, without depending on ICU culture data.</summary>
    internal static string Grouped(int value)
    {
        var digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) sb.Append(' ');
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }
}
