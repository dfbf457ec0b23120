using System.Text.RegularExpressions;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

internal sealed record Counts(
    Hit<int>? MembersInOffice, Hit<int>? Present, Hit<int>? Proxies, Hit<int>? Voters, Hit<int>? ValidVotes,
    Hit<int>? VotesFor, Hit<int>? VotesAgainst, Hit<int>? Abstentions, Hit<int>? BlankOrSpoilt, Hit<int>? NotVoting,
    Hit<bool>? Unanimous)
{
    /// <summary>Each figure from this reading, else from <paramref name="other"/> (the item first, then the session header).</summary>
    public Counts Or(Counts other) => new(
        MembersInOffice ?? other.MembersInOffice, Present ?? other.Present, Proxies ?? other.Proxies, Voters ?? other.Voters,
        ValidVotes ?? other.ValidVotes, VotesFor ?? other.VotesFor, VotesAgainst ?? other.VotesAgainst,
        Abstentions ?? other.Abstentions, BlankOrSpoilt ?? other.BlankOrSpoilt, NotVoting ?? other.NotVoting, Unanimous ?? other.Unanimous);
}

/// <summary>Reads the figures of the séance and of the vote, in digits or words, label before or after the number,
/// in tables (dots, tabs, columns) and in sentences ("Votants : 43 dont 6 pouvoirs", "21 étaient présents").</summary>
internal static partial class CountsParser
{
    private const string Num = @"(?<n>\d{1,4}(?![\d/.\-]\d)|neant|aucune?|" + FrenchNumbers.PhrasePattern + ")";
    private const string Sep = @"[ \t.:=_\-…]*(?:\([^)\n]{0,30}\)[ \t.:=_\-]*)?(?:\n[ \t.:=_\-]*)?";
    private const string Verb = @"(?:(?:etaient|sont|etant|se\s+sont\s+trouves|ont\s+ete)\s+)?";

    private static readonly Field MembersInOffice = new(
        [@"\ben\s+exercice\b"],
        [@"(?:(?:conseillers|membres|delegues|elus)(?:\s+(?:municipaux|communautaires|syndicaux|departementaux|regionaux))?\s+)?en\s+exercice\b"],
        Fallback: [@"\bafferents\b(?:\s+au\s+conseil(?:\s+\w+)?)?",
         @"\bnombre\s+de\s+(?:conseillers|membres|delegues|elus)(?:\s+(?:municipaux|communautaires|syndicaux|titulaires|departementaux|regionaux))?(?=\s*[:.])",
         @"\bcomposition\s+de\s+la\s+commission\s+permanente\b", @"\bcomposant\s+la\s+commission\s+permanente\b",
         @"\bnombre\s+de\s+(?:membres|conseillers|delegues)\s+(?:de\s+la\s+commission\s+permanente|du\s+bureau(?:\s+\w+)?)"]);

    private static readonly Field Present = new(
        [@"(?<!\bou\s)\bpresent(?:s|es|\(e\)s|\(e\)\(s\))(?![a-z])(?!\s+ou\b)(?!\s+et\s+represente)"],
        [Verb + @"(?:(?:conseillers|membres|delegues|elus)\s+)?present(?:s|es)\b(?!\s+ou\b)(?!\s+et\s+represente)"]);

    private static readonly Field Proxies = new(
        [@"\b(?:pouvoirs?|procurations?|delegations?\s+de\s+vote|mandats?\s+de\s+vote)\b",
         @"(?<!\bou\s)(?<!\bou\s\s)(?<!\bet\s)\b(?:absents?\s+|membres\s+)?representes?(?:es)?\b"],
        [Verb + @"(?:pouvoirs?|procurations?|delegations?\s+de\s+vote|representes?(?:es)?|absents?\s+representes?)\b"]);

    private static readonly Field Voters = new(
        [@"\bvotants\b", @"\b(?:ayant|qui\s+ont)\s+pris\s+part\s+(?:au\s+vote|aux\s+votes|a\s+la\s+deliberation)"],
        [@"votants\b", @"(?:ont|a)\s+pris\s+part\s+au\s+vote\b"]);

    private static readonly Field ValidVotes = new(
        [@"\bsuffrages\s+exprimes\b", @"\bexprimes\b"],
        [@"suffrages\s+exprimes\b"]);

    private static readonly Field For = new(
        [@"\b(?:voix|votes?|suffrages)\s+pour\b", @"\bpour\b(?=\s*[:=]|\t|\s*\.{2,})", @"^[ \t]*pour\b(?=[ \t]+\d)"],
        [@"!(?:voix|votes?|suffrages)\s+(?:favorables|pour)\b", @"pour\b(?=\s*(?:[,;)\n]|\.(?!\d)|\bet\b|$))"],
        BareForward: @"\bpour\s+(?<n>\d{1,3})(?=\s*(?:[,;)\n/|—–]|\s-\s|\.(?!\d)|\bet\b|contre|abst|$))");

    private static readonly Field Against = new(
        [@"\b(?:voix|votes?|suffrages)\s+contre\b", @"\bcontre\b(?=\s*[:=]|\t|\s*\.{2,})", @"^[ \t]*contre\b(?=[ \t]+\d)"],
        [@"!(?:voix|votes?|suffrages)\s+(?:defavorables|contre)\b", @"contre\b(?=\s*(?:[,;)\n]|\.(?!\d)|\bet\b|$))"],
        BareForward: @"\bcontre\s+(?<n>\d{1,3})(?=\s*(?:[,;)\n/|—–]|\s-\s|\.(?!\d)|\bet\b|pour|abst|$))");

    private static readonly Field AbstentionsField = new(
        [@"\babstentions?\b"],
        [@"abstentions?\b"],
        Zero: @"\b(?:sans|aucune|pas\s+d')\s*abstention\b");

    private static readonly Field Blank = new(
        [@"\b(?:bulletins?|votes?)\s+blancs?(?:\s+(?:ou|et)\s+nuls)?\b", @"\bblancs?\s+(?:ou|et)\s+nuls\b", @"^[ \t]*blancs?\b(?=\s*[:=]|\t|\s*\.{2,})"],
        [@"(?:bulletins?|votes?)\s+blancs?(?:\s+(?:ou|et)\s+nuls)?\b"]);

    private static readonly Field Spoilt = new(
        [@"\bbulletins?\s+nuls?\b", @"^[ \t]*nuls?\b(?=\s*[:=]|\t|\s*\.{2,})"],
        [@"bulletins?\s+nuls?\b"]);

    private static readonly Field NotVotingField = new(
        [@"\b(?:n'ayant\s+pas|ne\s+prenant\s+pas|ne\s+participant\s+pas)\s+(?:pris\s+)?part\s+au\s+vote\b", @"\bnon[- ]participations?\s+au\s+vote\b",
         @"\bne\s+pren(?:d|nent)\s+pas\s+part\s+au\s+vote\b(?=\s*:)"],
        [@"(?:conseillers\s+|membres\s+|elus\s+)?(?:ne\s+prennent\s+pas|n'ont\s+pas\s+pris)\s+part\s+au\s+vote\b"]);

    public static Counts Parse(DeliberationText text)
    {
        var f = text.Folded;
        var table = TableReader.Read(f);
        bool InDate(int position) => text.Dates.Any(d => d.Start <= position && position < d.End);
        Hit<int>? Get(Field field, string key) => table.TryGetValue(key, out var v) ? v : field.Read(f, InDate);
        var votesFor = Get(For, "pour");
        var votesAgainst = Get(Against, "contre");
        // "adoptée par 15 voix contre 2": fifteen for, two against.
        if (ForVersusAgainst().Match(f) is { Success: true } versus && !InDate(versus.Index))
        {
            var at = new Span(versus.Index, versus.Index + versus.Length);
            if (ReadNumber(versus.Groups["for"].Value) is int yes) votesFor = new Hit<int>(yes, at);
            if (ReadNumber(versus.Groups["against"].Value) is int no) votesAgainst = new Hit<int>(no, at);
        }
        // "26 pour, 3 contre (et 1 abstention)": a result written as a list.
        if (ResultList().Match(f) is { Success: true } list && !InDate(list.Index))
        {
            var at = new Span(list.Index, list.Index + list.Length);
            if (votesFor is null && ReadNumber(list.Groups["for"].Value) is int yes) votesFor = new Hit<int>(yes, at);
            if (votesAgainst is null && ReadNumber(list.Groups["against"].Value) is int no) votesAgainst = new Hit<int>(no, at);
        }
        var blank = Get(Blank, "blancs");
        var spoilt = blank is { } b && f[b.At.Start..b.At.End].Contains("nul", StringComparison.Ordinal) ? null : Get(Spoilt, "nuls");
        Hit<int>? blankOrSpoilt = blank is { } bl && spoilt is { } sp ? new Hit<int>(bl.Value + sp.Value, bl.At) : blank ?? spoilt;
        return new Counts(
            Get(MembersInOffice, "exercice"), Get(Present, "presents"), Get(Proxies, "pouvoirs"),
            Get(Voters, "votants"), Get(ValidVotes, "exprimes"), votesFor, votesAgainst,
            Get(AbstentionsField, "abstentions"), blankOrSpoilt, NotVoting(f, InDate), Unanimity(f));
    }

    /// <summary>"M. X ne prend pas part au vote" is one; a figure when given.</summary>
    private static Hit<int>? NotVoting(string folded, Func<int, bool> inDate)
    {
        if (NotVotingField.Read(folded, inDate) is { } counted) return counted;
        var singles = SingleNotVoting().Matches(folded);
        return singles.Count == 0 ? null : new Hit<int>(singles.Count, new Span(singles[0].Index, singles[0].Index + singles[0].Length));
    }

    private static Hit<bool>? Unanimity(string folded)
    {
        foreach (Match m in UnanimityRegex().Matches(folded))
        {
            var sentenceStart = Math.Max(folded.LastIndexOf('.', m.Index) + 1, Math.Max(0, m.Index - 200));
            var sentenceEnd = folded.IndexOf('.', m.Index);
            var sentence = folded[sentenceStart..(sentenceEnd < 0 ? folded.Length : sentenceEnd)];
            // "se prononce à l'unanimité sur l'urgence" is a vote on the urgency, not on the act.
            if (!sentence.Contains("urgence", StringComparison.Ordinal)) return new Hit<bool>(true, new Span(m.Index, m.Index + m.Length));
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

    /// <summary>"Contre\t1\tAbstention\t0": the 1 is the figure of "contre", not one read backward for "abstention".</summary>
    private const string OtherLabelBefore =
        @"(?<!\b(?:pour|contre|abstentions?|votants|presents|pouvoirs|procurations?|exercice|exprimes|blancs?|nuls?|representes?)[ \t.:=_\-]*)";

    private sealed class Field
    {
        private readonly Regex[] forward;
        private readonly (Regex Label, Regex NumberBefore)[] backward;
        private readonly Regex? bare;
        private readonly Regex? zero;
        private readonly Regex[] fallback;

        public Field(string[] forwardLabels, string[] backwardLabels, string? BareForward = null, string? Zero = null, string[]? Fallback = null)
        {
            const RegexOptions o = RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled;
            forward = forwardLabels.Select(l => new Regex("(?:" + l + ")" + Sep + Num + @"\b", o)).ToArray();
            // Label first (a literal: fast on long texts), then the figure just before it, on the same line only:
            // "En exercice : 15\nPrésents : 6" must not read as "15 présents". A label marked "!" names itself
            // ("20 voix pour") and may follow a colon ("Adopté : 20 voix pour").
            backward = backwardLabels.Select(l => (
                new Regex(@"(?<![a-z])(?:" + (l.StartsWith('!') ? l[1..] : l) + ")", o),
                l.StartsWith('!')
                    ? new Regex(OtherLabelBefore + @"(?<![\d/.\-])" + Num + @"[ \t]+$", RegexOptions.CultureInvariant | RegexOptions.Compiled)
                    : new Regex(OtherLabelBefore + @"(?<![:=][ \t]*)(?<![\d/.\-])" + Num + @"[ \t]+$", RegexOptions.CultureInvariant | RegexOptions.Compiled))).ToArray();
            bare = BareForward is null ? null : new Regex(BareForward, o);
            zero = Zero is null ? null : new Regex(Zero, o);
            fallback = (Fallback ?? []).Select(l => new Regex("(?:" + l + ")" + Sep + Num + @"\b", o)).ToArray();
        }

        public Hit<int>? Read(string folded, Func<int, bool> inDate)
        {
            Hit<int>? best = null;
            foreach (var r in forward)
            {
                foreach (Match m in r.Matches(folded))
                {
                    if (inDate(m.Groups["n"].Index)) continue;
                    var v = ReadNumber(m.Groups["n"].Value);
                    if (v is int value && (best is null || m.Index < best.Value.At.Start)) { best = new Hit<int>(value, At(m)); break; }
                }
            }
            foreach (var (label, numberBefore) in backward)
            {
                foreach (Match m in label.Matches(folded))
                {
                    var lineStart = folded.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
                    var from = Math.Max(lineStart, m.Index - 80);
                    var n = numberBefore.Match(folded[from..m.Index]);
                    if (!n.Success) continue;
                    var g = n.Groups["n"];
                    if (inDate(from + g.Index + g.Length - 1)) continue;
                    var v = ReadNumberSuffix(g.Value);
                    var start = from + n.Index;
                    if (v is int value && (best is null || start < best.Value.At.Start)) { best = new Hit<int>(value, new Span(start, m.Index + m.Length)); break; }
                }
            }
            if (best is null && bare?.Match(folded) is { Success: true } b && ReadNumber(b.Groups["n"].Value) is int bareValue)
            {
                best = new Hit<int>(bareValue, At(b));
            }
            if (best is null && zero?.Match(folded) is { Success: true } z) return new Hit<int>(0, At(z));
            foreach (var r in best is null ? fallback : [])
            {
                foreach (Match m in r.Matches(folded))
                {
                    if (!inDate(m.Groups["n"].Index) && ReadNumber(m.Groups["n"].Value) is int v) return new Hit<int>(v, At(m));
                }
            }
            return best;
        }

        private static Span At(Match m) => new(m.Index, m.Index + m.Length);
    }

    [GeneratedRegex(@"\bpar\s+(?<for>\d{1,3})\s+voix\s+contre\s+(?<against>\d{1,3})\b(?!\s+voix\s+pour)")]
    private static partial Regex ForVersusAgainst();

    [GeneratedRegex(@"\b(?<for>\d{1,3})\s+(?:voix\s+)?pour\s*(?:,|;|et)\s*(?<against>\d{1,3})\s+(?:voix\s+)?contre\b")]
    private static partial Regex ResultList();

    [GeneratedRegex(@"(?:\ba\s+l'unanimite|\bunanimement|\b(?:votes?|resultat\s+du\s+vote|decision|adoptee?s?)\s*:\s*(?:a\s+l')?unanimite)\b(?!\s+moins)")]
    private static partial Regex UnanimityRegex();

    [GeneratedRegex(@"\bne\s+prend\s+pas\s+part\s+(?:au\s+vote|a\s+la\s+deliberation|au\s+debat\s+ni\s+au\s+vote)\b|\bn'a\s+pas\s+pris\s+part\s+au\s+vote\b")]
    private static partial Regex SingleNotVoting();
}
