using System.Text;
using Groupement.Domain.Acts;

namespace Groupement.Domain.Tests.Acts;

public sealed class ArMessageParserTests
{
    private const string Ns = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216";

    private static byte[] Latin1(string xml) => Encoding.Latin1.GetBytes(xml);

    [Fact]
    public void An_ARActe_in_ISO_8859_1_gives_the_identifier_the_reception_date_and_the_act()
    {
        var xml = Latin1($"""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <actes:ARActe xmlns:actes="{Ns}" actes:IDActe="049-214900078-20260310-2026_045-DE" actes:DateReception="2026-03-12">
              <actes:ActeRecu actes:Date="2026-03-10" actes:NumeroInterne="2026_045" actes:CodeNatureActe="1">
                <actes:CodeMatiere1 actes:CodeMatiere="1"/>
                <actes:CodeMatiere2 actes:CodeMatiere="4"/>
                <actes:Objet>Adhésion au groupement de commandes e-primo : écoles</actes:Objet>
              </actes:ActeRecu>
            </actes:ARActe>
            """);

        var result = ArMessageParser.Parse(xml);

        Assert.True(result.IsSuccess, result.ErrorMessage);
        var m = result.Message!;
        Assert.Equal(ArMessageKind.Ar, m.Kind);
        Assert.Equal("049-214900078-20260310-2026_045-DE", m.ActId!.ToString());
        Assert.Equal(new DateOnly(2026, 3, 12), m.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 3, 10), m.DecisionDate);
        Assert.Equal(1, m.NatureCode);
        Assert.Equal("Adhésion au groupement de commandes e-primo : écoles", m.Objet);
    }

    [Fact]
    public void An_AnomalieActe_gives_its_reason_and_no_identifier()
    {
        var xml = Latin1($"""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <actes:AnomalieActe xmlns:actes="{Ns}">
              <actes:Date>2026-03-12</actes:Date>
              <actes:Nature>002</actes:Nature>
              <actes:Detail>ODT-VERIF-01 : date de classification pas à jour</actes:Detail>
              <actes:ActeRecu actes:Date="2026-03-10" actes:NumeroInterne="2026_045" actes:CodeNatureActe="1"/>
            </actes:AnomalieActe>
            """);

        var m = ArMessageParser.Parse(xml).Message!;

        Assert.Equal(ArMessageKind.Anomalie, m.Kind);
        Assert.Null(m.ActId);
        Assert.Equal("002", m.AnomalyNature);
        Assert.Equal("ODT-VERIF-01 : date de classification pas à jour", m.AnomalyReason);
        Assert.Equal(new DateOnly(2026, 3, 12), m.AnomalyDate);
    }

    [Fact]
    public void A_DTD_is_refused_so_entities_cannot_expand_or_reach_files()
    {
        var xml = Encoding.UTF8.GetBytes($"""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <actes:ARActe xmlns:actes="{Ns}" actes:IDActe="049-214900078-20260310-1-DE" actes:DateReception="2026-03-12">&xxe;</actes:ARActe>
            """);

        var result = ArMessageParser.Parse(xml);

        Assert.False(result.IsSuccess);
        Assert.Equal(ArMessageParser.InvalidXml, result.ErrorCode);
    }

    [Theory]
    [InlineData("not xml")]
    [InlineData("<ARActe IDActe=\"049-214900078-20260310-1-DE\" DateReception=\"2026-03-12\"/>")]
    [InlineData("<actes:CourrierSimple xmlns:actes=\"" + Ns + "\" actes:IDActe=\"049-214900078-20260310-1-DE\" actes:DateCourrierPref=\"2026-03-12\"/>")]
    [InlineData("<actes:ARActe xmlns:actes=\"" + Ns + "\" actes:IDActe=\"049-214900078-20260310-1-DE\"/>")]
    [InlineData("<actes:ARActe xmlns:actes=\"" + Ns + "\" actes:IDActe=\"049-214900078-20260310-1-DE\" actes:DateReception=\"12/03/2026\"/>")]
    public void Other_or_incomplete_messages_are_INVALID_AR_XML(string xml)
    {
        var result = ArMessageParser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.False(result.IsSuccess);
        Assert.Equal(ArMessageParser.InvalidXml, result.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(result.ErrorMessage));
    }

    [Fact]
    public void A_malformed_identifier_is_INVALID_ACT_ID()
    {
        var result = ArMessageParser.Parse(Encoding.UTF8.GetBytes($"<actes:ARActe xmlns:actes=\"{Ns}\" actes:IDActe=\"49-1-2-3-DE\" actes:DateReception=\"2026-03-12\"/>"));

        Assert.Equal(ArMessageParser.InvalidActId, result.ErrorCode);
    }

    [Fact]
    public void A_message_over_one_megabyte_is_refused_before_parsing()
    {
        var padding = new string(' ', ArMessageParser.MaxBytes);
        var result = ArMessageParser.Parse(Encoding.UTF8.GetBytes($"<actes:ARActe xmlns:actes=\"{Ns}\">{padding}</actes:ARActe>"));

        Assert.Equal(ArMessageParser.InvalidXml, result.ErrorCode);
        Assert.Contains("taille", result.ErrorMessage, StringComparison.Ordinal);
    }
}
