using Azure.Data.Tables;

namespace Groupement.Durable.AzureStorage.Storage;

internal sealed partial class TaskHubStorage
{
    private const int ChunkChars = 30_000;      // a table string property holds 64 KiB of UTF-16
    private const int MaxInlineChars = 60_000;  // beyond this, the text goes to a blob
    private const int MaxMessageChars = 45_000; // queue messages hold 64 KiB
    private const string BlobMarker = "blob:";

    /// <summary>Writes a text into one or more properties, or into a blob when large.</summary>
    public async Task SetTextAsync(TableEntity entity, string property, string? text, string instanceId)
    {
        if (text is null) return;
        if (text.Length > MaxInlineChars)
        {
            entity[property + "_blob"] = await UploadAsync(instanceId, text);
            return;
        }
        var parts = (text.Length + ChunkChars - 1) / ChunkChars;
        if (parts <= 1)
        {
            entity[property] = text;
            return;
        }
        entity[property + "_parts"] = parts;
        for (var i = 0; i < parts; i++)
            entity[i == 0 ? property : $"{property}_{i}"] = text.Substring(i * ChunkChars, Math.Min(ChunkChars, text.Length - i * ChunkChars));
    }

    /// <summary>Reads a text written by <see cref="SetTextAsync"/>.</summary>
    public async Task<string?> GetTextAsync(TableEntity entity, string property)
    {
        if (entity.GetString(property + "_blob") is { } blob) return await DownloadAsync(blob);
        var first = entity.GetString(property);
        if (entity.GetInt32(property + "_parts") is not { } parts || first is null) return first;
        return string.Concat(Enumerable.Range(0, parts).Select(i => i == 0 ? first : entity.GetString($"{property}_{i}")));
    }

    /// <summary>A queue message body: the text itself, or a blob reference when too large.</summary>
    public async Task<string> ToMessageAsync(string text, string instanceId) =>
        text.Length > MaxMessageChars ? BlobMarker + await UploadAsync(instanceId, text) : text;

    /// <summary>The text of a queue message body written by <see cref="ToMessageAsync"/>.</summary>
    public async Task<string> FromMessageAsync(string body) =>
        body.StartsWith(BlobMarker, StringComparison.Ordinal) ? await DownloadAsync(body[BlobMarker.Length..]) : body;

    private async Task<string> UploadAsync(string instanceId, string text)
    {
        var name = $"{Uri.EscapeDataString(instanceId)}/{Guid.NewGuid():N}.json";
        await CallAsync("UploadPayload", instanceId, () => Large.GetBlobClient(name).UploadAsync(BinaryData.FromString(text), overwrite: true));
        return name;
    }

    private async Task<string> DownloadAsync(string name)
    {
        var content = await CallAsync("DownloadPayload", null, () => Large.GetBlobClient(name).DownloadContentAsync());
        return content.Value.Content.ToString();
    }

    /// <summary>Deletes the payload blobs of an instance (purge).</summary>
    public async Task DeletePayloadsAsync(string instanceId)
    {
        await foreach (var blob in Large.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, Uri.EscapeDataString(instanceId) + "/", CancellationToken.None))
            await Large.DeleteBlobIfExistsAsync(blob.Name);
    }
}
