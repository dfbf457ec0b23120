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
        var units = Units(tsv);
        var sb = new StringBuilder();
        var confidences = new List<double>();
        foreach (var row in Rows(units))
        {
            var words = row.SelectMany(u => u.Words).OrderBy(w => w.Left).ToList();
            var height = Math.Max(1, row.Max(u => u.Bottom - u.Top));
            Word? previous = null;
            foreach (var word in words)
            {
                if (previous is not null) sb.Append(word.Left - (previous.Left + previous.Width) > height * TabGap ? '\t' : ' ');
                sb.Append(word.Text);
                if (word.Confidence >= 0) confidences.Add(Math.Clamp(word.Confidence / 100.0, 0, 1));
                previous = word;
            }
            sb.Append('\n');
        }
        var mean = confidences.Count == 0 ? 0 : confidences.Average();
        return (sb.ToString(), mean, confidences.Count);
    }

    /// <summary>
    /// Tesseract's lines, merged into rows when they stand side by side: its layout analysis often puts the two columns
    /// of a vote table ("Présents" | "14") in separate blocks, which would separate each label from its number.
    /// </summary>
    private static List<List<Unit>> Rows(List<Unit> units)
    {
        var rows = new List<List<Unit>>();
        foreach (var unit in units.OrderBy(u => u.Top))
        {
            var row = rows.FindLast(r => SideBySide(r, unit));
            if (row is null) rows.Add([unit]);
            else row.Add(unit);
        }
        return rows.OrderBy(r => r.Min(u => u.Top)).ToList();
    }

    private static bool SideBySide(List<Unit> row, Unit unit)
    {
        var first = row[0];
        var tolerance = 0.5 * Math.Max(first.Bottom - first.Top, unit.Bottom - unit.Top);
        if (Math.Abs(first.Center - unit.Center) >= tolerance) return false;
        return row.All(u => u.Right <= unit.Left || unit.Right <= u.Left);
    }

    private static List<Unit> Units(string tsv)
    {
        var units = new List<Unit>();
        var keys = new Dictionary<(int Block, int Par, int Line), Unit>();
        foreach (var line in tsv.Split('\n'))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || cells[0] != "5") continue;
            var text = cells[11].Trim();
            if (text.Length == 0) continue;
            if (!TryInt(cells[2], out var block) || !TryInt(cells[3], out var par) || !TryInt(cells[4], out var number)) continue;
            TryInt(cells[6], out var left);
            TryInt(cells[7], out var top);
            TryInt(cells[8], out var width);
            TryInt(cells[9], out var height);
            var conf = double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : -1;
            if (!keys.TryGetValue((block, par, number), out var unit))
            {
                unit = new Unit();
                keys[(block, par, number)] = unit;
                units.Add(unit);
            }
            unit.Add(new Word(text, left, top, width, height, conf));
        }
        return units;
    }

    private static bool TryInt(string s, out int value) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private sealed record Word(string Text, int Left, int Top, int Width, int Height, double Confidence);

    /// <summary>One Tesseract line: its words and their bounding box.</summary>
    private sealed class Unit
    {
        public List<Word> Words { get; } = [];
        public int Left { get; private set; } = int.MaxValue;
        public int Right { get; private set; } = int.MinValue;
        public int Top { get; private set; } = int.MaxValue;
        public int Bottom { get; private set; } = int.MinValue;
        public double Center => (Top + Bottom) / 2.0;

        public void Add(Word word)
        {
            Words.Add(word);
            Left = Math.Min(Left, word.Left);
            Right = Math.Max(Right, word.Left + word.Width);
            Top = Math.Min(Top, word.Top);
            Bottom = Math.Max(Bottom, word.Top + word.Height);
        }
    }
}
