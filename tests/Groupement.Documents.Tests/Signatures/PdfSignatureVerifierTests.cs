using System.Text;
using Groupement.Domain.Deliberations;

namespace Groupement.Documents.Tests.Signatures;

public sealed class PdfSignatureVerifierTests
{
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public void A_CAdES_signature_is_valid_and_names_the_signer_and_the_signing_time()
    {
        using var certificate = TestSigner.Certificate();
        var pdf = TestSigner.Sign(certificate, signingTime: SignedAt);

        var report = PdfSignatureVerifier.Verify(pdf);

        var signature = Assert.Single(report.Signatures);
        Assert.Equal(PdfSignatureStatus.Valid, signature.Status);
        Assert.Null(signature.Problem);
        Assert.Equal("ETSI.CAdES.detached", signature.SubFilter);
        Assert.Equal("Marie Dupont", signature.SignerName);
        Assert.Equal("Commune de Saint-Herblain", signature.SignerOrganization);
        Assert.Equal(SignedAt, signature.SigningTime);
        Assert.Equal(SigningTimeSource.SignedAttribute, signature.SigningTimeSource);
        Assert.Equal("SHA256", signature.DigestAlgorithm);
        Assert.True(signature.CoversWholeFile);
        Assert.False(signature.ChainTrusted);
        Assert.Contains("UntrustedRoot", signature.ChainStatus, StringComparison.Ordinal);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(SignatureFindingCodes.Signed, finding.Code);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.StartsWith("Signée électroniquement par Marie Dupont (Commune de Saint-Herblain) le 30 novembre 2026 à 10h15.", finding.Message, StringComparison.Ordinal);
        Assert.Contains("pas reconnu comme de confiance", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_signing_time_attribute_the_time_comes_from_the_M_entry()
    {
        using var certificate = TestSigner.Certificate("Jean Martin", "Département de la Sarthe");
        var pdf = TestSigner.Sign(certificate, subFilter: "adbe.pkcs7.detached", signingTime: null, mEntry: "D:20261002143000+02'00'");

        var signature = Assert.Single(PdfSignatureVerifier.Verify(pdf).Signatures);

        Assert.Equal(PdfSignatureStatus.Valid, signature.Status);
        Assert.Equal("adbe.pkcs7.detached", signature.SubFilter);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 14, 30, 0, TimeSpan.FromHours(2)), signature.SigningTime);
        Assert.Equal(SigningTimeSource.PdfEntry, signature.SigningTimeSource);
        Assert.Equal("Marie Dupont", signature.NameEntry);
    }

    [Fact]
    public void An_adbe_pkcs7_sha1_signature_verifies_and_fails_once_altered()
    {
        using var certificate = TestSigner.Certificate();
        var pdf = TestSigner.Sign(certificate, subFilter: "adbe.pkcs7.sha1", signingTime: SignedAt);

        var valid = Assert.Single(PdfSignatureVerifier.Verify(pdf).Signatures);
        pdf[Encoding.Latin1.GetString(pdf).IndexOf("Convention", StringComparison.Ordinal)] = (byte)'K';
        var altered = Assert.Single(PdfSignatureVerifier.Verify(pdf).Signatures);

        Assert.Equal(PdfSignatureStatus.Valid, valid.Status);
        Assert.Equal("adbe.pkcs7.sha1", valid.SubFilter);
        Assert.Equal(PdfSignatureStatus.Invalid, altered.Status);
        Assert.Contains("modifié après la signature", altered.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Contents_written_before_the_byte_range_are_found_as_well()
    {
        using var certificate = TestSigner.Certificate();
        var pdf = TestSigner.Sign(certificate, subFilter: "adbe.pkcs7.detached", mEntry: "D:20261002143000Z", contentsFirst: true);

        var signature = Assert.Single(PdfSignatureVerifier.Verify(pdf).Signatures);

        Assert.Equal(PdfSignatureStatus.Valid, signature.Status);
        Assert.Equal("adbe.pkcs7.detached", signature.SubFilter);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 14, 30, 0, TimeSpan.Zero), signature.SigningTime);
    }

    [Fact]
    public void Only_the_first_signature_dictionaries_up_to_the_bound_are_examined()
    {
        var many = string.Concat(Enumerable.Range(0, 500).Select(i => $"{8 + i} 0 obj\n<< /Type /Sig /ByteRange [0 {i + 1} 0 0] /Contents <00> >>\nendobj\n"));
        var pdf = TestSigner.Unsigned().Concat(Encoding.Latin1.GetBytes(many)).ToArray();

        var report = PdfSignatureVerifier.Verify(pdf, new PdfSignatureLimits { MaxSignatures = 10 });

        Assert.Equal(10, report.Signatures.Count);
        Assert.All(report.Signatures, s => Assert.Equal(PdfSignatureStatus.Invalid, s.Status));
    }

    [Fact]
    public void A_byte_changed_in_the_signed_text_makes_the_signature_invalid()
    {
        using var certificate = TestSigner.Certificate();
        var pdf = TestSigner.Sign(certificate, signingTime: SignedAt);
        var at = Encoding.Latin1.GetString(pdf).IndexOf("Convention constitutive", StringComparison.Ordinal);
        pdf[at] = (byte)'K';

        var report = PdfSignatureVerifier.Verify(pdf);

        var signature = Assert.Single(report.Signatures);
        Assert.Equal(PdfSignatureStatus.Invalid, signature.Status);
        Assert.Equal("Marie Dupont", signature.SignerName);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(SignatureFindingCodes.Invalid, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("modifié après la signature", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Marie Dupont", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_signature_value_makes_the_signature_invalid()
    {
        using var certificate = TestSigner.Certificate();
        var pdf = TestSigner.Sign(certificate, signingTime: SignedAt);
        var report0 = PdfSignatureVerifier.Verify(pdf);
        var r = report0.Signatures[0].ByteRange;
        // The RSA signature value is the last thing in the DER: flip a hex digit near the end of the CMS.
        var hex = Encoding.ASCII.GetString(pdf, (int)r[1] + 1, (int)(r[2] - r[1] - 2)).TrimEnd('0');
        var at = (int)r[1] + 1 + hex.Length - 10;
        pdf[at] = pdf[at] == (byte)'A' ? (byte)'B' : (byte)'A';

        var report = PdfSignatureVerifier.Verify(pdf);

        Assert.Equal(PdfSignatureStatus.Invalid, Assert.Single(report.Signatures).Status);
        Assert.Equal(SignatureFindingCodes.Invalid, Assert.Single(report.Findings).Code);
    }

    [Fact]
    public void Garbage_in_the_Contents_is_an_invalid_signature_not_a_crash()
    {
        using var certificate = TestSigner.Certificate();
        var pdf = TestSigner.Sign(certificate, signingTime: SignedAt);
        var r = PdfSignatureVerifier.Verify(pdf).Signatures[0].ByteRange;
        Encoding.ASCII.GetBytes("3082FFFF0102").CopyTo(pdf, (int)r[1] + 1);

        var signature = Assert.Single(PdfSignatureVerifier.Verify(pdf).Signatures);

        Assert.Equal(PdfSignatureStatus.Invalid, signature.Status);
        Assert.NotNull(signature.Problem);
    }

    [Fact]
    public void An_incremental_update_after_signing_keeps_the_signature_valid_but_is_reported()
    {
        using var certificate = TestSigner.Certificate();
        var signed = TestSigner.Sign(certificate, signingTime: SignedAt);
        var updated = TestSigner.AppendIncrementalUpdate(signed, "Texte ajoute apres la signature");

        var report = PdfSignatureVerifier.Verify(updated);

        var signature = Assert.Single(report.Signatures);
        Assert.Equal(PdfSignatureStatus.Valid, signature.Status);
        Assert.False(signature.CoversWholeFile);
        Assert.Equal(updated.Length - signed.Length, signature.UnsignedTrailingBytes);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(SignatureFindingCodes.Signed, finding.Code);
        Assert.Contains("complété après cette signature", finding.Message, StringComparison.Ordinal);
        Assert.False(report.LastCoversWholeFile);
    }

    [Fact]
    public void A_trailing_newline_after_the_signed_bytes_still_covers_the_whole_file()
    {
        using var certificate = TestSigner.Certificate();
        var pdf = TestSigner.Sign(certificate, signingTime: SignedAt).Concat("\r\n"u8.ToArray()).ToArray();

        Assert.True(Assert.Single(PdfSignatureVerifier.Verify(pdf).Signatures).CoversWholeFile);
    }

    [Fact]
    public void A_signature_field_without_a_signature_gives_no_finding()
    {
        var report = PdfSignatureVerifier.Verify(TestSigner.Unsigned());

        Assert.False(report.IsSigned);
        Assert.Empty(report.Findings);
        Assert.Null(report.Error);
    }

    [Fact]
    public void A_placeholder_never_filled_in_is_an_invalid_signature()
    {
        var pdf = TestSigner.Unsigned().Concat(Encoding.Latin1.GetBytes(
            "8 0 obj\n<< /Type /Sig /ByteRange [0 0 0 0] /Contents <0000> >>\nendobj\n")).ToArray();

        var report = PdfSignatureVerifier.Verify(pdf);

        Assert.Equal(PdfSignatureStatus.Invalid, Assert.Single(report.Signatures).Status);
        Assert.Equal(SignatureFindingCodes.Invalid, Assert.Single(report.Findings).Code);
    }

    [Fact]
    public void A_byte_range_beyond_the_end_of_the_file_is_invalid()
    {
        var pdf = TestSigner.Unsigned().Concat(Encoding.Latin1.GetBytes(
            "8 0 obj\n<< /Type /Sig /ByteRange [0 100 99999 99999] /Contents <3000> >>\nendobj\n")).ToArray();

        var signature = Assert.Single(PdfSignatureVerifier.Verify(pdf).Signatures);

        Assert.Equal(PdfSignatureStatus.Invalid, signature.Status);
        Assert.Contains("sort du fichier", signature.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_is_refused_as_not_a_pdf()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        var report = PdfSignatureVerifier.Verify(png);

        Assert.Equal(DocumentErrorCodes.NotPdf, report.Error?.Code);
        Assert.Contains("image PNG", report.Error?.Message, StringComparison.Ordinal);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_file_above_the_size_bound_is_refused_without_being_read()
    {
        var report = PdfSignatureVerifier.Verify(new byte[2048], new PdfSignatureLimits { MaxFileBytes = 1024 });

        Assert.Equal(DocumentErrorCodes.TooLarge, report.Error?.Code);
    }

    [Fact]
    public void Two_signatures_each_verify_and_the_first_does_not_cover_the_second()
    {
        using var first = TestSigner.Certificate();
        using var second = TestSigner.Certificate("Paul Durand", "Syndicat mixte e-primo");
        var once = TestSigner.Sign(first, signingTime: SignedAt);
        var twice = TestSigner.AppendSignature(once, second, SignedAt.AddDays(2));

        var report = PdfSignatureVerifier.Verify(twice);

        Assert.Equal(2, report.Signatures.Count);
        Assert.All(report.Signatures, s => Assert.Equal(PdfSignatureStatus.Valid, s.Status));
        Assert.False(report.Signatures[0].CoversWholeFile);
        Assert.True(report.Signatures[1].CoversWholeFile);
        Assert.Equal(["Marie Dupont", "Paul Durand"], report.Signatures.Select(s => s.SignerName));
        Assert.All(report.Findings, f => Assert.Equal(SignatureFindingCodes.Signed, f.Code));
    }
}
