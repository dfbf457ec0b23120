namespace Groupement.Documents.Tests.Ocr;

public sealed class TesseractTsvTests
{
    private const string Header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    [Fact]
    public void Words_are_joined_into_lines_with_wide_gaps_as_tabs_and_the_confidence_is_their_mean()
    {
        var tsv = Header
            + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t100\t100\t120\t30\t96.5\tPrésents\n"
            + "5\t1\t1\t1\t1\t2\t600\t100\t40\t30\t90.5\t14\n"
            + "5\t1\t1\t1\t2\t1\t100\t150\t80\t30\t80\tVotants\n"
            + "5\t1\t1\t1\t2\t2\t190\t150\t30\t30\t73\t:\n"
            + "5\t1\t1\t1\t2\t3\t230\t150\t40\t30\t-1\t \n";

        var (text, confidence, words) = TesseractTsv.Parse(tsv);

        Assert.Equal("Présents\t14\nVotants :\n", text);
        Assert.Equal(4, words);
        Assert.Equal((0.965 + 0.905 + 0.80 + 0.73) / 4, confidence, 6);
    }

    [Fact]
    public void Lines_of_two_blocks_that_stand_side_by_side_are_one_row()
    {
        // Tesseract put the labels in block 1 and the numbers in block 2.
        var tsv = Header
            + "5\t1\t1\t1\t1\t1\t100\t100\t150\t30\t95\tPrésents\n"
            + "5\t1\t1\t1\t2\t1\t100\t150\t130\t30\t95\tVotants\n"
            + "5\t1\t2\t1\t1\t1\t700\t104\t40\t30\t91\t14\n"
            + "5\t1\t2\t1\t2\t1\t700\t153\t40\t30\t92\t17\n"
            + "5\t1\t3\t1\t1\t1\t100\t220\t400\t30\t90\tObjet\n";

        var (text, _, words) = TesseractTsv.Parse(tsv);

        Assert.Equal("Présents\t14\nVotants\t17\nObjet\n", text);
        Assert.Equal(5, words);
    }

    [Fact]
    public void Empty_output_is_no_text_and_zero_confidence()
    {
        var (text, confidence, words) = TesseractTsv.Parse(Header);

        Assert.Equal("", text);
        Assert.Equal(0, confidence);
        Assert.Equal(0, words);
    }
}
