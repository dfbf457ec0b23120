using System.Text.Json.Nodes;
using Groupement.Domain.Deliberations;
using Groupement.Domain.French;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>Checks that evidence is honest: each fact read has a passage, each fact not read has none, and each
/// passage is really on the page and line it names in the text that was analysed.</summary>
internal static class EvidenceAssert
{
    /// <summary>facts.{field} → facts.evidence.{field}; booleans only count when true (false means "not found").</summary>
    private static readonly string[] Fields =
    [
        "body", "authority", "sessionDate", "convocationDate", "membersInOffice", "present", "proxies", "votesCast", "voters",
        "validVotes", "votesFor", "votesAgainst", "abstentions", "blankOrSpoilt", "notVoting", "unanimous", "authorizesSignature",
        "concernsGroupement", "object", "firstSittingDate", "secondConvocation", "urgencyStated", "urgencyRuledOn",
    ];

    private static readonly string[] StampFields = ["sentOn", "receivedOn", "publishedOn", "actId", "certifiedExecutory"];

    /// <summary>Codes about a figure or a date that was read: their finding must point at it.</summary>
    private static readonly HashSet<string> LocatedCodes =
    [
        FindingCodes.QuorumNotMet, FindingCodes.VotesInconsistent, FindingCodes.ProxiesExceedAbsent, FindingCodes.ConvocationTooLate,
        FindingCodes.PopulationUnknown, FindingCodes.AfterDeadline,
    ];

    public static void Honest(string name, DeliberationAnalysis analysis)
    {
        var facts = JsonNode.Parse(analysis.ToJson())!["facts"]!;
        var evidence = facts["evidence"]!;
        foreach (var field in Fields) Check(name, analysis.Text, field, facts[field], evidence[field]);
        foreach (var field in StampFields) Check(name, analysis.Text, field, facts["stamp"]![field], evidence[field]);
        foreach (var finding in analysis.Findings)
        {
            if (LocatedCodes.Contains(finding.Code))
            {
                Assert.True(finding.Evidence is not null, $"{name}: {finding.Code} has no evidence");
            }
            if (finding.Evidence is { } e) OnItsLine(name, analysis.Text, finding.Code, e);
        }
    }

    private static void Check(string name, string text, string field, JsonNode? value, JsonNode? evidence)
    {
        var read = value is not null && !(value.GetValueKind() == System.Text.Json.JsonValueKind.False);
        if (!read)
        {
            Assert.True(evidence is null, $"{name}: {field} was not read but has evidence {evidence?.ToJsonString()}");
            return;
        }
        Assert.True(evidence is not null, $"{name}: {field} = {value!.ToJsonString()} has no evidence");
        OnItsLine(name, text, field, new Evidence(evidence!["page"]!.GetValue<int>(), evidence["line"]!.GetValue<int>(), evidence["quote"]!.GetValue<string>()));
    }

    private static void OnItsLine(string name, string text, string what, Evidence e)
    {
        Assert.False(string.IsNullOrWhiteSpace(e.Quote), $"{name}: {what} has an empty quote");
        var pages = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\f');
        Assert.InRange(e.Page, 1, pages.Length);
        var page = e.Page > 1 && pages[e.Page - 1].StartsWith('\n') ? pages[e.Page - 1][1..] : pages[e.Page - 1];
        var lines = page.Split('\n');
        Assert.InRange(e.Line, 1, lines.Length);
        var quote = FrenchText.Squeeze(e.Quote.TrimEnd('…'));
        var fromLine = FrenchText.Squeeze(string.Join(' ', lines.Skip(e.Line - 1).Take(4)));
        var firstWord = quote.Split(' ')[0];
        Assert.True(FrenchText.Squeeze(lines[e.Line - 1]).Contains(firstWord, StringComparison.Ordinal),
            $"{name}: {what} quote « {e.Quote} » does not start on page {e.Page} line {e.Line} « {lines[e.Line - 1]} »");
        Assert.True(fromLine.Contains(quote, StringComparison.Ordinal),
            $"{name}: {what} quote « {e.Quote} » is not the text from page {e.Page} line {e.Line}");
    }
}
