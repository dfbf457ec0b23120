using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Groupement.Functions.Exports;

/// <summary><c>members.xlsx</c>: one sheet "Membres", a header row, one row per need, a totals row with a SUM formula.</summary>
public static class MembersXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "Membres";

    public static byte[] Render(IEnumerable<EnrolledMember> members)
    {
        using var ms = new MemoryStream();
        Write(ms, members);
        return ms.ToArray();
    }

    public static void Write(Stream output, IEnumerable<EnrolledMember> members)
    {
        var list = members.ToList();
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 1;
        data.Append(Row(r++, MembersTable.Headers));
        foreach (var row in MembersTable.Rows(list)) data.Append(Row(r++, row));
        var totals = Row(r, MembersTable.Totals(list));
        var sumCell = totals.Elements<Cell>().ElementAt(MembersTable.AccountsColumn);
        sumCell.CellFormula = new CellFormula($"SUM({Column(MembersTable.AccountsColumn)}2:{Column(MembersTable.AccountsColumn)}{r - 1})");
        data.Append(totals);
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, IEnumerable<object?> cells)
    {
        var row = new Row { RowIndex = index };
        var c = 0;
        foreach (var value in cells)
        {
            var reference = Column(c++) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(value switch
            {
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                null => new Cell { CellReference = reference },
                _ => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }
        return row;
    }

    internal static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + ((index - 1) % 26)) + name;
        return name;
    }
}
