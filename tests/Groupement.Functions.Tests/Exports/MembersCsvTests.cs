using System.Text;
using Groupement.Functions.Exports;

namespace Groupement.Functions.Tests.Exports;

public class MembersCsvTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void The_csv_opens_in_french_excel_with_one_row_per_need_and_a_totals_row()
    {
        var bytes = MembersCsv.Render(ExportSamples.Members());

        Assert.Equal(Bom, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("", lines[^1]); // ends with CRLF
        Assert.Equal(string.Join(';', MembersTable.Headers), lines[0]);
        Assert.StartsWith("214901159;Commune d'Angers;commune;49007;Jeanne Martin;", lines[1], StringComparison.Ordinal); // sorted by name
        Assert.Contains(";\"École \"\"Les Tilleuls\"\"; site B\";0490002L;40;2026-03-05;", lines[2], StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"x\"\")\";;10;", lines[3], StringComparison.Ordinal); // formula neutralised
        Assert.Equal("Total;2 membres;;;;;;3 écoles;;170;;;", lines[4]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void No_enrolled_member_gives_headers_and_a_zero_total() =>
        Assert.EndsWith("Total;0 membre;;;;;;0 école;;0;;;\r\n", Encoding.UTF8.GetString(MembersCsv.Render([])), StringComparison.Ordinal);
}
