using System.Text;

namespace Groupement.Documents.Tests.Signatures;

public sealed class TimestampTests
{
    private static readonly DateTimeOffset SignerClock = new(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset StampedAt = new(2026, 11, 30, 9, 16, 40, TimeSpan.Zero);

    [Fact]
    public void A_timestamp_on_the_signature_gives_the_signing_time_before_the_signers_clock()
    {
        using var certificate = TestSigner.Certificate();
        using var authority = new TestTimestampAuthority();
        var pdf = TestSigner.Sign(certificate, signingTime: SignerClock, timestamps: authority, stampedAt: StampedAt);

        var report = PdfSignatureVerifier.Verify(pdf);

        var signature = Assert.Single(report.Signatures);
        Assert.Equal(PdfSignatureStatus.Valid, signature.Status);
        Assert.Equal(StampedAt, signature.SigningTime);
        Assert.Equal(SigningTimeSource.Timestamp, signature.SigningTimeSource);
        Assert.Contains("le 30 novembre 2026 à 10h16 (horodatage)", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_timestamp_verifies_and_names_the_authority()
    {
        using var authority = new TestTimestampAuthority();
        var pdf = TestSigner.DocumentTimestamp(authority, StampedAt);

        var report = PdfSignatureVerifier.Verify(pdf);

        var stamp = Assert.Single(report.Signatures);
        Assert.Equal(PdfSignatureStatus.Valid, stamp.Status);
        Assert.True(stamp.IsDocumentTimestamp);
        Assert.Equal("Horodatage de test", stamp.SignerName);
        Assert.Equal(StampedAt, stamp.SigningTime);
        Assert.StartsWith("Horodatée électroniquement par Horodatage de test", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_timestamp_over_altered_bytes_is_invalid()
    {
        using var authority = new TestTimestampAuthority();
        var pdf = TestSigner.DocumentTimestamp(authority, StampedAt);
        pdf[Encoding.Latin1.GetString(pdf).IndexOf("Convention", StringComparison.Ordinal)] = (byte)'K';

        var report = PdfSignatureVerifier.Verify(pdf);

        Assert.Equal(PdfSignatureStatus.Invalid, Assert.Single(report.Signatures).Status);
        Assert.StartsWith("L'horodatage électronique", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }
}
