using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>The prefecture's ACTES messages posted as XML: ARActe, AnomalieActe, and what is refused.</summary>
public class PrefectureXmlTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private const string Ns = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216";
    private readonly WorkflowApi _api = new(host);

    private static string ArActe(string actId, DateOnly receivedOn, DateOnly session) => $"""
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <actes:ARActe xmlns:actes="{Ns}" actes:IDActe="{actId}" actes:DateReception="{receivedOn:yyyy-MM-dd}">
          <actes:ActeRecu actes:Date="{session:yyyy-MM-dd}" actes:NumeroInterne="2026_061" actes:CodeNatureActe="1">
            <actes:CodeMatiere1 actes:CodeMatiere="1"/>
            <actes:CodeMatiere2 actes:CodeMatiere="1"/>
            <actes:Objet>Adhésion au groupement de commandes pour l'environnement numérique de travail des écoles</actes:Objet>
            <actes:ClassificationDateVersion>2024-01-15</actes:ClassificationDateVersion>
            <actes:Document><actes:NomFichier>{actId}-1-1_1.pdf</actes:NomFichier></actes:Document>
            <actes:Annexes actes:Nombre="0"></actes:Annexes>
          </actes:ActeRecu>
          <actes:ClassificationDateVersionEnCours>2024-01-15</actes:ClassificationDateVersionEnCours>
        </actes:ARActe>
        """;

    private static string Anomalie(string actId, DateOnly session) => $"""
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <actes:AnomalieActe xmlns:actes="{Ns}">
          <actes:Date>{Deliberations.Day(-1):yyyy-MM-dd}</actes:Date>
          <actes:Nature>4</actes:Nature>
          <actes:Detail>Pièce principale illisible : le fichier transmis est vide, merci de renvoyer l'acte.</actes:Detail>
          <actes:ActeRecu actes:Date="{session:yyyy-MM-dd}" actes:NumeroInterne="2026_061" actes:CodeNatureActe="1">
            <actes:CodeMatiere1 actes:CodeMatiere="1"/>
            <actes:Objet>Adhésion au groupement de commandes (télétransmission n° {actId})</actes:Objet>
          </actes:ActeRecu>
        </actes:AnomalieActe>
        """;

    private static ByteArrayContent Xml(string text)
    {
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "ISO-8859-1" };
        return content;
    }

    private Task<HttpResponseMessage> PostXmlAsync(string aid, string bearer, string xml) =>
        _api.As(bearer).PostAsync($"/api/adhesions/{aid}/prefecture-receipt", Xml(xml));

    [Fact]
    public async Task An_anomaly_then_an_ARActe_in_XML_record_the_receipt_and_bad_messages_are_refused()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForStatusAsync(aid, token, "UnderReview");
        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "approve")).StatusCode);
        var before = await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture");
        var session = Deliberations.SessionDate;
        var actId = Sirens.ActId(s.Siren, session);

        // Refused messages: nothing recorded.
        await WorkflowApi.AssertProblemAsync(await PostXmlAsync(aid, token, "<actes:ARActe xmlns:actes=\"" + Ns + "\" actes:IDActe="), 400, "INVALID_AR_XML");
        var ar = ArActe(actId, session.AddDays(2), session);
        var dtd = """<?xml version="1.0"?><!DOCTYPE actes:ARActe [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""" + ar[(ar.IndexOf("?>", StringComparison.Ordinal) + 2)..];
        await WorkflowApi.AssertProblemAsync(await PostXmlAsync(aid, token, dtd), 400, "INVALID_AR_XML");
        await WorkflowApi.AssertProblemAsync(await PostXmlAsync(aid, token, "<?xml version=\"1.0\"?><Acte xmlns=\"urn:autre\"/>"), 400, "INVALID_AR_XML");
        var otherSiren = Sirens.NewCommune();
        var wrongSiren = await PostXmlAsync(aid, token, ArActe(Sirens.ActId(otherSiren, session), session.AddDays(2), session));
        var problem = await WorkflowApi.AssertProblemAsync(wrongSiren, 422, "INVALID_ACT_ID");
        Assert.Contains("ACT_ID_SIREN_MISMATCH", problem.GetProperty("errors").GetProperty("actId")[0].GetString());
        var wrongJson = await _api.PostJsonAsync($"/api/adhesions/{aid}/prefecture-receipt", token, new { actId = Sirens.ActId(otherSiren, session), receivedOn = session.AddDays(2) });
        await WorkflowApi.AssertProblemAsync(wrongJson, 422, "INVALID_ACT_ID");
        var unchanged = await _api.GetAdhesionAsync(aid, token);
        Assert.Equal(before.GetProperty("history").GetArrayLength(), unchanged.GetProperty("history").GetArrayLength());
        Assert.True(unchanged.GetProperty("prefecture").ValueKind == JsonValueKind.Null
            || unchanged.GetProperty("prefecture").GetProperty("receivedOn").ValueKind == JsonValueKind.Null);

        // An anomaly is recorded and the référent told.
        Assert.Equal(HttpStatusCode.Accepted, (await PostXmlAsync(aid, token, Anomalie(actId, session))).StatusCode);
        var anomaly = await _api.WaitForNotificationAsync(aid, token, "AwaitingPrefecture", "anomaly");
        Assert.Contains(WorkflowApi.History(anomaly), h => h.Event == "prefecture-anomaly" && h.Comment!.Contains("illisible", StringComparison.Ordinal));
        var mail = await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "anomaly");
        Assert.Contains("illisible", mail.TextBody);

        // The acknowledgement itself.
        var receivedOn = session.AddDays(3);
        Assert.Equal(HttpStatusCode.Accepted, (await PostXmlAsync(aid, g.CoordinatorKey, ArActe(actId, receivedOn, session))).StatusCode);
        var received = await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture",
            a => a.GetProperty("prefecture").ValueKind == JsonValueKind.Object && a.GetProperty("prefecture").GetProperty("receivedOn").GetString() == receivedOn.ToString("yyyy-MM-dd"));
        Assert.Equal(actId, received.GetProperty("prefecture").GetProperty("actId").GetString());

        var publishedOn = session.AddDays(1);
        Assert.Equal(HttpStatusCode.Accepted, (await _api.PostJsonAsync($"/api/adhesions/{aid}/publication", token, new { publishedOn, mode = "affichage" })).StatusCode);
        var enrolled = await _api.WaitForStatusAsync(aid, token, "Enrolled");
        Assert.Equal(receivedOn.ToString("yyyy-MM-dd"), enrolled.GetProperty("executoryOn").GetString());
        host.AssertNoErrors();
    }
}
