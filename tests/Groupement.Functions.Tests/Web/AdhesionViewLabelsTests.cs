using System.Text.Json.Nodes;
using Groupement.Functions.Features.Adhesions;

namespace Groupement.Functions.Tests.Web;

/// <summary>The French labels the API puts beside each code, and the decision shown first under the status.</summary>
public sealed class AdhesionViewLabelsTests
{
    private static JsonObject Adhesion(string status) => JsonNode.Parse($$"""
        {"status": "{{status}}", "member": {"kind": "ecole-privee"}, "referent": {"email": "mairie@exemple.fr"},
         "findings": [{"code": "QUORUM_NOT_MET", "severity": "error", "message": "…"}],
         "documents": [{"kind": "ar-acte"}], "publication": {"mode": "affichage"},
         "notifications": [{"kind": "changes-requested", "status": "bounce", "to": "mairie@exemple.fr"}],
         "history": [
           {"at": "2026-02-01T10:00:00Z", "event": "changes-requested", "by": "coordinator", "comment": "Premier motif"},
           {"at": "2026-02-02T10:00:00Z", "event": "documents-resubmitted", "by": "member"},
           {"at": "2026-02-03T10:00:00Z", "event": "changes-requested", "by": "relecture@ac-test.fr", "comment": "Joignez la délibération tamponnée."},
           {"at": "2026-02-03T10:05:00Z", "event": "email-delivered", "by": "sendgrid"},
           {"at": "2026-02-03T10:06:00Z", "event": "something-new", "by": "system"}]}
        """)!.AsObject();

    [Fact]
    public void Every_code_gets_its_French_label_and_an_unknown_code_reads_as_itself()
    {
        var json = Adhesion("ChangesRequested");
        AdhesionViewLabels.Apply(json);

        Assert.Equal("École privée sous contrat", (string?)json["member"]!["kindLabel"]);
        Assert.Equal("Bloquant", (string?)json["findings"]![0]!["severityLabel"]);
        Assert.Equal("Accusé de réception de la préfecture", (string?)json["documents"]![0]!["kindLabel"]);
        Assert.Equal("Affichage", (string?)json["publication"]!["modeLabel"]);
        Assert.Equal("Demande de compléments", (string?)json["notifications"]![0]!["label"]);
        Assert.Equal("rejeté par le destinataire", (string?)json["notifications"]![0]!["statusLabel"]);
        Assert.Equal("Compléments demandés", (string?)json["history"]![0]!["label"]);
        Assert.Equal("le coordonnateur", (string?)json["history"]![0]!["byLabel"]);
        Assert.Equal("relecture@ac-test.fr", (string?)json["history"]![2]!["byLabel"]); // a named person stays named
        Assert.Equal("Courriel remis", (string?)json["history"]![3]!["label"]);
        Assert.Equal("something-new", (string?)json["history"]![4]!["label"]);
    }

    [Fact]
    public void The_last_request_for_changes_and_its_comment_is_the_status_reason()
    {
        var json = Adhesion("ChangesRequested");
        AdhesionViewLabels.Apply(json);
        var reason = json["statusReason"]!;

        Assert.Equal("changes-requested", (string?)reason["event"]);
        Assert.Equal("Compléments demandés", (string?)reason["label"]);
        Assert.Equal("Joignez la délibération tamponnée.", (string?)reason["comment"]);
        Assert.Equal("relecture@ac-test.fr", (string?)reason["byLabel"]);
    }

    [Theory]
    [InlineData("UnderReview")]
    [InlineData("AwaitingPrefecture")]
    [InlineData("Enrolled")]
    public void A_status_not_set_by_a_decision_with_a_motive_has_no_reason(string status)
    {
        var json = Adhesion(status);
        AdhesionViewLabels.Apply(json);

        Assert.Null(json["statusReason"]);
    }
}
