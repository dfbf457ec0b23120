using System.Text.Json;
using Groupement.Documents.Tests.Signatures;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>The signed convention checked end to end: uploaded, verified by the analysis activity, shown on the adhésion.</summary>
public class ConventionSignatureTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    [Fact]
    public async Task A_digitally_signed_convention_shows_who_signed_and_a_tampered_one_blocks_approval()
    {
        var g = await _api.CreateGroupementAsync();
        using var signer = TestSigner.Certificate("Marie Dupont", "Commune de Val-des-Tilleuls");
        var signed = TestSigner.Sign(signer, signingTime: new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero));

        var good = WithConvention(WorkflowApi.NewSubmission(), signed);
        var (aid, token) = await _api.SubmitAsync(g.Id, good);
        var view = await _api.WaitForStatusAsync(aid, token, "UnderReview");
        var finding = Findings(view).Single(f => f.Code == "CONVENTION_SIGNED");
        Assert.Equal("info", finding.Severity);
        Assert.Contains("Marie Dupont", finding.Message);
        Assert.DoesNotContain(Findings(view), f => f.Code == "CONVENTION_SIGNATURE_INVALID");

        var tampered = (byte[])signed.Clone();
        var at = System.Text.Encoding.Latin1.GetString(tampered).IndexOf("Convention constitutive", StringComparison.Ordinal);
        Assert.True(at > 0);
        tampered[at] = (byte)'K';
        var bad = WithConvention(WorkflowApi.NewSubmission(), tampered);
        var (badId, badToken) = await _api.SubmitAsync(g.Id, bad);
        var badView = await _api.WaitForStatusAsync(badId, badToken, "UnderReview");
        var invalid = Findings(badView).Single(f => f.Code == "CONVENTION_SIGNATURE_INVALID");
        Assert.Equal("error", invalid.Severity);
        var refused = await _api.ReviewAsync(badId, g.CoordinatorKey, "approve");
        await WorkflowApi.AssertProblemAsync(refused, 422, "FINDINGS_BLOCK_APPROVAL");

        // A convention without a digital signature (a scan of a hand-signed page) gets no finding.
        var (plainId, plainToken) = await _api.SubmitAsync(g.Id, WorkflowApi.NewSubmission());
        var plain = await _api.WaitForStatusAsync(plainId, plainToken, "UnderReview");
        Assert.DoesNotContain(Findings(plain), f => f.Code.StartsWith("CONVENTION_", StringComparison.Ordinal));
        host.AssertNoErrors();
    }

    private static Submission WithConvention(Submission s, byte[] pdf) => s with
    {
        Files = [.. s.Files.Where(f => f.Field != "convention"), ("convention", "convention signée.pdf", pdf, "application/pdf")],
    };

    private static List<(string Code, string Severity, string Message)> Findings(JsonElement view) =>
    [
        .. view.GetProperty("findings").EnumerateArray().Select(f =>
            (f.GetProperty("code").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("message").GetString()!)),
    ];
}
