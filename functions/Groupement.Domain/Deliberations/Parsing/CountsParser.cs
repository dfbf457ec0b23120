using System.Text.RegularExpressions;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

internal sealed record Counts(
    int? MembersInOffice, int? Present, int? Proxies, int? Voters, int? ValidVotes,
    int? VotesFor, int? VotesAgainst, int? Abstentions, bool? Unanimous);

/// <summary>Reads the figures of the séance and of the vote, in digits or words, label before or after the number.</summary>
internal static partial class CountsParser
{
    private const string Num = @"(?<n>\d{1,4}(?![\d/.\-]\d)|neant|aucune?|" + FrenchNumbers.PhrasePattern + ")";
    private const string Sep = @"[ \t.:=_\-]*(?:\([^)\n]{0,30}\)[ \t.:=_\-]*)?(?:\n[ \t.:=_\-]*)?";

    private static readonly Field MembersInOffice = new(
        [@"\ben\s+exercice\b"],
        [@"(?:(?:conseillers|membres|delegues|elus)(?:\s+(?:municipaux|communautaires|syndicaux|departementaux|regionaux))?\s+)?en\s+exercice\b"],
        Fallback: [@"\bafferents\b(?:\s+au\s+conseil(?:\s+\w+)?)?",
         @"\bnombre\s+de\s+(?:conseillers|membres|delegues|elus)(?:\s+(?:municipaux|communautaires|syndicaux|titulaires|departementaux|regionaux))?(?=\s*[:.])"]);

    private static readonly Field Present = new(
        [@"(?<!\bou\s)\bpresent(?:s|es|\(e\)s|\(e\)\(s\))(?![a-z])(?!\s+ou\b)"],
        [@"(?:(?:conseillers|membres|delegues|elus)\s+)?present(?:s|es)\b(?!\s+ou\b)"]);

    private static readonly Field Proxies = new(
        [@"\b(?:pouvoirs?|procurations?)\b", @"(?<!\bou\s)(?<!\bou\s\s)\b(?:absents?\s+|membres\s+)?representes?(?:es)?\b"],
        [@"(?:pouvoirs?|procurations?|representes?(?:es)?|absents?\s+representes?)\b"]);

    private static readonly Field Voters = new(
        [@"\bvotants\b", @"\b(?:ayant|qui\s+ont)\s+pris\s+part\s+(?:au\s+vote|aux\s+votes|a\s+la\s+deliberation)"],
        [@"votants\b"]);

    private static readonly Field ValidVotes = new(
        [@"\bsuffrages\s+exprimes\b", @"\bexprimes\b"],
        [@"suffrages\s+exprimes\b"]);

    private static readonly Field For = new(
        [@"\b(?:voix|votes?)\s+pour\b", @"\bpour\b(?=\s*[:=]|\t|\s*\.{2,})", @"^\s*pour\b(?=\s+\d)"],
        [@"(?:voix|votes?|suffrages)\s+pour\b", @"pour\b(?=\s*(?:[,;)\n]|\.(?!\d)|\bet\b|$))"],
        BareForward: @"\bpour\s+(?<n>\d{1,3})(?=\s*(?:[,;)\n]|\.(?!\d)|\bet\b|contre|abst|$))");

    private static readonly Field Against = new(
        [@"\b(?:voix|votes?)\s+contre\b", @"\bcontre\b(?=\s*[:=]|\t|\s*\.{2,})", @"^\s*contre\b(?=\s+\d)"],
        [@"(?:voix|votes?|suffrages)\s+contre\b", @"contre\b(?=\s*(?:[,;)\n]|\.(?!\d)|\bet\b|$))"],
        BareForward: @"\bcontre\s+(?<n>\d{1,3})(?=\s*(?:[,;)\n]|\.(?!\d)|\bet\b|pour|abst|$))");

    private static readonly Field AbstentionsField = new(
        [@"\babstentions?\b"],
        [@"abstentions?\b"],
        Zero: @"\b(?:sans|aucune|pas\s+d')\s*abstention\b");

    public static Counts Parse(DeliberationText text)
    {
        var f = text.Folded;
        var table = TableReader.Read(f);
        bool InDate(int position) => text.Dates.Any(d => d.Start <= position && position < d.End);
        int? Get(Field field, string key) => table.TryGetValue(key, out var v) ? v : field.Read(f, InDate);
        var votesFor = Get(For, "pour");
        var votesAgainst = Get(Against, "contre");
        // "adoptée par 15 voix contre 2": fifteen for, two against.
        if (ForVersusAgainst().Match(f) is { Success: true } versus && !InDate(versus.Index))
        {
            votesFor = ReadNumber(versus.Groups["for"].Value) ?? votesFor;
            votesAgainst = ReadNumber(versus.Groups["against"].Value) ?? votesAgainst;
        }
        return new Counts(
            Get(MembersInOffice, "exercice"), Get(Present, "presents"), Get(Proxies, "pouvoirs"),
            Get(Voters, "votants"), Get(ValidVotes, "exprimes"), votesFor, votesAgainst,
            Get(AbstentionsField, "abstentions"), Unanimity(f));
    }

    private static bool? Unanimity(string folded)
    {
        foreach (Match m in UnanimityRegex().Matches(folded))
        {
            var sentenceStart = Math.Max(folded.LastIndexOf('.', m.Index) + 1, Math.Max(0, m.Index - 200));
            var sentenceEnd = folded.IndexOf('.', m.Index);
            var sentence = folded[sentenceStart..(sentenceEnd < 0 ? folded.Length : sentenceEnd)];
            // "se prononce à l'unanimité sur l'urgence" is a vote on the urgency, not on the act.
            if (!sentence.Contains("urgence", StringComparison.Ordinal)) return true;
        }
        return null;
    }

    internal static int? ReadNumber(string token)
    {
        var t = token.Trim();
        if (t.Length == 0) return null;
        if (t.All(char.IsAsciiDigit)) return int.Parse(t, System.Globalization.CultureInfo.InvariantCulture);
        if (t is "neant" or "aucun" or "aucune") return 0;
        var prefix = FrenchNumbers.ParseLongestPrefix(FrenchNumbers.Tokens(t));
        return prefix?.Value;
    }

    /// <summary>The last number words of a phrase that stands before a label ("... le conseil, dix-neuf en exercice").</summary>
    private static int? ReadNumberSuffix(string token)
    {
        var t = token.Trim();
        if (t.All(char.IsAsciiDigit) || t is "neant" or "aucun" or "aucune") return ReadNumber(t);
        var tokens = FrenchNumbers.Tokens(t);
        for (var skip = 0; skip < tokens.Count; skip++)
        {
            var v = FrenchNumbers.Parse(string.Join(' ', tokens.Skip(skip)));
            if (v is not null) return v;
        }
        return null;
    }

    private sealed class Field
    {
        private readonly Regex[] forward;
        private readonly Regex[] backward;
        private readonly Regex? bare;
        private readonly Regex? zero;

        private readonly Regex[] fallback;

        public Field(string[] forwardLabels, string[] backwardLabels, string? BareForward = null, string? Zero = null, string[]? Fallback = null)
        {
            const RegexOptions o = RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled;
            forward = forwardLabels.Select(l => new Regex("(?:" + l + ")" + Sep + Num + @"\b", o)).ToArray();
            // Same line only: "En exercice : 15\nPrésents : 6" must not read as "15 présents".
            backward = backwardLabels.Select(l => new Regex(@"(?<![:=][ \t]*)(?<![\d/.\-])" + Num + @"[ \t]+(?:" + l + ")", o)).ToArray();
            bare = BareForward is null ? null : new Regex(BareForward, o);
            zero = Zero is null ? null : new Regex(Zero, o);
            fallback = (Fallback ?? []).Select(l => new Regex("(?:" + l + ")" + Sep + Num + @"\b", o)).ToArray();
        }

        public int? Read(string folded, Func<int, bool> inDate)
        {
            var best = (Position: int.MaxValue, Value: (int?)null);
            foreach (var r in forward)
            {
                foreach (Match m in r.Matches(folded))
                {
                    if (inDate(m.Groups["n"].Index)) continue;
                    var v = ReadNumber(m.Groups["n"].Value);
                    if (v is not null && m.Index < best.Position) { best = (m.Index, v); break; }
                }
            }
            foreach (var r in backward)
            {
                foreach (Match m in r.Matches(folded))
                {
                    if (inDate(m.Groups["n"].Index + m.Groups["n"].Length - 1)) continue;
                    var v = ReadNumberSuffix(m.Groups["n"].Value);
                    if (v is not null && m.Index < best.Position) { best = (m.Index, v); break; }
                }
            }
            if (best.Value is null && bare?.Match(folded) is { Success: true } b) best = (b.Index, ReadNumber(b.Groups["n"].Value));
            if (best.Value is null && zero?.Match(folded) is { Success: true }) return 0;
            foreach (var r in best.Value is null ? fallback : [])
            {
                foreach (Match m in r.Matches(folded))
                {
                    if (!inDate(m.Groups["n"].Index) && ReadNumber(m.Groups["n"].Value) is int v) return v;
                }
            }
            return best.Value;
        }
    }

    [GeneratedRegex(@"\bpar\s+(?<for>\d{1,3})\s+voix\s+contre\s+(?<against>\d{1,3})\b(?!\s+voix\s+pour)")]
    private static partial Regex ForVersusAgainst();

    [GeneratedRegex(@"(?:\ba\s+l'unanimite|\bunanimement|\b(?:votes?|resultat\s+du\s+vote|decision|adoptee?s?)\s*:\s*(?:a\s+l')?unanimite)\b(?!\s+moins)")]
    private static partial Regex UnanimityRegex();
}
