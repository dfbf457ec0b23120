using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Groupement.Functions.Tests.Workflow;

namespace Groupement.Functions.Tests.Console;

/// <summary>Invitations from a CSV or XLSX file: a preview with each line's errors, an all-or-nothing import, a resend.</summary>
public sealed class InvitationImportTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    private static HttpContent Bytes(byte[] bytes, string contentType)
    {
        var c = new ByteArrayContent(bytes);
        c.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return c;
    }

    private static HttpContent CsvBytes(string text, Encoding encoding, bool bom) =>
        Bytes([.. (bom ? encoding.GetPreamble() : []), .. encoding.GetBytes(text)], "text/csv");

    private Task<HttpResponseMessage> PreviewAsync(TestGroupement g, HttpContent content) =>
        _api.As(g.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations/preview", content);

    private static IReadOnlyList<JsonElement> Lines(JsonElement json) => [.. json.GetProperty("lines").EnumerateArray()];

    private static IEnumerable<string> Codes(JsonElement line) => line.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!);

    [Fact]
    public async Task A_preview_flags_each_bad_line_and_sends_nothing()
    {
        var g = await _api.CreateGroupementAsync();
        var (a, b) = (Sirens.NewCommune(), Sirens.NewCommune());
        var text = $"SIREN;Nom;Courriel\r\n{a};Commune des Aulnes;aulnes@mairie.test\r\n123456789;Commune Fausse;fausse@mairie.test\r\n"
            + $"{a[..3]} {a[3..6]} {a[6..]};Commune des Aulnes bis;aulnes2@mairie.test\r\n{b};;pas-une-adresse\r\n\r\n";
        var r = await PreviewAsync(g, CsvBytes(text, Encoding.UTF8, bom: true));
        var json = await WorkflowApi.JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.OK, json.ToString());
        Assert.Equal(1, json.GetProperty("valid").GetInt32());
        Assert.Equal(3, json.GetProperty("invalid").GetInt32());
        var lines = Lines(json);
        Assert.Equal([2, 3, 4, 5], lines.Select(l => l.GetProperty("line").GetInt32()));
        Assert.True(lines[0].GetProperty("ok").GetBoolean());
        Assert.Equal(a, lines[0].GetProperty("siren").GetString());
        Assert.Equal(["INVALID_SIREN"], Codes(lines[1]));
        Assert.Equal(["DUPLICATE_LINE"], Codes(lines[2]));
        Assert.Contains("ligne 2", lines[2].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(["NAME_REQUIRED", "INVALID_EMAIL"], Codes(lines[3]));
        Assert.Equal(["name", "email"], lines[3].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.DoesNotContain(Outbox.All(host.Outbox), m => Outbox.IsTo(m, "aulnes@mairie.test"));
        var groupement = await ConsoleApi.GetJsonAsync(_api, g.CoordinatorKey, $"/api/groupements/{g.Id}");
        Assert.Equal(0, groupement.GetProperty("invitations").GetProperty("invited").GetInt32());
    }

    [Fact]
    public async Task Comma_separated_without_header_in_windows_1252_and_an_xlsx_are_read()
    {
        var g = await _api.CreateGroupementAsync();
        var (a, b) = (Sirens.NewCommune(), Sirens.NewCommune());
        var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var csv = await WorkflowApi.JsonAsync(await PreviewAsync(g, CsvBytes($"{a},\"Commune de Brissac, Loire-Aubance\",brissac@mairie.test\n{b},Commune d'Écouflant,ecouflant@mairie.test\n", cp1252, bom: false)));
        Assert.Equal(2, csv.GetProperty("valid").GetInt32());
        Assert.Equal("Commune de Brissac, Loire-Aubance", Lines(csv)[0].GetProperty("name").GetString());
        Assert.Equal("Commune d'Écouflant", Lines(csv)[1].GetProperty("name").GetString());
        Assert.Equal(1, Lines(csv)[0].GetProperty("line").GetInt32());

        var xlsx = Xlsx(["Courriel", "SIREN", "Name"], [$"ecouflant@mairie.test", long.Parse(b), "Commune d'Écouflant"], ["brissac@mairie.test", long.Parse(a), "Commune de Brissac"]);
        using var form = new MultipartFormDataContent { { Bytes(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "file", "membres.xlsx" } };
        var fromXlsx = await WorkflowApi.JsonAsync(await PreviewAsync(g, form));
        Assert.Equal(2, fromXlsx.GetProperty("valid").GetInt32());
        Assert.Equal(b, Lines(fromXlsx)[0].GetProperty("siren").GetString());
        Assert.Equal("Commune d'Écouflant", Lines(fromXlsx)[0].GetProperty("name").GetString());
        Assert.Equal(2, Lines(fromXlsx)[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task An_import_with_one_bad_line_is_refused_whole_and_a_good_one_invites_everyone()
    {
        var g = await _api.CreateGroupementAsync();
        var (a, b) = (Sirens.NewCommune(), Sirens.NewCommune());
        var (ea, eb) = ($"a-{Guid.NewGuid():N}@mairie.test", $"b-{Guid.NewGuid():N}@mairie.test");
        var bad = await _api.As(g.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations",
            CsvBytes($"siren;nom;email\n{a};Commune A;{ea}\n000000000;Commune B;{eb}\n", Encoding.UTF8, false));
        var problem = await WorkflowApi.AssertProblemAsync(bad, 422, "INVITATIONS_INVALID");
        Assert.Equal(1, problem.GetProperty("invalid").GetInt32());
        Assert.Equal(["INVALID_SIREN"], Codes(Lines(problem)[1]));
        await Task.Delay(300);
        Assert.Empty(Outbox.Of(host.Outbox, ea, "invitation"));

        var good = await _api.As(g.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations",
            CsvBytes($"siren;nom;email\n{a};Commune A;{ea}\n{b};Commune B;{eb}\n", Encoding.UTF8, false));
        var answer = await WorkflowApi.JsonAsync(good);
        Assert.True(good.StatusCode == HttpStatusCode.Accepted, answer.ToString());
        Assert.Equal(2, answer.GetProperty("invited").GetInt32());
        await Outbox.WaitForAsync(host.Outbox, ea, "invitation");
        await Outbox.WaitForAsync(host.Outbox, eb, "invitation");

        var again = await WorkflowApi.JsonAsync(await PreviewAsync(g, CsvBytes($"{a};Commune A;{ea}\n", Encoding.UTF8, false)));
        Assert.Equal(["ALREADY_INVITED"], Codes(Lines(again)[0]));

        var resend = await _api.As(g.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations/{a}/resend", null);
        var resent = await WorkflowApi.JsonAsync(resend);
        Assert.True(resend.StatusCode == HttpStatusCode.Accepted, resent.ToString());
        Assert.Equal("sent", resent.GetProperty("status").GetString());
        var deadline = DateTime.UtcNow + WorkflowApi.Patience;
        while (Outbox.Of(host.Outbox, ea, "invitation").Count < 2 && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(2, Outbox.Of(host.Outbox, ea, "invitation").Count);
        await WorkflowApi.AssertProblemAsync(await _api.As(g.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations/{a}/resend", null), 409, "RESEND_TOO_SOON");
        await WorkflowApi.AssertProblemAsync(await _api.As(g.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations/{Sirens.NewCommune()}/resend", null), 404, "INVITATION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.As(null).PostAsync($"/api/groupements/{g.Id}/invitations/{a}/resend", null), 401, "UNAUTHORIZED");

        var dashboard = await ConsoleApi.GetJsonAsync(_api, g.CoordinatorKey, $"/api/groupements/{g.Id}/dashboard");
        var waiting = dashboard.GetProperty("invitedNotSubmitted").EnumerateArray().ToList();
        Assert.Equal(2, waiting.Count);
        Assert.Equal(JsonValueKind.String, waiting.Single(w => w.GetProperty("siren").GetString() == a).GetProperty("lastRemindedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, waiting.Single(w => w.GetProperty("siren").GetString() == b).GetProperty("lastRemindedAt").ValueKind);
        host.AssertNoErrors();
    }

    [Fact]
    public async Task A_workbook_that_inflates_past_50_MB_is_refused_before_it_is_opened()
    {
        var g = await _api.CreateGroupementAsync();
        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            await using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++) await sheet.WriteAsync(zeros); // 60 MB of zeros: a few dozen KB once packed
        }
        var bytes = packed.ToArray();
        Assert.True(bytes.Length < 1024 * 1024, $"the bomb should be small once packed ({bytes.Length} bytes)");

        await WorkflowApi.AssertProblemAsync(await PreviewAsync(g, Bytes(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), 413, "FILE_TOO_LARGE");
        await WorkflowApi.AssertProblemAsync(await _api.As(g.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations",
            Bytes(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), 413, "FILE_TOO_LARGE");
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Ten_thousand_lines_a_png_named_csv_and_an_empty_file_are_refused()
    {
        var g = await _api.CreateGroupementAsync();
        var big = new StringBuilder("siren;nom;email\n");
        for (var i = 0; i < 10_000; i++) big.Append(Sirens.WithKey("21" + i.ToString("D6"))).Append(";Commune ").Append(i).Append(";m").Append(i).Append("@mairie.test\n");
        await WorkflowApi.AssertProblemAsync(await PreviewAsync(g, CsvBytes(big.ToString(), Encoding.UTF8, false)), 422, "TOO_MANY_LINES");
        await WorkflowApi.AssertProblemAsync(await _api.As(g.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations",
            CsvBytes(big.ToString(), Encoding.UTF8, false)), 422, "TOO_MANY_LINES");

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
        using var form = new MultipartFormDataContent { { Bytes(png, "text/csv"), "file", "membres.csv" } };
        await WorkflowApi.AssertProblemAsync(await PreviewAsync(g, form), 415, "UNSUPPORTED_FILE");
        await WorkflowApi.AssertProblemAsync(await _api.As(g.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations", Bytes(png, "image/png")), 415, "UNSUPPORTED_FILE");
        await WorkflowApi.AssertProblemAsync(await PreviewAsync(g, Bytes([0x50, 0x4B, 3, 4, 1, 2, 3], "application/zip")), 415, "UNSUPPORTED_FILE");
        await WorkflowApi.AssertProblemAsync(await PreviewAsync(g, CsvBytes("\n\n", Encoding.UTF8, false)), 422, "EMPTY_FILE");
        await WorkflowApi.AssertProblemAsync(await PreviewAsync(g, CsvBytes("siren;commune\n214901159;Angers\n", Encoding.UTF8, false)), 422, "MISSING_COLUMNS");
        using var noFile = new MultipartFormDataContent { { new StringContent("x"), "autre" } };
        await WorkflowApi.AssertProblemAsync(await PreviewAsync(g, noFile), 400, "FILE_MISSING");
        var other = await _api.CreateGroupementAsync();
        await WorkflowApi.AssertProblemAsync(await _api.As(other.CoordinatorKey).PostAsync($"/api/groupements/{g.Id}/invitations/preview",
            CsvBytes("214901159;Angers;a@b.test\n", Encoding.UTF8, false)), 404, "GROUPEMENT_NOT_FOUND");
        host.AssertNoErrors();
    }

    /// <summary>A one-sheet workbook: inline strings, numbers as numbers (a SIREN typed in a cell).</summary>
    private static byte[] Xlsx(params object[][] rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            foreach (var row in rows)
            {
                var x = new Row { RowIndex = r };
                var col = 0;
                foreach (var v in row)
                {
                    var reference = (char)('A' + col++) + r.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    x.Append(v is long n
                        ? new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(System.Globalization.CultureInfo.InvariantCulture)) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)v)) });
                }
                data.Append(x);
                r++;
            }
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Membres" }));
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }
}
