namespace Groupement.Documents;

internal static class Hex
{
    /// <summary>Decodes hex digits, ignoring white space; an odd final digit is followed by 0 (ISO 32000-1 §7.3.4.3).</summary>
    public static byte[]? TryDecode(ReadOnlySpan<byte> hex)
    {
        var output = new byte[(hex.Length + 1) / 2];
        var count = 0;
        var high = -1;
        foreach (var ch in hex)
        {
            if (ch is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0) continue;
            var v = ch switch
            {
                >= (byte)'0' and <= (byte)'9' => ch - '0',
                >= (byte)'a' and <= (byte)'f' => ch - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => ch - 'A' + 10,
                _ => -1,
            };
            if (v < 0) return null;
            if (high < 0)
            {
                high = v;
            }
            else
            {
                output[count++] = (byte)(high << 4 | v);
                high = -1;
            }
        }
        if (high >= 0) output[count++] = (byte)(high << 4);
        return output[..count];
    }
}
