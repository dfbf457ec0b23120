using Groupement.Functions.Storage;

namespace Groupement.Functions.Tests.Storage;

public class GroupementStoreTests
{
    private readonly GroupementStore _store = new(TestStorage.Tables(), TestStorage.Names());

    private static GroupementRecord Sample(string id) => new(id, "e-primo Nantes 2026", new Coordinator("Région académique Pays de la Loire", "130007669", "dane@ac-nantes.fr"),
        new DateOnly(2026, 1, 24), new DateOnly(2026, 7, 19), 24, 1, 24, 2, ["relecteur@ac-nantes.fr"], ["ENT", "e-primo"],
        SecretHasher.Hash("coordinator-key"), TestStorage.T0);

    [Fact]
    public async Task A_groupement_round_trips_with_its_calendar_and_is_listed()
    {
        var id = Guid.NewGuid().ToString("N");
        await _store.CreateAsync(Sample(id));

        var read = await _store.GetAsync(id);

        Assert.NotNull(read);
        Assert.Equal(Sample(id) with { Reviewers = read.Reviewers, Keywords = read.Keywords }, read);
        Assert.Equal(["ENT", "e-primo"], read.Keywords);
        Assert.True(SecretHasher.Verify("coordinator-key", read.CoordinatorKeyHash));
        Assert.Contains(await _store.ListAsync(), g => g.Id == id);
        await Assert.ThrowsAsync<EntityAlreadyExistsException>(() => _store.CreateAsync(Sample(id)));
        Assert.Null(await _store.GetAsync("absent"));
    }

    [Fact]
    public async Task An_invitation_token_opens_its_invitation_and_a_renewal_revokes_the_old_token()
    {
        var gid = Guid.NewGuid().ToString("N");
        var first = SecretHasher.Hash(SecretHasher.NewToken());
        await _store.UpsertInvitationAsync(gid, new InvitationRecord("214901159", "Angers", "mairie@angers.fr", first, TestStorage.T0));
        Assert.Equal("Angers", (await _store.FindInvitationByTokenHashAsync(gid, first))?.Name);
        Assert.Null(await _store.FindInvitationByTokenHashAsync("other-groupement", first));

        var second = SecretHasher.Hash(SecretHasher.NewToken());
        await _store.UpsertInvitationAsync(gid, new InvitationRecord("214901159", "Angers", "mairie@angers.fr", second, TestStorage.T0.AddDays(1)));

        Assert.Null(await _store.FindInvitationByTokenHashAsync(gid, first));
        Assert.Equal(second, (await _store.FindInvitationByTokenHashAsync(gid, second))?.MemberTokenHash);
        Assert.Single(await _store.ListInvitationsAsync(gid));
    }

    [Fact]
    public async Task Submitting_marks_the_invitation_with_the_adhesion()
    {
        var gid = Guid.NewGuid().ToString("N");
        await _store.UpsertInvitationAsync(gid, new InvitationRecord("214901159", "Angers", "mairie@angers.fr", "h1", TestStorage.T0));

        Assert.True(await _store.MarkInvitationSubmittedAsync(gid, "214901159", "adh-1"));
        Assert.False(await _store.MarkInvitationSubmittedAsync(gid, "732829320", "adh-2"));
        Assert.Equal("adh-1", (await _store.GetInvitationAsync(gid, "214901159"))?.SubmittedAdhesionId);
    }
}
