using Groupement.Functions.Documents;

namespace Groupement.Functions.Http;

/// <summary>The PDF files of a multipart request (deliberation, convention, annexes), each checked while it is read.</summary>
public sealed class FormDocuments : IAsyncDisposable
{
    public static readonly string[] Fields = ["deliberation", "convention", "annexes"];

    private FormDocuments(IReadOnlyList<ValidatedDocument> documents) => Documents = documents;

    public IReadOnlyList<ValidatedDocument> Documents { get; }

    /// <summary>Reads the form; 415 when it is not multipart.</summary>
    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            throw new ApiProblemException(415, "NOT_MULTIPART", "Type de contenu non accepté.",
                "Envoyez un formulaire multipart/form-data avec les parties member, referent, needs et les fichiers PDF.");
        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (IOException e) when (e is not BadHttpRequestException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // A truncated body or a missing closing boundary: the caller's mistake.
            throw new ApiProblemException(400, "INVALID_MULTIPART", "Formulaire illisible.",
                "Le formulaire multipart est incomplet ou mal formé (limite de parties absente ou corps tronqué).");
        }
    }

    /// <summary>Validates every file; throws the first problem (nothing is kept from a refused request).</summary>
    public static async Task<FormDocuments> ValidateAsync(IFormCollection form, DocumentValidator validator, bool requireAll, CancellationToken ct)
    {
        var unknown = form.Files.Select(f => f.Name).FirstOrDefault(n => !Fields.Contains(n, StringComparer.Ordinal));
        if (unknown is not null)
            throw ApiProblemException.Field("UNKNOWN_FILE_FIELD", unknown, $"Champ de fichier inconnu « {unknown} » (attendus : deliberation, convention, annexes).");
        var present = form.Files.Select(f => f.Name).ToList();
        var missing = requireAll ? DocumentValidator.CheckRequired(present, "deliberation", "convention") : [];
        if (!requireAll && present.Count == 0)
            missing = [new DocumentProblem(DocumentCodes.Missing, "deliberation", "Joignez au moins un document PDF.")];
        if (missing.Count > 0)
            throw ApiProblemException.Validation(DocumentCodes.Missing, missing.ToDictionary(m => m.Field, m => new[] { m.Message }));
        var budget = validator.NewRequestBudget();
        var documents = new List<ValidatedDocument>();
        try
        {
            foreach (var file in form.Files)
            {
                await using var stream = file.OpenReadStream();
                var check = await validator.ValidateAsync(file.Name, file.FileName, stream, budget, ct);
                if (check.Problem is { } p)
                    throw new ApiProblemException(StatusFor(p.Code), p.Code, "Document refusé.", $"{p.Field} : {p.Message}",
                        new Dictionary<string, string[]> { [p.Field] = [p.Message] });
                documents.Add(check.Document!);
            }
            return new FormDocuments(documents);
        }
        catch
        {
            foreach (var d in documents) await d.DisposeAsync();
            throw;
        }
    }

    private static int StatusFor(string code) => code switch
    {
        DocumentCodes.TooLarge or DocumentCodes.RequestTooLarge => 413,
        DocumentCodes.NotPdf => 415,
        _ => 400,
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var d in Documents) await d.DisposeAsync();
    }
}
