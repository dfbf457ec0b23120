using System.Globalization;
using System.Text;

namespace Groupement.Documents;

/// <summary>Parses Tesseract's TSV output (level 5 rows are words, with a confidence 0–100) into lines of text.</summary>
internal static class TesseractTsv
{
    /// <summary>A gap wider than this many line heights between two words is a column or tab stop: kept as a tab.</summary>
    private const double TabGap = 2.5;

    public static (string Text, double Confidence, int Words) Parse(string tsv)
    {
        var lines = new List<List<Word>>();
        var keys = new Dictionary<(int Block, int Par, int Line), int>();
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || cells[0] != "5") continue;
            var text = cells[11].Trim();
            if (text.Length == 0) continue;
            if (!TryInt(cells[2], out var block) || !TryInt(cells[3], out var par) || !TryInt(cells[4], out var line)) continue;
            TryInt(cells[6], out var left);
            TryInt(cells[8], out var width);
            TryInt(cells[9], out var height);
            var conf = double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : -1;
            if (!keys.TryGetValue((block, par, line), out var index))
            {
                index = lines.Count;
                keys[(block, par, line)] = index;
                lines.Add([]);
            }
            lines[index].Add(new Word(text, left, width, height, conf));
        }
        var sb = new StringBuilder();
        var confidences = new List<double>();
        foreach (var line in lines)
        {
            var lineHeight = Math.Max(1, line.Max(w => w.Height));
            Word? previous = null;
            foreach (var word in line.OrderBy(w => w.Left))
            {
                if (previous is not null)
                {
                    sb.Append(word.Left - (previous.Left + previous.Width) > lineHeight * TabGap ? '\t' : ' ');
                }
                sb.Append(word.Text);
                if (word.Confidence >= 0) confidences.Add(Math.Clamp(word.Confidence / 100.0, 0, 1));
                previous = word;
            }
            sb.Append('\n');
        }
        var mean = confidences.Count == 0 ? 0 : confidences.Average();
        return (sb.ToString(), mean, confidences.Count);
    }

    private static bool TryInt(string s, out int value) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private sealed record Word(string Text, int Left, int Width, int Height, double Confidence);
}
