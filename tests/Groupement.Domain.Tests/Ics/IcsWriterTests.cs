using System.Text;
using Groupement.Domain.Ics;

namespace Groupement.Domain.Tests.Ics;

public class IcsWriterTests
{
    [Theory]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\nb")]
    [InlineData("a\rb", @"a\nb")]
    [InlineData("a:b \"c\"", "a:b \"c\"")]
    public void Text_values_are_escaped(string value, string expected)
    {
        Assert.Equal(expected, IcsWriter.Escape(value));
    }

    [Fact]
    public void Lines_end_with_CRLF_and_no_bare_LF_remains()
    {
        var text = new IcsWriter().Text("SUMMARY", "ligne 1\nligne 2").Raw("END", "VEVENT").ToString();
        Assert.Equal("SUMMARY:ligne 1\\nligne 2\r\nEND:VEVENT\r\n", text);
    }

    [Fact]
    public void Long_lines_are_folded_at_75_octets_with_a_leading_space()
    {
        var value = new string('x', 200);
        var text = new IcsWriter().Text("DESCRIPTION", value).ToString();
        var lines = text.Split("\r\n")[..^1];
        Assert.True(lines.Length > 2);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Equal(75, lines[0].Length);
        Assert.All(lines[1..], l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal("DESCRIPTION:" + value, string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Fact]
    public void Folding_never_splits_a_multi_byte_character()
    {
        var value = string.Concat(Enumerable.Repeat("é€😀", 40));
        var text = new IcsWriter().Text("SUMMARY", value).ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var line in Split(bytes))
        {
            Assert.True(line.Length <= 75);
            _ = strict.GetString(line); // throws if a sequence was cut
        }
        Assert.Equal("SUMMARY:" + value, text.Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd('\r', '\n'));
    }

    private static IEnumerable<byte[]> Split(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                yield return bytes[start..i];
                start = i + 2;
            }
        }
    }

    [Fact]
    public void Dates_and_instants_use_the_RFC_5545_forms()
    {
        var text = new IcsWriter()
            .Date("DTSTART", new DateOnly(2026, 1, 24))
            .Utc("DTSTAMP", new DateTimeOffset(2026, 1, 10, 7, 5, 3, TimeSpan.FromHours(1)))
            .ToString();
        Assert.Equal("DTSTART;VALUE=DATE:20260124\r\nDTSTAMP:20260110T060503Z\r\n", text);
    }
}
