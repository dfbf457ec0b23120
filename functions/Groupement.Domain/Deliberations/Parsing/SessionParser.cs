using System.Text.RegularExpressions;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

internal sealed record SessionFacts(DateOnly? SessionDate, DateOnly? ConvocationDate, bool SecondConvocation, bool UrgencyStated, bool UrgencyRuledOn);

/// <summary>Session and convocation dates, second convocation after a quorum failure, urgency.</summary>
internal static partial class SessionParser
{
    public static SessionFacts Parse(DeliberationText text)
    {
        var f = text.Folded;
        var convocation = Convocation(text);
        var session = Session(text, convocation);
        return new SessionFacts(session?.Date, convocation?.Date,
            SecondConvocation().IsMatch(f), Urgency().IsMatch(f), UrgencyRuled().IsMatch(f));
    }

    private static DateMatch? Convocation(DeliberationText text)
    {
        foreach (Match m in ConvocationKeyword().Matches(text.Folded))
        {
            // "dûment convoqué, s'est réuni le 9 mars": that date is the session's.
            var d = text.DateAfter(m.Index + m.Length, 90, gap => !SessionWords().IsMatch(gap));
            if (d is not null) return d;
        }
        return null;
    }

    private static DateMatch? Session(DeliberationText text, DateMatch? convocation)
    {
        var f = text.Folded;
        bool NotConvocation(DateMatch d) => convocation is null || d.Start != convocation.Start;
        foreach (var keyword in new[] { SessionKeyword(), DeliberationOf() })
        {
            foreach (Match m in keyword.Matches(f))
            {
                var d = text.DateAfter(m.Index + m.Length, 40, gap => !gap.Contains("convo", StringComparison.Ordinal));
                if (d is not null && NotConvocation(d) && !InStamp(text, d)) return d;
            }
        }
        // "L'an deux mille vingt-six, le vingt janvier ...": the formal opening of the minutes.
        foreach (Match m in YearFirstOpening().Matches(f))
        {
            var d = text.DateAfter(m.Index, 160);
            if (d is not null && NotConvocation(d)) return d;
        }
        foreach (Match m in Met().Matches(f))
        {
            var d = text.DateAfter(m.Index + m.Length, 160, gap => !gap.Contains("convo", StringComparison.Ordinal));
            if (d is not null && NotConvocation(d)) return d;
        }
        // A date followed by an hour ("le 9 mars 2026 à 19 h 30") that is not the convocation's.
        foreach (var d in text.Dates)
        {
            if (!NotConvocation(d) || InStamp(text, d)) continue;
            var after = f[d.End..Math.Min(f.Length, d.End + 30)];
            if (Hour().IsMatch(after)) return d;
        }
        return null;
    }

    private static bool InStamp(DeliberationText text, DateMatch d)
    {
        var (start, _) = text.LineAt(d.Start);
        return StampLine().IsMatch(text.Folded[start..d.Start]);
    }

    [GeneratedRegex(@"\bconvo(?:cation|cations|que|quee|ques|quees)\b(?:\s+(?:du\s+conseil|des\s+membres|des\s+conseillers|adressee|envoyee|faite|transmise|en\s+date|et\s+d'affichage|et\s+affichage))*")]
    private static partial Regex ConvocationKeyword();

    [GeneratedRegex(@"reuni|seance|session|assemble|delibere|siege")]
    private static partial Regex SessionWords();

    [GeneratedRegex(@"\b(?:seance|session|reunion)(?:\s+(?:ordinaire|extraordinaire|publique|pleniere))?(?:\s+du\s+(?:conseil|comite|bureau)\s+[a-z']+(?:\s+de\s+[a-z']+)?)?\s+(?:du|le|en\s+date\s+du)\s|\bdate\s+de\s+(?:la\s+)?(?:seance|reunion)\s*:?\s*|\b(?:conseil|comite|bureau)\s+(?:municipal|communautaire|syndical|departemental|regional|metropolitain|d'administration)\s+du\s")]
    private static partial Regex SessionKeyword();

    [GeneratedRegex(@"\bdeliberation\s+(?:n\s*[°o.]\s*\S+\s+)?(?:du|en\s+date\s+du)\s")]
    private static partial Regex DeliberationOf();

    [GeneratedRegex(@"\bl'an\s+(?:(?:19|20)\d\d|deux\s+mille|mil)")]
    private static partial Regex YearFirstOpening();

    [GeneratedRegex(@"\b(?:s'est|se\s+sont|s'etant)\s+reunie?s?\b|\bsiegeant\b|\bs'est\s+assemblee?\b")]
    private static partial Regex Met();

    [GeneratedRegex(@"^\W{0,5}(?:a|des)\s+(?:\d{1,2}\s*h|\d{1,2}\s*:\s*\d\d|[a-z\-\s]{3,30}\bheures?)")]
    private static partial Regex Hour();

    [GeneratedRegex(@"envoye|recu|affiche|publie|transmis|reception|teletransmission|executoire|\bid\s*:")]
    private static partial Regex StampLine();

    [GeneratedRegex(@"\b(?:seconde|deuxieme|2\s*(?:e|eme|nde)|nouvelle)\s+convocation\b|\bquorum\s+n'(?:ayant|a|etant)\s+pas\s+ete\s+(?:atteint|reuni)|\b(?:a|de)\s+nouveau\s+convoquee?s?\b|\bfaute\s+de\s+quorum\b|\bsans\s+condition\s+de\s+quorum\b|\babsence\s+de\s+quorum\b")]
    private static partial Regex SecondConvocation();

    [GeneratedRegex(@"\burgence\b|\burgent\b")]
    private static partial Regex Urgency();

    [GeneratedRegex(@"\b(?:se\s+prononce|statue|delibere|vote|se\s+prononcent|statuent)\w*\s[^.]{0,60}?\bsur\s+l'urgence\b|\b(?:reconnai|approuv|valid|adopt|confirm|admet|admett|accept)\w*\s+(?:[^.]{0,60}?)?l'urgence\b|\bl'urgence\s+(?:est|a\s+ete|ayant\s+ete)\s+(?:reconnue|approuvee|validee|adoptee|admise|confirmee|acceptee)|\burgence\s+(?:reconnue|approuvee|validee|admise)")]
    private static partial Regex UrgencyRuled();
}
