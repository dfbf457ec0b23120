using System.Globalization;
using System.Text;

namespace Groupement.Functions.Exports;

/// <summary>
/// <c>members.csv</c> for Excel in French: UTF-8 with BOM, ';' separators, CRLF, RFC 4180 quoting, and cells that
/// would start a formula (= + - @) prefixed with an apostrophe (CSV injection).
/// </summary>
public static class MembersCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Render(IEnumerable<EnrolledMember> members)
    {
        using var ms = new MemoryStream();
        Write(ms, members);
        return ms.ToArray();
    }

    public static void Write(Stream output, IEnumerable<EnrolledMember> members)
    {
        var list = members.ToList();
        using var w = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        WriteRow(w, MembersTable.Headers);
        foreach (var row in MembersTable.Rows(list)) WriteRow(w, row);
        WriteRow(w, MembersTable.Totals(list));
    }

    private static void WriteRow(StreamWriter w, IEnumerable<object?> cells)
    {
        w.Write(string.Join(';', cells.Select(Cell)));
        w.Write("\r\n");
    }

    internal static string Cell(object? value)
    {
        var s = value switch
        {
            null => "",
            int i => i.ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        if (value is string && s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r') s = "'" + s;
        return s.IndexOfAny([';', '"', '\r', '\n']) >= 0 || (s.Length > 0 && (s[0] == ' ' || s[^1] == ' '))
            ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : s;
    }
}
