using System.Text.Json;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Tests.Storage;

public class AdhesionStoreTests
{
    private readonly AdhesionStore _store = new(TestStorage.Tables(), TestStorage.Names());

    [Fact]
    public async Task A_created_adhesion_reads_back_with_exactly_the_design_fields()
    {
        var view = TestStorage.SampleView();
        await _store.CreateAsync(view, null, [new HistoryView(TestStorage.T0, "submitted", "member:214901159")]);

        var read = await _store.GetViewAsync(view.Id);

        Assert.NotNull(read);
        Assert.Equal(view.Member, read.Member);
        Assert.Equal(view.Needs, read.Needs);
        Assert.Equal("submitted", Assert.Single(read.History).Event);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(read, StorageJson.Options));
        Assert.Equal(["id", "groupementId", "member", "referent", "needs", "status", "findings", "documents", "deliberation",
            "prefecture", "publication", "executoryOn", "notifications", "history", "reference"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Submitted", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Creating_the_same_adhesion_twice_is_refused()
    {
        var view = TestStorage.SampleView();
        await _store.CreateAsync(view, null, []);
        await Assert.ThrowsAsync<EntityAlreadyExistsException>(() => _store.CreateAsync(view, null, []));
    }

    [Fact]
    public async Task An_update_with_a_stale_etag_is_a_concurrency_conflict()
    {
        var created = await _store.CreateAsync(TestStorage.SampleView(), null, []);
        var first = await _store.UpdateAsync(created.View with { Status = AdhesionStatus.UnderReview }, created.ETag);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _store.UpdateAsync(created.View with { Status = AdhesionStatus.Rejected }, created.ETag));

        var current = await _store.GetAsync(created.View.Id);
        Assert.Equal(AdhesionStatus.UnderReview, current!.View.Status);
        Assert.Equal(first.ETag, current.ETag);
    }

    [Fact]
    public async Task Concurrent_read_change_write_loops_lose_no_change()
    {
        var created = await _store.CreateAsync(TestStorage.SampleView(), null, []);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _store.UpdateAsync(created.View.Id, v =>
            (v with { Findings = [.. v.Findings, new FindingView($"CODE_{i}", FindingView.Info, "x")] },
             (IReadOnlyList<HistoryView>)[new HistoryView(TestStorage.T0.AddSeconds(i), $"finding-{i}", "system")]), maxAttempts: 50)));

        var read = await _store.GetViewAsync(created.View.Id);
        Assert.Equal(8, read!.Findings.Count);
        Assert.Equal(8, read.History.Count);
    }

    [Fact]
    public async Task After_racing_status_changes_the_listing_shows_the_status_that_won()
    {
        var gid = Guid.NewGuid().ToString("N");
        var created = await _store.CreateAsync(TestStorage.SampleView(groupementId: gid), null, []);
        var statuses = new[] { AdhesionStatus.UnderReview, AdhesionStatus.ChangesRequested, AdhesionStatus.AwaitingPrefecture, AdhesionStatus.Enrolled };
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => _store.UpdateAsync(created.View.Id,
            v => (v with { Status = statuses[i % statuses.Length] }, (IReadOnlyList<HistoryView>)[]), maxAttempts: 100)));

        var truth = (await _store.GetAsync(created.View.Id))!.View.Status;
        Assert.Equal(truth, Assert.Single(await _store.ListAsync(gid)).Status);
    }

    [Fact]
    public async Task History_is_append_only_and_ordered_by_time_then_append_order()
    {
        var created = await _store.CreateAsync(TestStorage.SampleView(), null, [new HistoryView(TestStorage.T0, "submitted", "member")]);
        var sameInstant = TestStorage.T0.AddMinutes(5);
        await _store.AppendHistoryAsync(created.View.Id, [new HistoryView(sameInstant, "a", "x"), new HistoryView(sameInstant, "b", "x")]);
        await _store.AppendHistoryAsync(created.View.Id, [new HistoryView(sameInstant, "c", "x", "pourquoi")]);
        await _store.UpdateAsync(created.View with { Status = AdhesionStatus.UnderReview }, created.ETag,
            [new HistoryView(TestStorage.T0.AddMinutes(1), "analysis-completed", "system")]);

        var history = await _store.GetHistoryAsync(created.View.Id);

        Assert.Equal(["submitted", "analysis-completed", "a", "b", "c"], history.Select(h => h.Event));
        Assert.Equal("pourquoi", history[^1].Comment);
    }

    [Fact]
    public async Task A_failed_update_appends_no_history()
    {
        var created = await _store.CreateAsync(TestStorage.SampleView(), null, []);
        await _store.UpdateAsync(created.View, created.ETag);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _store.UpdateAsync(created.View, created.ETag, [new HistoryView(TestStorage.T0, "lost", "x")]));
        Assert.Empty(await _store.GetHistoryAsync(created.View.Id));
    }

    [Fact]
    public async Task The_groupement_listing_filters_by_status_and_counts_every_status()
    {
        var gid = Guid.NewGuid().ToString("N");
        var a = await _store.CreateAsync(TestStorage.SampleView(groupementId: gid, name: "A"), null, []);
        await _store.CreateAsync(TestStorage.SampleView(groupementId: gid, name: "B"), null, []);
        await _store.CreateAsync(TestStorage.SampleView(groupementId: "other" + gid, name: "C"), null, []);
        await _store.UpdateAsync(a.View with { Status = AdhesionStatus.Enrolled }, a.ETag);

        var enrolled = await _store.ListAsync(gid, AdhesionStatus.Enrolled);
        var all = await _store.ListAsync(gid);
        var counts = await _store.CountByStatusAsync(gid);

        Assert.Equal("A", Assert.Single(enrolled).MemberName);
        Assert.Equal(150, enrolled[0].TotalAccounts);
        Assert.Equal(2, all.Count);
        Assert.Equal(1, counts[AdhesionStatus.Enrolled]);
        Assert.Equal(1, counts[AdhesionStatus.Submitted]);
        Assert.Equal(0, counts[AdhesionStatus.Rejected]);
        Assert.Equal(Enum.GetValues<AdhesionStatus>().Length, counts.Count);
        Assert.Equal(2, (await _store.FindBySirenAsync(gid, "214901159")).Count);
        Assert.Empty(await _store.FindBySirenAsync(gid, "732829320"));
    }

    [Fact]
    public async Task A_member_token_hash_finds_its_adhesion_and_nothing_else()
    {
        var token = SecretHasher.NewToken();
        var view = TestStorage.SampleView();
        await _store.CreateAsync(view, SecretHasher.Hash(token), []);

        var found = await _store.FindByMemberTokenHashAsync(SecretHasher.Hash(token));

        Assert.Equal(new AdhesionRef(view.Id, view.GroupementId), found);
        Assert.Null(await _store.FindByMemberTokenHashAsync(SecretHasher.Hash(SecretHasher.NewToken())));
    }

    [Fact]
    public async Task A_read_model_larger_than_one_table_property_round_trips()
    {
        var findings = Enumerable.Range(0, 600).Select(i => new FindingView("DELIB_OBJECT_MISMATCH", FindingView.Warning, $"Constat n° {i} : l'objet de la délibération ne mentionne pas le groupement.")).ToList();
        var created = await _store.CreateAsync(TestStorage.SampleView() with { Findings = findings }, null, []);
        Assert.True(JsonSerializer.Serialize(created.View, StorageJson.Options).Length > 64 * 1024);

        var read = await _store.GetAsync(created.View.Id);

        Assert.Equal(findings, read!.View.Findings);
    }

    [Fact]
    public async Task Decider_events_project_into_the_view_and_the_history()
    {
        var created = await _store.CreateAsync(TestStorage.SampleView(), null, []);
        var now = TestStorage.T0;
        var state = created.View.ToState();
        var events = new List<AdhesionEvent>();
        foreach (var c in new AdhesionCommand[]
                 {
                     new AdhesionCommand.AnalysisCompleted(false), new AdhesionCommand.Publication(new DateOnly(2026, 3, 2), PublicationModes.Affichage),
                     new AdhesionCommand.Review(ReviewDecision.Approve, "Conforme", false, false) { By = "coordinator" },
                     new AdhesionCommand.PrefectureReceipt("049-214901159-20260202-2026_011-DE", new DateOnly(2026, 3, 4)),
                 })
        {
            var (next, decision) = AdhesionDecider.Handle(state, c, now);
            Assert.True(decision.IsAccepted, decision.Refusal?.Message);
            state = next;
            events.AddRange(decision.Events);
        }
        var (view, history) = AdhesionProjection.Apply(created.View, events);
        await _store.UpdateAsync(view, created.ETag, history);

        var read = await _store.GetViewAsync(created.View.Id);
        Assert.Equal(AdhesionStatus.Enrolled, read!.Status);
        Assert.Equal(new DateOnly(2026, 3, 4), read.ExecutoryOn);
        Assert.Equal("049-214901159-20260202-2026_011-DE", read.Prefecture!.ActId);
        Assert.Equal(PublicationModes.Affichage, read.Publication!.Mode);
        Assert.Contains(read.History, h => h is { Event: "approved", By: "coordinator", Comment: "Conforme" });
        Assert.Equal(state, read.ToState());
    }
}
