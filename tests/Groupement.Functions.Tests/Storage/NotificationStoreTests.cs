using Groupement.Functions.Storage;

namespace Groupement.Functions.Tests.Storage;

public class NotificationStoreTests
{
    private readonly StorageNames _names = TestStorage.Names();
    private readonly NotificationStore _notifications;
    private readonly AdhesionStore _adhesions;

    public NotificationStoreTests()
    {
        var tables = TestStorage.Tables();
        _notifications = new NotificationStore(tables, _names);
        _adhesions = new AdhesionStore(tables, _names);
    }

    [Fact]
    public async Task Only_the_first_reservation_of_an_idempotency_key_may_send()
    {
        var aid = Guid.NewGuid().ToString("N");
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            _notifications.TryReserveAsync(aid, "orch-1:task-3", "enrolled", "jeanne.martin@angers.fr")));

        Assert.Single(results, r => r.Reserved);
        Assert.All(results, r => Assert.Equal(NotificationStatuses.Pending, r.Record.Status));
        Assert.Single(await _notifications.ListAsync(aid));
    }

    [Fact]
    public async Task A_sent_message_is_updated_by_provider_message_id_and_never_goes_back()
    {
        var aid = Guid.NewGuid().ToString("N");
        await _notifications.TryReserveAsync(aid, "k1", "submission-received", "a@b.fr");
        var sent = await _notifications.MarkSentAsync(aid, "k1", "msg-ABC.filter0001");
        Assert.Equal(NotificationStatuses.Sent, sent!.Status);
        Assert.NotNull(sent.SentAt);

        var bounced = await _notifications.UpdateStatusByProviderMessageIdAsync("msg-ABC.filter0001", NotificationStatuses.Bounce, "550 mailbox unavailable");
        await _notifications.MarkSentAsync(aid, "k1", "msg-ABC.filter0001"); // a late duplicate

        Assert.Equal(NotificationStatuses.Bounce, bounced!.Status);
        var stored = await _notifications.GetAsync(aid, "k1");
        Assert.Equal(NotificationStatuses.Bounce, stored!.Status);
        Assert.Equal("550 mailbox unavailable", stored.Detail);
        Assert.Null(await _notifications.UpdateStatusByProviderMessageIdAsync("unknown-id", NotificationStatuses.Delivered));
    }

    [Fact]
    public async Task Notifications_show_on_the_adhesion_with_their_status()
    {
        var created = await _adhesions.CreateAsync(TestStorage.SampleView(), null, []);
        await _notifications.TryReserveAsync(created.View.Id, "k/1#?", "submission-received", "jeanne.martin@angers.fr");
        await _notifications.MarkSentAsync(created.View.Id, "k/1#?", "m1");
        await _notifications.UpdateStatusAsync(created.View.Id, "k/1#?", NotificationStatuses.Delivered);

        var view = await _adhesions.GetViewAsync(created.View.Id);

        var n = Assert.Single(view!.Notifications);
        Assert.Equal(("submission-received", "jeanne.martin@angers.fr", NotificationStatuses.Delivered), (n.Kind, n.To, n.Status));
        Assert.NotNull(n.SentAt);
    }
}
