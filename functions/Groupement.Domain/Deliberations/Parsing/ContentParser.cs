using System.Text.RegularExpressions;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>What the act decides: whether it authorises signing, whether it is a délibération at all, its object.</summary>
internal static partial class ContentParser
{
    public static Span? AuthorizesSignature(DeliberationText text)
    {
        // "M. le Maire": the abbreviation's dot is not the end of the sentence (same length kept).
        var f = Abbreviation().Replace(text.Folded, m => m.Groups[1].Value + " ");
        var m = Authorizes().Match(f);
        if (!m.Success) m = AuthorizedPassive().Match(f);
        return m.Success ? new Span(m.Index, m.Index + m.Length) : null;
    }

    /// <summary>A délibération names its body and records a decision taken by vote, not merely cites one.</summary>
    public static bool LooksLikeDeliberation(DeliberationText text, string? body)
    {
        var f = text.Folded;
        if (body is null) return false;
        if (Decisive().IsMatch(f)) return true;
        return Markers().Matches(f).Select(m => m.Value).Distinct().Count() >= 2;
    }

    public static Hit<string>? Object(DeliberationText text)
    {
        var labelled = ObjectLine().Match(text.Folded);
        if (labelled.Success)
        {
            var g = labelled.Groups["o"];
            return new Hit<string>(Clip(text.OriginalSlice(g.Index, g.Index + g.Length)), new Span(labelled.Index, g.Index + g.Length));
        }
        var titled = AdhesionLine().Match(text.Folded);
        return titled.Success
            ? new Hit<string>(Clip(text.OriginalSlice(titled.Index, titled.Index + titled.Length)), new Span(titled.Index, titled.Index + titled.Length))
            : null;
    }

    private static string Clip(string s)
    {
        var squeezed = FrenchText.Squeeze(s).Trim(' ', ':', '-', '—');
        return squeezed.Length > 300 ? squeezed[..300] : squeezed;
    }

    [GeneratedRegex(@"\b(?:autoris\w*|charg\w*|habilit\w*|mandat(?:e|er|ent)\b|donn\w*\s+(?:tous\s+|tout\s+|plein\s+|pleins\s+)?(?:pouvoirs?|delegation|mandat)|deleg(?:ue|uer|uent)\b|invite)\b[^.;]{0,160}?\b(?:maire|president|presidente|vice-president\w*|adjointe?|son\s+representant|sa\s+representante|l'executif|ordonnateur|directeur|directrice)\b[^.;]{0,220}?\b(?:signer|signature|souscrire|conclure|approuver\s+et\s+signer)\b")]
    private static partial Regex Authorizes();

    [GeneratedRegex(@"\b(?:maire|president|presidente|l'executif|directeur|directrice)\b[^.;]{0,100}?\b(?:est|sont|soit)\s+(?:autorisee?|habilitee?|chargee?|mandatee?)s?\s+(?:a|de|pour)\b[^.;]{0,120}?\b(?:signer|signature|souscrire|conclure)\b")]
    private static partial Regex AuthorizedPassive();

    [GeneratedRegex(@"\bapres\s+en\s+avoir\s+(?:delibere|debattu)|\bregistre\s+des\s+deliberations\b|\ben\s+exercice\b|\bvotants\b|\bvoix\s+pour\b|\bsuffrages\s+exprimes\b")]
    private static partial Regex Decisive();

    [GeneratedRegex(@"\bdelibere\b|\bdecide\b|\bdecident\b|\badopte\b|\bapprouve\b|\ba\s+l'unanimite\b|\bunanimement\b|\bpresents\b|\bpouvoirs\b|\bproces-verbal\b|\bseance\b|\bsecretaire\s+de\s+seance\b|\bconvoque\b")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\b(m|mm|mme|mmes|mlle|me|st|ste|vice-pdt|pdt)\.")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"(?m)^[ \t]*objet(?:\s+de\s+la\s+deliberation)?\s*:?[ \t]*(?<o>[^\n]{4,})")]
    private static partial Regex ObjectLine();

    [GeneratedRegex(@"(?m)^[^\n]*\badhesion\b[^\n]*\bgroupement\b[^\n]*")]
    private static partial Regex AdhesionLine();
}
