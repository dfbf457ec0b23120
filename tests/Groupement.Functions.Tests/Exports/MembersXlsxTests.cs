using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Groupement.Functions.Exports;

namespace Groupement.Functions.Tests.Exports;

public class MembersXlsxTests
{
    [Fact]
    public void The_workbook_reads_back_with_headers_needs_and_a_sum_of_accounts()
    {
        var bytes = MembersXlsx.Render(ExportSamples.Members());

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = Assert.Single(doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal(MembersXlsx.SheetName, sheet.Name?.Value);
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!.Value!);
        var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(MembersTable.Headers, rows[0].Elements<Cell>().Select(Text));
        Assert.Equal("Commune d'Angers", Text(rows[1].Elements<Cell>().ElementAt(1)));
        var accounts = rows[1..4].Select(r => r.Elements<Cell>().ElementAt(MembersTable.AccountsColumn)).ToList();
        Assert.All(accounts, c => Assert.Equal(CellValues.Number, c.DataType!.Value));
        Assert.Equal(["120", "40", "10"], accounts.Select(c => c.CellValue!.Text));
        var total = rows[4].Elements<Cell>().ElementAt(MembersTable.AccountsColumn);
        Assert.Equal("SUM(J2:J4)", total.CellFormula!.Text);
        Assert.Equal("170", total.CellValue!.Text);
        Assert.Equal("Total", Text(rows[4].Elements<Cell>().First()));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(9, "J")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    public void Column_letters(int index, string letters) => Assert.Equal(letters, MembersXlsx.Column(index));

    private static string Text(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
}
