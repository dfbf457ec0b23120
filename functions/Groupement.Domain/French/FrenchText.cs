namespace Groupement.Domain.French;

/// <summary>Text folding for matching French: one output char per input char, so positions stay valid.</summary>
public static class FrenchText
{
    /// <summary>Lower-cases, removes accents, unifies apostrophes, dashes and spaces; keeps the length.</summary>
    public static string Fold(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = FoldChar(text[i]);
        }
        return new string(chars);
    }

    public static char FoldChar(char c)
    {
        c = char.ToLowerInvariant(c);
        return c switch
        {
            'à' or 'â' or 'ä' or 'á' or 'ã' or 'å' or 'æ' => 'a',
            'é' or 'è' or 'ê' or 'ë' => 'e',
            'î' or 'ï' or 'í' or 'ì' => 'i',
            'ô' or 'ö' or 'ó' or 'ò' or 'õ' or 'œ' => 'o',
            'ù' or 'û' or 'ü' or 'ú' => 'u',
            'ç' => 'c',
            'ÿ' => 'y',
            'ñ' => 'n',
            '’' or '‘' or '`' or '´' or 'ʼ' or '′' => '\'',
            '–' or '—' or '‑' or '‐' or '−' or '‒' => '-',
            '\u00a0' or '\u202f' or '\u2009' or '\u2007' or '\r' or '\f' or '\v' => ' ',
            '…' => '.',
            '«' or '»' or '“' or '”' => '"',
            _ => c,
        };
    }

    /// <summary>Collapses whitespace and trims; for display of extracted fragments.</summary>
    public static string Squeeze(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static readonly HashSet<string> LowerWords = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "les", "sur", "sous", "en", "et", "aux", "au", "lès", "lez", "d", "l", "à",
    };

    /// <summary>"SAINT-MARTIN-DU-BOIS" → "Saint-Martin-du-Bois"; text with lower-case letters is kept as is.</summary>
    public static string TitleCaseIfShouting(string text)
    {
        if (text.Any(char.IsLower))
        {
            return text;
        }
        var sb = new System.Text.StringBuilder(text.Length);
        var word = new System.Text.StringBuilder();
        var first = true;
        void Flush()
        {
            if (word.Length == 0) return;
            var w = word.ToString().ToLowerInvariant();
            sb.Append(!first && LowerWords.Contains(w) ? w : char.ToUpperInvariant(w[0]) + w[1..]);
            first = false;
            word.Clear();
        }
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                word.Append(c);
            }
            else
            {
                Flush();
                sb.Append(c);
            }
        }
        Flush();
        return sb.ToString();
    }
}
