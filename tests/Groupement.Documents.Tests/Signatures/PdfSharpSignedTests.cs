using Groupement.Domain.Tests.Deliberations;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace Groupement.Documents.Tests.Signatures;

/// <summary>Signatures made by another implementation (PDFsharp's signer) verify too.</summary>
public sealed class PdfSharpSignedTests
{
    [Fact]
    public async Task A_pdf_signed_by_PDFsharp_verifies_and_names_its_signer()
    {
        using var certificate = TestSigner.Certificate("Claire Bernard", "Communauté de communes du Pays de Retz");
        var pdf = await SignWithPdfSharp(TestPdf.Render("CONVENTION CONSTITUTIVE\nDu groupement de commandes e-primo"), certificate);

        var report = PdfSignatureVerifier.Verify(pdf);

        var signature = Assert.Single(report.Signatures);
        Assert.Equal(PdfSignatureStatus.Valid, signature.Status);
        Assert.Equal("Claire Bernard", signature.SignerName);
        Assert.True(signature.CoversWholeFile);
        Assert.NotNull(signature.SigningTime);
        Assert.Equal(SignatureFindingCodes.Signed, Assert.Single(report.Findings).Code);
    }

    [Fact]
    public async Task A_pdf_signed_by_PDFsharp_then_altered_is_invalid()
    {
        using var certificate = TestSigner.Certificate();
        var pdf = await SignWithPdfSharp(TestPdf.Render("CONVENTION CONSTITUTIVE"), certificate);
        var r = PdfSignatureVerifier.Verify(pdf).Signatures[0].ByteRange;
        pdf[(int)r[2] + 10] ^= 0x01;

        var report = PdfSignatureVerifier.Verify(pdf);

        Assert.Equal(SignatureFindingCodes.Invalid, Assert.Single(report.Findings).Code);
    }

    [Fact]
    public void A_pdf_without_any_signature_gives_no_finding()
    {
        var report = PdfSignatureVerifier.Verify(TestPdf.Render("CONVENTION CONSTITUTIVE\nsignée à la main puis numérisée"));

        Assert.Empty(report.Signatures);
        Assert.Empty(report.Findings);
    }

    private static async Task<byte[]> SignWithPdfSharp(byte[] pdf, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var signer = new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256, null);
        DigitalSignatureHandler.ForDocument(document, signer, new DigitalSignatureOptions
        {
            Reason = "Accord du conseil", Location = "Nantes", Rectangle = new PdfSharp.Drawing.XRect(40, 40, 200, 40),
        });
        using var output = new MemoryStream();
        await document.SaveAsync(output);
        return output.ToArray();
    }
}
