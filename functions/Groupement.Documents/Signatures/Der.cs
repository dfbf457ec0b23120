namespace Groupement.Documents;

internal static class Der
{
    /// <summary>The first DER element (a SEQUENCE), without the zero padding that fills the /Contents placeholder.</summary>
    public static byte[]? TrimToFirstElement(byte[] der)
    {
        if (der.Length < 2 || der[0] != 0x30) return null;
        long length;
        var headerLength = 2;
        if (der[1] < 0x80)
        {
            length = der[1];
        }
        else
        {
            var n = der[1] & 0x7F;
            if (n is 0 or > 4 || der.Length < 2 + n) return null;
            length = 0;
            for (var i = 0; i < n; i++) length = length << 8 | der[2 + i];
            headerLength += n;
        }
        var total = headerLength + length;
        return total > der.Length ? null : der[..(int)total];
    }
}
