using System.Text.RegularExpressions;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

internal sealed record SessionFacts(
    Hit<DateOnly>? SessionDate, Hit<DateOnly>? ConvocationDate, Hit<DateOnly>? FirstSittingDate,
    Span? SecondConvocation, Span? UrgencyStated, Span? UrgencyRuledOn, bool ReportsSent);

/// <summary>Session and convocation dates, second convocation after a quorum failure, urgency.
/// Dates the text cites (an earlier délibération, a delegation, a law, the failed first sitting) are never the session's.</summary>
internal static partial class SessionParser
{
    public static SessionFacts Parse(DeliberationText text)
    {
        var f = text.Folded;
        var second = SecondConvocation().Match(f);
        var candidates = Convocations(text).ToList();
        var firstSitting = second.Success ? FirstSitting(text, candidates) : null;
        var session = Session(text, candidates, firstSitting);
        var convocation = PickConvocation(candidates, session?.Date, firstSitting, second.Success);
        var urgency = Urgency().Match(f);
        var ruled = UrgencyRuled().Match(f);
        var reports = convocation is not null && Reports().IsMatch(f[text.LineAt(convocation.Start).Start..text.LineAt(convocation.End).End]);
        return new SessionFacts(
            session is null ? null : new Hit<DateOnly>(session.Date, SpanOf(text, session, SessionLabelStart(text, session))),
            convocation is null ? null : new Hit<DateOnly>(convocation.Date, SpanOf(text, convocation, convocation.Start)),
            firstSitting is null ? null : new Hit<DateOnly>(firstSitting.Date, new Span(firstSitting.Start, firstSitting.End)),
            second.Success ? At(second) : null, urgency.Success ? At(urgency) : null, ruled.Success ? At(ruled) : null, reports);
    }

    private static Span At(Match m) => new(m.Index, m.Index + m.Length);

    private static Span SpanOf(DeliberationText text, DateMatch d, int labelStart) => new(Math.Min(labelStart, d.Start), d.End);

    private static int SessionLabelStart(DeliberationText text, DateMatch d)
    {
        var (lineStart, _) = text.LineAt(d.Start);
        return Math.Max(lineStart, d.Start - 30);
    }

    /// <summary>Every convocation date the text gives, in order, with where its keyword starts.</summary>
    private static IEnumerable<DateMatch> Convocations(DeliberationText text)
    {
        foreach (Match m in ConvocationKeyword().Matches(text.Folded))
        {
            // "dûment convoqué, s'est réuni le 9 mars": that date is the session's.
            var d = text.DateAfter(m.Index + m.Length, 90, gap => !SessionWords().IsMatch(gap));
            if (d is not null && !text.IsCited(d.Start)) yield return d with { Start = d.Start };
        }
    }

    /// <summary>The first convocation, or for a second sitting the latest one sent before it (the one that counts).</summary>
    private static DateMatch? PickConvocation(List<DateMatch> candidates, DateOnly? session, DateMatch? firstSitting, bool second)
    {
        var usable = candidates.Where(c => session is not DateOnly s || c.Date <= s).ToList();
        if (usable.Count == 0) return candidates.FirstOrDefault();
        if (!second) return usable[0];
        var after = usable.Where(c => firstSitting is null || c.Date >= firstSitting.Date).ToList();
        return (after.Count > 0 ? after : usable).MaxBy(c => (c.Date, c.Start));
    }

    /// <summary>The sitting that failed for want of a quorum: a date in the sentence that says so, before the others.</summary>
    private static DateMatch? FirstSitting(DeliberationText text, List<DateMatch> convocations)
    {
        var f = text.Folded;
        foreach (Match q in QuorumFailure().Matches(f))
        {
            var sentenceStart = Math.Max(text.LogicalLineStart(q.Index), f.LastIndexOfAny(['.', ';'], Math.Max(0, q.Index - 1)) + 1);
            var sentenceEnd = f.IndexOfAny(['.', ';'], q.Index + q.Length);
            var paragraphEnd = f.IndexOf("\n\n", q.Index, StringComparison.Ordinal);
            if (sentenceEnd < 0) sentenceEnd = f.Length;
            if (paragraphEnd >= 0) sentenceEnd = Math.Min(sentenceEnd, paragraphEnd);
            foreach (var d in text.Dates.Where(d => d.Start >= sentenceStart && d.End <= sentenceEnd))
            {
                var before = f[Math.Max(sentenceStart, d.Start - 40)..d.Start];
                if (ConvokedBefore().IsMatch(before) || convocations.Any(c => c.Start == d.Start)) continue;
                return d;
            }
        }
        return null;
    }

    private static DateMatch? Session(DeliberationText text, List<DateMatch> convocations, DateMatch? firstSitting)
    {
        var f = text.Folded;
        bool Usable(DateMatch d) => convocations.All(c => c.Start != d.Start) && (firstSitting is null || d.Start != firstSitting.Start)
            && !InStamp(text, d) && !text.IsCited(d);
        foreach (var keyword in new[] { SessionKeyword(), DeliberationOf() })
        {
            foreach (Match m in keyword.Matches(f))
            {
                if (text.IsCited(m.Index)) continue;
                var d = text.DateAfter(m.Index + m.Length, 40, gap => !gap.Contains("convo", StringComparison.Ordinal));
                if (d is not null && Usable(d)) return d;
            }
        }
        // "L'an deux mille vingt-six, le vingt janvier ...": the formal opening of the minutes.
        foreach (Match m in YearFirstOpening().Matches(f))
        {
            var d = text.DateAfter(m.Index, 160);
            if (d is not null && Usable(d)) return d;
        }
        foreach (Match m in Met().Matches(f))
        {
            var d = text.DateAfter(m.Index + m.Length, 160, gap => !gap.Contains("convo", StringComparison.Ordinal));
            if (d is not null && Usable(d)) return d;
        }
        // A date followed by an hour ("le 9 mars 2026 à 19 h 30") that is not the convocation's.
        foreach (var d in text.Dates)
        {
            if (!Usable(d)) continue;
            var after = f[d.End..Math.Min(f.Length, d.End + 30)];
            var before = f[Math.Max(text.LineAt(d.Start).Start, d.Start - 24)..d.Start];
            if (Hour().IsMatch(after) || HourBefore().IsMatch(before)) return d;
        }
        return null;
    }

    private static bool InStamp(DeliberationText text, DateMatch d)
    {
        var (start, _) = text.LineAt(d.Start);
        return StampLine().IsMatch(text.Folded[start..d.Start]);
    }

    [GeneratedRegex(@"\bconvo(?:cation|cations|que|quee|ques|quees)\b(?:\s+(?:du\s+conseil|des\s+membres|des\s+conseillers|adressee|envoyee|faite|transmise|en\s+date|et\s+d'affichage|et\s+affichage|a\s+nouveau|de\s+nouveau|pour\s+la\s+seconde\s+fois|par\s+(?:voie\s+)?(?:electronique|courriel|mail)))*")]
    private static partial Regex ConvocationKeyword();

    [GeneratedRegex(@"reuni|seance|session|assemble|delibere|siege")]
    private static partial Regex SessionWords();

    [GeneratedRegex(@"\b(?:seance|session|reunion)(?:\s+(?:ordinaire|extraordinaire|publique|pleniere|non\s+publique))?(?:\s+du\s+(?:conseil|comite|bureau)\s+[a-z']+(?:\s+de\s+[a-z']+)?|\s+de\s+la\s+commission\s+permanente(?:\s+du\s+conseil\s+[a-z']+)?)?\s+(?:du|le|en\s+date\s+du)\s|\bdate\s+de\s+(?:la\s+)?(?:seance|reunion)\s*:?\s*|\b(?:conseil|comite|bureau)\s+(?:municipal|communautaire|syndical|departemental|regional|metropolitain|d'administration|de\s+(?:la\s+)?communaute|de\s+(?:la\s+)?metropole)\s+(?:du|en\s+date\s+du)\s|\bcommission\s+permanente(?:\s+du\s+conseil\s+(?:departemental|regional))?\s+(?:du|en\s+date\s+du)\s")]
    private static partial Regex SessionKeyword();

    [GeneratedRegex(@"\bdeliberation\s+(?:n\s*[°o.]\s*\S+\s+)?(?:du|en\s+date\s+du)\s")]
    private static partial Regex DeliberationOf();

    [GeneratedRegex(@"\bl'an\s+(?:(?:19|20)\d\d|deux\s+mille|deux\s+mil|mil)")]
    private static partial Regex YearFirstOpening();

    [GeneratedRegex(@"\b(?:s'est|se\s+sont|s'etant)\s+reunie?s?\b|\bsiegeant\b|\bs'est\s+assemblee?\b|\bs'est\s+tenue?\b|\bse\s+reunit\b|\breunie?s?\s+(?:en\s+seance\s+(?:publique|pleniere|ordinaire)\s+)?le\b")]
    private static partial Regex Met();

    [GeneratedRegex(@"^\W{0,5}(?:a|des|de)\s+(?:\d{1,2}\s*h|\d{1,2}\s*:\s*\d\d|[a-z\-\s]{3,30}\bheures?)")]
    private static partial Regex Hour();

    [GeneratedRegex(@"(?:\b\d{1,2}\s*h(?:\s*\d\d)?|\bheures?(?:\s+[a-z\-]+)?)\s*,?\s*(?:le\s+)?$")]
    private static partial Regex HourBefore();

    [GeneratedRegex(@"envoye|recu|affiche|publie|transmis|reception|teletransmission|executoire|\bid\s*:|publication\s*:|affichage\s*:")]
    private static partial Regex StampLine();

    [GeneratedRegex(@"\b(?:seconde|deuxieme|2\s*(?:e|eme|nde)|nouvelle)\s+(?:convocation|reunion|seance)\b|\bquorum\s+n'(?:ayant|a|etant)\s+pas\s+ete\s+(?:atteint|reuni)|\b(?:a|de)\s+nouveau\s+convoquee?s?\b|\bconvoquee?s?\s+(?:a|de)\s+nouveau\b|\bfaute\s+de\s+quorum\b|\bsans\s+condition\s+de\s+quorum\b|\babsence\s+de\s+quorum\b|\bquorum\s+non\s+atteint\b|\bquel\s+que\s+soit\s+le\s+nombre\s+(?:de|des)\s+(?:membres\s+|conseillers\s+)?presents\b")]
    private static partial Regex SecondConvocation();

    [GeneratedRegex(@"\bquorum\s+n'(?:ayant|a|etant)\s+pas\s+ete\s+(?:atteint|reuni)|\bfaute\s+de\s+quorum\b|\babsence\s+de\s+quorum\b|\bquorum\s+non\s+atteint\b|\bquorum\s+n'etait\s+pas\s+atteint\b|\bsans\s+(?:atteindre|reunir)\s+le\s+quorum\b")]
    private static partial Regex QuorumFailure();

    [GeneratedRegex(@"convoqu\w*\s+(?:a\s+nouveau\s+|de\s+nouveau\s+)?(?:le\s+|en\s+date\s+du\s+)?$|convocation\s+(?:du|le|adressee\s+le)\s+$|nouveau\s+(?:le\s+)?$|\b(?:seconde|nouvelle|deuxieme)\s+(?:seance|reunion)\s+(?:du|le)?\s*$")]
    private static partial Regex ConvokedBefore();

    [GeneratedRegex(@"\burgence\b|\burgent\b")]
    private static partial Regex Urgency();

    [GeneratedRegex(@"\b(?:se\s+prononce|statue|delibere|vote|se\s+prononcent|statuent)\w*\s[^.]{0,60}?\bsur\s+l'urgence\b|\b(?:reconnai|approuv|valid|adopt|confirm|admet|admett|accept)\w*\s+(?:[^.]{0,60}?)?l'urgence\b|\bl'urgence\s+(?:est|a\s+ete|ayant\s+ete)\s+(?:reconnue|approuvee|validee|adoptee|admise|confirmee|acceptee)|\burgence\s+(?:reconnue|approuvee|validee|admise)")]
    private static partial Regex UrgencyRuled();

    [GeneratedRegex(@"\brapports?\b")]
    private static partial Regex Reports();
}
