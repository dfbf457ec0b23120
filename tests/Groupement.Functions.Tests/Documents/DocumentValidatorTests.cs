using System.Security.Cryptography;
using System.Text;
using Groupement.Functions.Documents;

namespace Groupement.Functions.Tests.Documents;

public class DocumentValidatorTests
{
    private readonly DocumentValidator _validator = new();

    private Task<DocumentCheck> Validate(byte[] bytes, string? name = "délib.pdf", DocumentValidator? v = null, RequestBudget? budget = null)
    {
        v ??= _validator;
        return v.ValidateAsync("deliberation", name, new MemoryStream(bytes), budget ?? v.NewRequestBudget());
    }

    [Fact]
    public async Task A_real_pdf_is_accepted_with_its_hash_size_pages_and_a_safe_name()
    {
        var pdf = TestPdfs.Make("Délibération n° 2026-011", pages: 2);

        var check = await Validate(pdf, "../../C:\\tmp\\Délibération du 2 février.pdf");

        Assert.True(check.IsValid, check.Problem?.Message);
        using var doc = check.Document!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), doc.Sha256);
        Assert.Equal(pdf.Length, doc.Size);
        Assert.Equal(2, doc.PageCount);
        Assert.Equal("Deliberation-du-2-fevrier.pdf", doc.FileName);
        Assert.Equal(pdf, doc.ToArray());
        Assert.Equal(pdf, doc.ToArray()); // readable twice
    }

    [Fact]
    public async Task Magic_bytes_followed_by_garbage_is_not_a_pdf()
    {
        var fake = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 5000) + "\n%%EOF\n");
        var check = await Validate(fake);
        Assert.Equal(DocumentCodes.NotPdf, check.Problem?.Code);
        Assert.Equal("deliberation", check.Problem?.Field);
    }

    [Fact]
    public async Task A_text_file_named_pdf_is_not_a_pdf() =>
        Assert.Equal(DocumentCodes.NotPdf, (await Validate(Encoding.UTF8.GetBytes("Bonjour"), "faux.pdf")).Problem?.Code);

    [Fact]
    public async Task A_truncated_pdf_is_not_a_pdf()
    {
        var pdf = TestPdfs.Make("tronqué");
        Assert.Equal(DocumentCodes.NotPdf, (await Validate(pdf[..(pdf.Length / 3)])).Problem?.Code);
    }

    [Fact]
    public async Task An_empty_file_is_missing() =>
        Assert.Equal(DocumentCodes.Missing, (await Validate([])).Problem?.Code);

    [Fact]
    public async Task A_document_over_the_limit_is_refused_without_reading_the_rest()
    {
        var v = new DocumentValidator(new DocumentLimits { MaxDocumentBytes = 100_000 });
        var endless = new CountingStream(long.MaxValue);

        var check = await v.ValidateAsync("convention", "c.pdf", endless, v.NewRequestBudget());

        Assert.Equal(DocumentCodes.TooLarge, check.Problem?.Code);
        Assert.InRange(endless.Served, 100_001, 100_000 + 81_920);
    }

    [Fact]
    public async Task Files_that_together_exceed_the_request_limit_are_refused_as_they_stream()
    {
        var v = new DocumentValidator(new DocumentLimits { MaxDocumentBytes = 1_000_000, MaxRequestBytes = 1_500_000 });
        var budget = v.NewRequestBudget();
        var pdf = TestPdfs.Make("Délibération");
        using var first = (await v.ValidateAsync("deliberation", "d.pdf", new MemoryStream(pdf), budget)).Document;
        Assert.NotNull(first);
        Assert.Equal(DocumentCodes.NotPdf, (await v.ValidateAsync("convention", "c.pdf", new CountingStream(900_000), budget)).Problem?.Code);

        var annexe = new CountingStream(900_000); // under the 1 MB per document, over the 1.5 MB per request
        var check = await v.ValidateAsync("annexes", "a.pdf", annexe, budget);

        Assert.Equal((DocumentCodes.RequestTooLarge, "annexes"), (check.Problem?.Code, check.Problem?.Field));
        Assert.True(annexe.Served < 900_000, "reading stopped at the request limit");
    }

    [Fact]
    public async Task A_large_pdf_spills_to_a_temp_file_and_still_validates()
    {
        var v = new DocumentValidator(new DocumentLimits { MemoryBufferBytes = 1024 });
        var pdf = TestPdfs.Make("Délibération longue", pages: 30);
        Assert.True(pdf.Length > 1024);
        var check = await v.ValidateAsync("deliberation", "d.pdf", new MemoryStream(pdf), v.NewRequestBudget());
        using var doc = check.Document!;
        Assert.Equal(30, doc.PageCount);
        Assert.Equal(pdf, doc.ToArray());
    }

    [Fact]
    public void Missing_required_documents_are_named()
    {
        var problems = DocumentValidator.CheckRequired(["deliberation", "annexes"], "deliberation", "convention");
        var p = Assert.Single(problems);
        Assert.Equal((DocumentCodes.Missing, "convention"), (p.Code, p.Field));
    }

    /// <summary>Serves zero-filled bytes forever, counting what was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            Array.Clear(buffer, offset, n);
            Served += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
