using Groupement.Functions.Storage;

namespace Groupement.Functions.Tests.Storage;

public class GroupementStoreTests
{
    private readonly StorageNames _names = TestStorage.Names();
    private readonly GroupementStore _store;

    public GroupementStoreTests() => _store = new GroupementStore(TestStorage.Tables(), _names);

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

    [Fact]
    public async Task Two_processes_in_a_rush_never_share_a_dossier_number_and_a_retry_keeps_its_own()
    {
        var g = Sample(Guid.NewGuid().ToString("N")) with { ReferencePrefix = "RUSH" };
        await _store.CreateAsync(g);
        var other = new GroupementStore(TestStorage.Tables(), _names); // a second host instance, same tables
        var ids = Enumerable.Range(0, 120).Select(i => $"a{i:D3}").ToArray();

        var references = await Task.WhenAll(ids.Select((id, i) => (i % 2 == 0 ? _store : other).AllocateReferenceAsync(g, id, TestStorage.T0)));
        var again = await Task.WhenAll(ids.Take(10).Select((id, i) => (i % 2 == 0 ? other : _store).AllocateReferenceAsync(g, id, TestStorage.T0)));

        Assert.Equal(120, references.Distinct().Count());
        Assert.All(references, r => Assert.Matches(@"^RUSH-\d{4}-\d{4}$", r));
        Assert.Equal(references.Take(10), again); // a retry, on either instance, gets back its number
        // Numbers reserved in blocks by two instances may leave a gap between them, never more than a block each.
        Assert.InRange(references.Select(r => int.Parse(r[^4..], System.Globalization.CultureInfo.InvariantCulture)).Max(), 120, 120 + 2 * 32);
    }

    [Fact]
    public async Task One_process_numbers_without_gaps_and_a_later_one_goes_on_from_the_counter()
    {
        var g = Sample(Guid.NewGuid().ToString("N")) with { ReferencePrefix = "SUITE" };
        await _store.CreateAsync(g);
        var first = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => _store.AllocateReferenceAsync(g, $"b{i}", TestStorage.T0)));
        Assert.Equal(Enumerable.Range(1, 40), first.Select(r => int.Parse(r[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order());

        var later = await new GroupementStore(TestStorage.Tables(), _names).AllocateReferenceAsync(g, "c0", TestStorage.T0);
        var number = int.Parse(later[^4..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(number, 41, 41 + 32); // after what the first process reserved, whatever it left unused
    }

    [Fact]
    public async Task A_claim_that_landed_without_its_answer_keeps_its_number_out_of_the_pool()
    {
        var g = Sample(Guid.NewGuid().ToString("N")) with { ReferencePrefix = "PERDU" };
        await _store.CreateAsync(g);
        // As if the first try of this claim's insert had landed and its answer been lost: the claim holds number 1.
        var table = TestStorage.Tables().GetTableClient(_names.Groupements);
        await table.AddEntityAsync(new Azure.Data.Tables.TableEntity(g.Id, "ref|lost") { ["Reference"] = "PERDU-2026-0001", ["Number"] = 1L, ["AdhesionId"] = "lost" });

        Assert.Equal("PERDU-2026-0001", await _store.AllocateReferenceAsync(g, "lost", TestStorage.T0));
        Assert.Equal("PERDU-2026-0002", await _store.AllocateReferenceAsync(g, "next", TestStorage.T0));
    }
}
