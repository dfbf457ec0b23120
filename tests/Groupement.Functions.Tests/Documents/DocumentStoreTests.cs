using Groupement.Functions.Documents;
using Groupement.Functions.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Groupement.Functions.Tests.Documents;

public class DocumentStoreTests
{
    private readonly FakeTimeProvider _time = new(TestStorage.T0);
    private readonly DocumentStore _store;
    private readonly DocumentValidator _validator = new();

    public DocumentStoreTests() => _store = new DocumentStore(TestStorage.Blobs(), TestStorage.Names(), _time);

    private async Task<ValidatedDocument> Valid(string text, string kind = "deliberation", string name = "Délibération.pdf") =>
        (await _validator.ValidateAsync(kind, name, new MemoryStream(TestPdfs.Make(text)), _validator.NewRequestBudget())).Document!;

    [Fact]
    public async Task A_document_is_stored_under_groupement_adhesion_kind_and_hash_and_reads_back()
    {
        using var doc = await Valid("Délibération");

        var stored = await _store.SaveAsync("g1", "a1", doc);

        Assert.Equal($"g1/a1/deliberation/{doc.Sha256}-Deliberation.pdf", stored.BlobName);
        Assert.Equal(("deliberation", "Deliberation.pdf", "Délibération.pdf", doc.Sha256, doc.Size), (stored.Kind, stored.FileName, stored.OriginalFileName, stored.Sha256, stored.Size));
        Assert.Equal(TestStorage.T0, stored.UploadedAt);
        var download = await _store.OpenReadAsync(stored.BlobName);
        await using var content = download!.Content;
        using var ms = new MemoryStream();
        await content.CopyToAsync(ms);
        Assert.Equal(doc.ToArray(), ms.ToArray());
        Assert.Equal("application/pdf", download.Document.ContentType);
    }

    [Fact]
    public async Task Storing_the_same_content_again_is_a_no_op_that_keeps_the_first_upload()
    {
        using var doc = await Valid("Convention");
        var first = await _store.SaveAsync("g1", "a2", doc);
        _time.Advance(TimeSpan.FromHours(1));

        var second = await _store.SaveAsync("g1", "a2", doc);

        Assert.Equal(first, second);
        Assert.Single(await _store.ListAsync("g1", "a2"));
    }

    [Fact]
    public async Task A_blob_is_never_overwritten_even_by_other_bytes_under_the_same_name()
    {
        using var doc = await Valid("Original");
        var first = await _store.SaveAsync("g1", "a3", doc);

        await _store.SaveAsync("g1", "a3", "deliberation", doc.FileName, "pirate.pdf", doc.Sha256, new MemoryStream(TestPdfs.Make("Autre")), "application/pdf");

        var download = await _store.OpenReadAsync(first.BlobName);
        await using var content = download!.Content;
        using var ms = new MemoryStream();
        await content.CopyToAsync(ms);
        Assert.Equal(doc.ToArray(), ms.ToArray());
        Assert.Equal("Délibération.pdf", download.Document.OriginalFileName);
    }

    [Fact]
    public async Task The_documents_of_an_adhesion_are_listed_and_map_to_the_view()
    {
        using var d = await Valid("D");
        using var c = await Valid("C", "convention", "convention.pdf");
        await _store.SaveAsync("g1", "a4", d);
        await _store.SaveAsync("g1", "a4", c);
        await _store.SaveAsync("g1", "a5", c);

        var list = await _store.ListAsync("g1", "a4");

        Assert.Equal(["convention", "deliberation"], list.Select(x => x.Kind).Order());
        Assert.All(list, x => Assert.Equal(TestStorage.T0, x.ToView().UploadedAt));
        Assert.Null(await _store.OpenReadAsync("g1/a4/deliberation/none.pdf"));
        var byView = await _store.OpenReadAsync("g1", "a4", list[0].ToView());
        await using (byView!.Content) Assert.Equal(list[0].BlobName, byView.Document.BlobName);
    }

    [Fact]
    public void Unsafe_path_segments_are_rejected() =>
        Assert.Throws<ArgumentException>(() => DocumentStore.BlobName("g1/../x", "a1", "deliberation", new string('a', 64), "d.pdf"));
}
