using System.Text;

namespace Groupement.Documents;

/// <summary>Cheap checks on raw bytes before any parser sees them.</summary>
internal static class PdfBytes
{
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    /// <summary>A French description of what the file is instead, for the message of DOCUMENT_NOT_PDF.</summary>
    public static string DescribeNotPdf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return "Le fichier est vide.";
        string? kind = bytes switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "une image PNG",
            [0xFF, 0xD8, 0xFF, ..] => "une image JPEG",
            [(byte)'G', (byte)'I', (byte)'F', ..] => "une image GIF",
            [(byte)'I', (byte)'I', 0x2A, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2A, ..] => "une image TIFF",
            [(byte)'P', (byte)'K', 0x03, 0x04, ..] => "une archive ZIP (ou un document Word/LibreOffice)",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "un document Office ancien format",
            _ => null,
        };
        return kind is null
            ? "Le fichier n'est pas un PDF (en-tête %PDF absent)."
            : $"Le fichier n'est pas un PDF : c'est {kind}. Déposez le document au format PDF.";
    }

    public static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}
