using Groupement.Domain.Time;
using Groupement.Functions.Email;

namespace Groupement.Functions.Tests.Email;

public sealed class NotificationComposerTests
{
    private const string Link = "https://groupement.example.fr/adhesions/adh-42?token=abc&x=1";
    private const string HostileMember = "Commune <script>alert('x')</script> & \"Fils\"";
    private const string HostileComment = "Délibération non signée.\n<b>Merci</b> de la renvoyer & de compléter l'annexe 2.";
    private readonly NotificationComposer _composer = new();

    public static TheoryData<string> AllKinds => new(NotificationKinds.All);

    private static NotificationModel Model(string kind, string? member = "Commune de Saint-Herblain", string? comment = null) => new(
        kind,
        new EmailAddress("secretariat@mairie.fr", "Mme Martin"),
        "Ressources numériques e-PRIMO 2026",
        Link,
        MemberName: member,
        AdhesionId: "adh-42",
        GroupementId: "grp-1",
        Comment: comment,
        Deadline: new DateOnly(2026, 1, 24),
        Dates: new Dictionary<string, DateOnly>
        {
            [NotificationDates.SubmittedOn] = new(2026, 1, 10),
            [NotificationDates.ExecutoryOn] = new(2026, 2, 3),
            [NotificationDates.MarketStart] = new(2026, 7, 19),
            [NotificationDates.MarketEnd] = new(2030, 7, 19),
            [NotificationDates.FirstPeriodEnd] = new(2028, 7, 19),
            [NotificationDates.ReceivedOn] = new(2028, 6, 1),
            [NotificationDates.ClosedOn] = new(2026, 3, 1),
        },
        Items: ["Quorum non atteint", "Commune de Trignac"],
        Count: 2);

    [Fact]
    public void Every_kind_of_the_design_is_composed()
    {
        string[] design = ["invitation", "submission-received", "changes-requested", "review-needed", "review-reminder",
            "prefecture-reminder", "enrolled", "rejected", "deadline-reminder", "withdrawal-window-open", "market-end"];
        Assert.Superset(new HashSet<string>(design), new HashSet<string>(NotificationKinds.All));
        Assert.Contains("withdrawal-received", NotificationKinds.All);
        Assert.Contains("anomaly", NotificationKinds.All);
        Assert.Contains("closed", NotificationKinds.All);
        Assert.Equal(NotificationKinds.All.Count, NotificationKinds.All.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Each_kind_has_a_French_subject_text_and_html_with_the_link_groupement_and_member(string kind)
    {
        var email = _composer.Compose(Model(kind, comment: "Merci pour votre dossier."));

        Assert.Contains("e-PRIMO", email.Subject);
        Assert.DoesNotContain('\n', email.Subject);
        Assert.StartsWith("Bonjour Mme Martin,", email.Text);
        Assert.Contains(Link, email.Text);
        Assert.Contains("Ressources numériques e-PRIMO 2026", email.Text);
        Assert.Contains("Cordialement", email.Text);
        Assert.Contains("<html lang=\"fr\">", email.Html);
        Assert.Contains("href=\"https://groupement.example.fr/adhesions/adh-42?token=abc&amp;x=1\"", email.Html);
        Assert.Contains("Ressources numériques e-PRIMO 2026", email.Html);
        if (kind is not (NotificationKinds.ReviewReminder or NotificationKinds.SignIn))
        {
            Assert.Contains("Commune de Saint-Herblain", email.Text);
            Assert.Contains("Commune de Saint-Herblain", email.Html);
        }
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Each_kind_escapes_every_input_in_html(string kind)
    {
        var email = _composer.Compose(Model(kind, HostileMember, HostileComment) with
        {
            GroupementName = "Groupe <i>x</i>",
            Recipient = new EmailAddress("a@b.fr", "<img src=x onerror=alert(1)>"),
            Items = ["<script>bad()</script>"],
        });

        Assert.DoesNotContain("<script", email.Html);
        Assert.DoesNotContain("<img", email.Html);
        Assert.DoesNotContain("<i>", email.Html);
        Assert.DoesNotContain("<b>", email.Html);
        Assert.Contains("Groupe &lt;i&gt;x&lt;/i&gt;", email.Html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", email.Html);
    }

    [Theory]
    [InlineData(NotificationKinds.ChangesRequested, "Son message :")]
    [InlineData(NotificationKinds.Rejected, "Motif indiqué :")]
    [InlineData(NotificationKinds.Anomaly, "Message de la préfecture :")]
    [InlineData(NotificationKinds.Closed, "Précision du coordonnateur :")]
    public void The_reviewer_comment_is_quoted_in_text_and_escaped_in_html(string kind, string label)
    {
        var email = _composer.Compose(Model(kind, comment: HostileComment));

        Assert.Contains(label, email.Text);
        Assert.Contains("> Délibération non signée.\n> <b>Merci</b> de la renvoyer & de compléter l'annexe 2.", email.Text);
        Assert.Contains("Délibération non signée.<br>&lt;b&gt;Merci&lt;/b&gt; de la renvoyer &amp; de compléter l&#39;annexe 2.", email.Html);
    }

    [Fact]
    public void Dates_are_written_in_French_long_form()
    {
        Assert.Equal("24 janvier 2026", FrenchDate.Format(new DateOnly(2026, 1, 24)));
        Assert.Equal("1er août 2026", FrenchDate.Format(new DateOnly(2026, 8, 1)));
        Assert.Equal("19 juillet 2030", FrenchDate.Format(new DateOnly(2030, 7, 19)));
        Assert.Equal("3 février 2026", FrenchDate.Format(new DateOnly(2026, 2, 3)));
        Assert.Equal("31 décembre 2026", FrenchDate.Format(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void The_invitation_gives_the_joining_deadline()
    {
        var email = _composer.Compose(Model(NotificationKinds.Invitation));

        Assert.Equal("Invitation à adhérer au groupement « Ressources numériques e-PRIMO 2026 »", email.Subject);
        Assert.Contains("« Ressources numériques e-PRIMO 2026 » invite Commune de Saint-Herblain à le rejoindre.", email.Text);
        Assert.Contains("avant le 24 janvier 2026.", email.Text);
    }

    [Fact]
    public void Enrolment_gives_the_executory_date_and_the_market_start()
    {
        var email = _composer.Compose(Model(NotificationKinds.Enrolled));

        Assert.Contains("exécutoire depuis le 3 février 2026", email.Text);
        Assert.Contains("Le marché débutera le 19 juillet 2026.", email.Text);
        Assert.Contains("attestation", email.Html);
    }

    [Fact]
    public void The_withdrawal_window_gives_the_last_day_and_the_end_of_the_first_period()
    {
        var email = _composer.Compose(Model(NotificationKinds.WithdrawalWindowOpen) with { Deadline = new DateOnly(2028, 7, 18) });

        Assert.Contains("18 juillet 2028", email.Subject);
        Assert.Contains("se termine le 19 juillet 2028", email.Text);
        Assert.Contains("au plus tard le 18 juillet 2028", email.Text);
    }

    [Fact]
    public void The_review_reminder_counts_and_lists_the_waiting_applications()
    {
        var one = _composer.Compose(Model(NotificationKinds.ReviewReminder) with { Count = 1, Items = ["Commune de Trignac"] });
        var many = _composer.Compose(Model(NotificationKinds.ReviewReminder) with { Count = 3 });

        Assert.Contains("1 dossier d'adhésion attend votre examen", one.Text);
        Assert.Contains("- Commune de Trignac", one.Text);
        Assert.Contains("<li>Commune de Trignac</li>", one.Html);
        Assert.StartsWith("Rappel : 3 dossiers à examiner", many.Subject);
    }

    [Fact]
    public void Without_a_member_name_or_recipient_name_the_text_stays_polite()
    {
        var email = _composer.Compose(Model(NotificationKinds.SubmissionReceived, member: null) with { Recipient = new EmailAddress("x@y.fr") });

        Assert.StartsWith("Bonjour,\n", email.Text);
        Assert.Contains("le dossier d'adhésion de votre collectivité", email.Text);
    }

    [Fact]
    public void Bad_models_are_refused_with_a_clear_reason()
    {
        Assert.Contains("Unknown notification kind", Assert.Throws<ArgumentException>(() => _composer.Compose(Model("bounce"))).Message);
        Assert.Throws<ArgumentException>(() => _composer.Compose(Model(NotificationKinds.Enrolled) with { Link = "/adhesions/adh-42" }));
        Assert.Throws<ArgumentException>(() => _composer.Compose(Model(NotificationKinds.Enrolled) with { Link = "javascript:alert(1)" }));
        Assert.Contains("Deadline", Assert.Throws<ArgumentException>(() =>
            _composer.Compose(Model(NotificationKinds.DeadlineReminder) with { Deadline = null })).Message);
    }

    [Fact]
    public void ComposeMessage_carries_kind_key_custom_args_and_attachments()
    {
        var pdf = new EmailAttachment("attestation.pdf", "application/pdf", [1, 2, 3]);

        var message = _composer.ComposeMessage(Model(NotificationKinds.Enrolled), "inst-1:4", [pdf]);

        Assert.Equal(NotificationKinds.Enrolled, message.Kind);
        Assert.Equal("inst-1:4", message.IdempotencyKey);
        Assert.Equal("adh-42", message.CustomArgList["adhesionId"]);
        Assert.Equal("grp-1", message.CustomArgList["groupementId"]);
        Assert.Same(pdf, Assert.Single(message.AttachmentList));
        Assert.Equal("secretariat@mairie.fr", message.To.Email);
    }

    [Fact]
    public void Link_joins_the_public_base_url_and_the_path()
    {
        Assert.Equal("https://g.example.fr/adhesions/a1", NotificationComposer.Link("https://g.example.fr/", "/adhesions/a1"));
        Assert.Equal("http://localhost:7071/groupements/g1", NotificationComposer.Link("http://localhost:7071", "groupements/g1"));
    }

    [Fact]
    public void A_deadline_reminder_written_after_the_deadline_is_a_last_notice()
    {
        var deadline = new DateOnly(2026, 1, 24);
        var before = _composer.Compose(Model(NotificationKinds.DeadlineReminder) with { Deadline = deadline });
        var after = _composer.Compose(Model(NotificationKinds.DeadlineReminder) with
        {
            Deadline = deadline,
            Dates = new Dictionary<string, DateOnly> { [NotificationDates.SentOn] = deadline.AddDays(1) },
        });
        Assert.StartsWith("Rappel :", before.Subject);
        Assert.StartsWith("Dernier avis :", after.Subject);
        Assert.Contains("était le 24 janvier 2026", after.Text);
        Assert.DoesNotContain("avant le", after.Subject);
    }
}
