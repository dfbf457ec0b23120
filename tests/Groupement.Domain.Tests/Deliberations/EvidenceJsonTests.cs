using System.Text.Json.Nodes;
using Groupement.Domain.Deliberations;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>The evidence in the API shape: facts.evidence.{field} = {page, line, quote}, findings[].evidence, facts.source.</summary>
public sealed class EvidenceJsonTests
{
    private const string Text = "COMMUNE DE SAINT-LAMBERT-LA-POTHERIE\n"
        + "Séance du 9 mars 2026\n"
        + "Date de convocation : 2 mars 2026\n"
        + "\f\n"
        + "En exercice : 19\n"
        + "Présents : 9\n"
        + "Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le Maire à signer la convention d'adhésion au groupement de commandes.\n";

    [Fact]
    public void Facts_carry_page_line_and_quote_and_the_finding_points_at_the_figure()
    {
        var json = JsonNode.Parse(DeliberationAnalyzer.AnalyzeText(Text).ToJson())!;

        var session = json["facts"]!["evidence"]!["sessionDate"]!;
        Assert.Equal(1, session["page"]!.GetValue<int>());
        Assert.Equal(2, session["line"]!.GetValue<int>());
        Assert.Contains("9 mars 2026", session["quote"]!.GetValue<string>(), StringComparison.Ordinal);
        var present = json["facts"]!["evidence"]!["present"]!;
        Assert.Equal(2, present["page"]!.GetValue<int>());
        Assert.Equal(2, present["line"]!.GetValue<int>());
        var quorum = json["findings"]!.AsArray().Single(f => f!["code"]!.GetValue<string>() == FindingCodes.QuorumNotMet)!;
        Assert.Equal(present.ToJsonString(), quorum["evidence"]!.ToJsonString());
    }

    [Fact]
    public void A_fact_not_found_has_null_evidence_and_a_finding_about_an_absence_has_none()
    {
        var json = JsonNode.Parse(DeliberationAnalyzer.AnalyzeText(Text).ToJson())!;

        var evidence = json["facts"]!["evidence"]!.AsObject();
        Assert.True(evidence.ContainsKey("proxies"));
        Assert.Null(evidence["proxies"]);
        Assert.Null(json["facts"]!["proxies"]);
        var executory = json["findings"]!.AsArray().Single(f => f!["code"]!.GetValue<string>() == FindingCodes.NotYetExecutory)!;
        Assert.True(executory.AsObject().ContainsKey("evidence"));
        Assert.Null(executory["evidence"]);
    }

    [Fact]
    public void Facts_say_they_come_from_text_and_leave_room_for_an_ocr_confidence()
    {
        var analysis = DeliberationAnalyzer.AnalyzeText(Text);
        var json = JsonNode.Parse(analysis.ToJson())!["facts"]!;

        Assert.Equal("text", json["source"]!.GetValue<string>());
        Assert.Null(json["confidence"]);
        var ocr = analysis with { Facts = analysis.Facts with { Source = DeliberationFacts.OcrSource, Confidence = 0.82 } };
        var back = JsonNode.Parse(ocr.ToJson())!["facts"]!;
        Assert.Equal("ocr", back["source"]!.GetValue<string>());
        Assert.Equal(0.82, back["confidence"]!.GetValue<double>());
    }

    [PdfFact]
    public void In_a_pdf_the_page_of_the_evidence_is_the_pdf_page()
    {
        var pdf = TestPdf.Render(Text);

        var analysis = DeliberationAnalyzer.Analyze(DeliberationInput.FromPdf(pdf));

        Assert.Equal(1, analysis.Facts.Evidence.SessionDate!.Page);
        Assert.Equal(2, analysis.Facts.Evidence.Present!.Page);
        Assert.Equal(2, analysis.Facts.Evidence.Present.Line);
        Assert.Equal("Présents : 9", analysis.Facts.Evidence.Present.Quote);
    }
}
