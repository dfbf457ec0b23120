using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Groupement.Functions.Http;

namespace Groupement.Functions.Features.Invitations;

/// <summary>One row of an invitation list as read from the file: its line (or spreadsheet row) number and its cells.</summary>
public sealed record InvitationRow(int Line, IReadOnlyList<string> Cells);

/// <summary>
/// Reads a list of members to invite from the request: a CSV (';', ',' or tab separated, quoted as RFC 4180, UTF-8 with
/// or without BOM, UTF-16 with BOM, else Windows-1252), an XLSX (first sheet), sent as the body or as the multipart
/// field <c>file</c>. Anything else (an image, a PDF, a binary) is refused with <c>UNSUPPORTED_FILE</c>; a list longer
/// than <see cref="MaxLines"/> with <c>TOO_MANY_LINES</c>, as soon as the count passes the limit.
/// </summary>
public static class InvitationFile
{
    public const int MaxLines = 2_000;
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>What a workbook may inflate to (its parts together): a 5 MB ZIP can otherwise hold gigabytes of XML.</summary>
    public const long MaxInflatedBytes = 50L * 1024 * 1024;

    /// <summary>How many parts a workbook may hold.</summary>
    public const int MaxParts = 200;
    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
            return await RequestBodies.ReadLimitedAsync(request, MaxBytes, "FILE_TOO_LARGE", "Le fichier dépasse 5 Mo.");
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var file = form.Files.GetFile("file")
            ?? throw ApiProblemException.Field("FILE_MISSING", "file", "Joignez la liste des membres dans le champ « file » (CSV ou XLSX).");
        if (file.Length > MaxBytes) throw new ApiProblemException(413, "FILE_TOO_LARGE", "Requête trop volumineuse.", "Le fichier dépasse 5 Mo.");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }

    /// <summary>The non-blank rows of the file, header included.</summary>
    public static IReadOnlyList<InvitationRow> Rows(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) return XlsxRows(bytes);
        var text = Decode(bytes) ?? throw Unsupported();
        return CsvRows(text);
    }

    public static ApiProblemException Unsupported() =>
        new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_FILE", "Fichier non accepté.",
            "Ce fichier n'est ni un CSV ni un classeur XLSX. Enregistrez la liste au format CSV (séparateur ; ou ,) ou XLSX, avec les colonnes SIREN, nom, courriel.");

    public static ApiProblemException TooMany() =>
        ApiProblemException.Unprocessable("TOO_MANY_LINES", $"La liste dépasse {MaxLines:N0} lignes : découpez-la en plusieurs fichiers.".Replace('\u202f', ' '));

    /// <summary>The text of a CSV, or null when the bytes are not text (an image, a PDF, an executable…).</summary>
    internal static string? Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var unicode = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var controls = 0;
        for (var i = start; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == 0) return null;
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C)) controls++;
        }
        if (controls > 0 && controls * 100 > bytes.Length - start) return null;
        if (StartsWith(bytes, start, 0x89, 0x50, 0x4E, 0x47) || StartsWith(bytes, start, 0xFF, 0xD8, 0xFF)
            || StartsWith(bytes, start, (byte)'%', (byte)'P', (byte)'D', (byte)'F') || StartsWith(bytes, start, (byte)'G', (byte)'I', (byte)'F', (byte)'8'))
            return null; // an image or a PDF renamed .csv
        try
        {
            return Utf8Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes, start, bytes.Length - start);
        }
    }

    private static bool StartsWith(byte[] bytes, int start, params byte[] magic) =>
        bytes.Length - start >= magic.Length && bytes.AsSpan(start, magic.Length).SequenceEqual(magic);

    internal static IReadOnlyList<InvitationRow> CsvRows(string text)
    {
        var separator = Separator(text);
        var rows = new List<InvitationRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, rowLine = 1;
        var quoted = false;
        void EndRow()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            if (cells.Any(c => c.Trim().Length > 0))
            {
                rows.Add(new InvitationRow(rowLine, [.. cells.Select(c => c.Trim())]));
                if (rows.Count > MaxLines + 1) throw TooMany();
            }
            cells = [];
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; cell.Append(c); }
                continue;
            }
            if (c == '"' && cell.ToString().Trim().Length == 0) { cell.Clear(); quoted = true; }
            else if (c == separator) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') continue;
            else if (c == '\n') { EndRow(); line++; rowLine = line; }
            else cell.Append(c);
        }
        EndRow();
        return rows;
    }

    /// <summary>The separator of the first non-blank line: the most frequent of ';', ',' and tab outside quotes.</summary>
    private static char Separator(string text)
    {
        var first = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        int semi = 0, comma = 0, tab = 0;
        var quoted = false;
        foreach (var c in first)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ';') semi++;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == '\t') tab++;
        }
        return tab > semi && tab > comma ? '\t' : semi >= comma && semi > 0 ? ';' : ',';
    }

    private static IReadOnlyList<InvitationRow> XlsxRows(byte[] bytes)
    {
        RefuseInflatingTooMuch(bytes);
        try
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var workbook = doc.WorkbookPart ?? throw Unsupported();
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Unsupported();
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<InvitationRow>();
            var data = part.Worksheet.GetFirstChild<SheetData>();
            foreach (var row in data?.Elements<Row>() ?? [])
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(Text(cell, shared).Trim());
                }
                if (cells.All(c => c.Length == 0)) continue;
                rows.Add(new InvitationRow((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), cells));
                if (rows.Count > MaxLines + 1) throw TooMany();
            }
            return rows;
        }
        catch (Exception e) when (e is not ApiProblemException and not OperationCanceledException)
        {
            throw Unsupported(); // a ZIP that is not a workbook, or a damaged one
        }
    }

    // The sizes the ZIP declares are the ones the reader holds each part to (System.IO.Compression stops a part that
    // inflates past its declared length), so summing them bounds what opening the workbook can cost.
    private static void RefuseInflatingTooMuch(byte[] bytes)
    {
        long inflated = 0;
        var parts = 0;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                parts++;
                inflated += entry.Length;
            }
        }
        catch (InvalidDataException)
        {
            throw Unsupported();
        }
        if (parts > MaxParts || inflated > MaxInflatedBytes)
            throw new ApiProblemException(413, "FILE_TOO_LARGE", "Requête trop volumineuse.",
                "Ce classeur décompressé dépasse 50 Mo : enregistrez la liste seule (SIREN, nom, courriel) en CSV ou dans un classeur plus petit.");
    }

    private static string Text(Cell cell, IReadOnlyList<string> shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        // A SIREN typed as a number: "214401093", never "2.14401093E8".
        if (cell.DataType is null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == Math.Floor(n) && Math.Abs(n) < 1e15)
            return n.ToString("0", CultureInfo.InvariantCulture);
        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(0, index - 1);
    }
}
