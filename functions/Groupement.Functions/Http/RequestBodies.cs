namespace Groupement.Functions.Http;

/// <summary>Reads a request body up to a limit, refusing a larger one with a 413 problem instead of buffering it.</summary>
public static class RequestBodies
{
    public static async Task<byte[]> ReadLimitedAsync(HttpRequest request, int maxBytes, string code, string detail)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new ApiProblemException(413, code, "Requête trop volumineuse.", detail);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
