using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Groupement.Domain.Acts;

/// <summary>Reads ACTES prefecture answers (ARActe, AnomalieActe, AnomalieEnveloppe), safely: no DTD, no resolver, size-capped.</summary>
public static class ArMessageParser
{
    public const string ActesNamespace = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216";
    public const int MaxBytes = 1024 * 1024;
    public const string InvalidXml = "INVALID_AR_XML";
    public const string InvalidActId = "INVALID_ACT_ID";

    public static ArParseResult Parse(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxBytes)
        {
            return ArParseResult.Fail(InvalidXml, $"Le message ACTES dépasse la taille admise ({MaxBytes / 1024} Kio).");
        }
        using var stream = new MemoryStream(xml, writable: false);
        return Parse(stream);
    }

    public static ArParseResult Parse(Stream stream)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxBytes,
                MaxCharactersFromEntities = 0,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var reader = XmlReader.Create(stream, settings);
            doc = XDocument.Load(reader, LoadOptions.None);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return ArParseResult.Fail(InvalidXml, "Le message ACTES n'est pas un XML lisible : " + e.Message);
        }
        var root = doc.Root!;
        if (root.Name.NamespaceName != ActesNamespace)
        {
            return ArParseResult.Fail(InvalidXml, $"L'élément racine « {root.Name.LocalName} » n'est pas dans l'espace de noms ACTES.");
        }
        return root.Name.LocalName switch
        {
            "ARActe" => ReadAr(root),
            "AnomalieActe" or "AnomalieEnveloppe" => ReadAnomaly(root),
            var other => ArParseResult.Fail(InvalidXml,
                $"Le message ACTES « {other} » n'est ni un accusé de réception (ARActe) ni une anomalie (AnomalieActe)."),
        };
    }

    private static ArParseResult ReadAr(XElement root)
    {
        var idText = Attr(root, "IDActe");
        var receivedText = Attr(root, "DateReception");
        if (idText is null || receivedText is null)
        {
            return ArParseResult.Fail(InvalidXml, "L'accusé de réception ne porte pas IDActe et DateReception.");
        }
        if (!ActId.TryParse(idText, out var actId, out var error))
        {
            return ArParseResult.Fail(InvalidActId, error!);
        }
        var received = ReadDate(receivedText);
        if (received is null)
        {
            return ArParseResult.Fail(InvalidXml, $"La date de réception « {receivedText} » n'est pas une date.");
        }
        var acte = Child(root, "ActeRecu");
        return ArParseResult.Ok(new ArMessage(ArMessageKind.Ar, root.Name.LocalName, actId, received,
            ReadDate(Attr(acte, "Date")), Attr(acte, "NumeroInterne"), ReadInt(Attr(acte, "CodeNatureActe")),
            Child(acte, "Objet")?.Value, null, null, null));
    }

    private static ArParseResult ReadAnomaly(XElement root)
    {
        var acte = Child(root, "ActeRecu");
        return ArParseResult.Ok(new ArMessage(ArMessageKind.Anomalie, root.Name.LocalName, null, null,
            ReadDate(Attr(acte, "Date")), Attr(acte, "NumeroInterne"), ReadInt(Attr(acte, "CodeNatureActe")),
            Child(acte, "Objet")?.Value, ReadDate(Child(root, "Date")?.Value), Child(root, "Nature")?.Value.Trim(),
            Child(root, "Detail")?.Value.Trim()));
    }

    private static XElement? Child(XElement? parent, string name) =>
        parent?.Element(XName.Get(name, ActesNamespace)) ?? parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    // The schema qualifies attributes (actes:IDActe); accept unqualified ones too.
    private static string? Attr(XElement? element, string name) =>
        element?.Attribute(XName.Get(name, ActesNamespace))?.Value ?? element?.Attribute(name)?.Value;

    private static DateOnly? ReadDate(string? text)
    {
        if (text is null) return null;
        var t = text.Trim();
        if (t.Length > 10) t = t[..10]; // xsd:date may carry a zone: 2018-05-28+02:00
        return DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static int? ReadInt(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
