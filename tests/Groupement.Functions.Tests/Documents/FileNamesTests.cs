using Groupement.Functions.Documents;

namespace Groupement.Functions.Tests.Documents;

public class FileNamesTests
{
    [Theory]
    [InlineData("Délibération n°12.pdf", "Deliberation-n12.pdf")]
    [InlineData("/etc/passwd", "passwd.pdf")]
    [InlineData("..\\..\\boot.ini", "boot.ini.pdf")]
    [InlineData("a\u0000b\r\nc.PDF", "abc.pdf")]
    [InlineData("...", "deliberation.pdf")]
    [InlineData(null, "deliberation.pdf")]
    [InlineData("convention signée (v2) .pdf", "convention-signee-v2.pdf")]
    public void Names_keep_a_safe_subset_and_end_in_pdf(string? original, string expected) =>
        Assert.Equal(expected, FileNames.Sanitize(original, "deliberation"));

    [Fact]
    public void Names_are_cut_to_the_maximum_length()
    {
        var name = FileNames.Sanitize(new string('a', 500) + ".pdf", "x", maxLength: 100);
        Assert.Equal(100, name.Length);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }
}
