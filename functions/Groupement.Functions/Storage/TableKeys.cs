using System.Globalization;
using System.Text;

namespace Groupement.Functions.Storage;

/// <summary>Makes any string safe as a PartitionKey or RowKey (no / \ # ? or control characters), reversibly.</summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
                sb.Append('%').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>An OData string literal for a filter (single quotes doubled).</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
