using Groupement.Functions.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Groupement.Functions.Tests.Storage;

public class IdempotencyStoreTests
{
    private readonly FakeTimeProvider _time = new(TestStorage.T0);
    private readonly IdempotencyStore _store;

    public IdempotencyStoreTests() => _store = new IdempotencyStore(TestStorage.Tables(), TestStorage.Names(), _time);

    [Fact]
    public async Task The_same_key_and_body_get_the_same_answer()
    {
        Assert.Equal(IdempotencyState.Started, (await _store.BeginAsync("g1", "key-1", "fp-a")).State);
        var response = new StoredResponse(202, """{"adhesionId":"a1","status":"Submitted"}""");
        await _store.CompleteAsync("g1", "key-1", "fp-a", response);

        var again = await _store.BeginAsync("g1", "key-1", "fp-a");

        Assert.Equal(IdempotencyState.Replay, again.State);
        Assert.Equal(response, again.Response);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused()
    {
        await _store.BeginAsync("g1", "key-2", "fp-a");
        await _store.CompleteAsync("g1", "key-2", "fp-a", new StoredResponse(202, "{}"));

        Assert.Equal(IdempotencyState.Mismatch, (await _store.BeginAsync("g1", "key-2", "fp-b")).State);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", IdempotencyStore.KeyReusedCode);
    }

    [Fact]
    public async Task Keys_are_scoped_per_groupement()
    {
        await _store.BeginAsync("g1", "key-3", "fp-a");
        Assert.Equal(IdempotencyState.Started, (await _store.BeginAsync("g2", "key-3", "fp-b")).State);
    }

    [Fact]
    public async Task Of_concurrent_first_requests_exactly_one_starts_the_others_see_it_in_progress()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _store.BeginAsync("g1", "race", "fp")));

        Assert.Single(outcomes, o => o.State == IdempotencyState.Started);
        Assert.All(outcomes.Where(o => o.State != IdempotencyState.Started), o => Assert.Equal(IdempotencyState.InProgress, o.State));
    }

    [Fact]
    public async Task An_abandoned_claim_frees_the_key_and_a_stale_claim_can_be_taken_over()
    {
        await _store.BeginAsync("g1", "k-abandon", "fp");
        await _store.AbandonAsync("g1", "k-abandon");
        Assert.Equal(IdempotencyState.Started, (await _store.BeginAsync("g1", "k-abandon", "fp")).State);

        await _store.BeginAsync("g1", "k-crash", "fp");
        Assert.Equal(IdempotencyState.InProgress, (await _store.BeginAsync("g1", "k-crash", "fp")).State);
        _time.Advance(_store.ClaimTimeout + TimeSpan.FromSeconds(1));
        Assert.Equal(IdempotencyState.Started, (await _store.BeginAsync("g1", "k-crash", "fp")).State);
    }

    [Fact]
    public async Task A_live_claim_says_when_to_retry_and_a_look_claims_nothing()
    {
        Assert.Equal(IdempotencyState.Started, (await _store.PeekAsync("g1", "k-peek", "fp")).State);
        Assert.Equal(IdempotencyState.Started, (await _store.BeginAsync("g1", "k-peek", "fp")).State);
        _time.Advance(TimeSpan.FromSeconds(2));
        var seen = await _store.PeekAsync("g1", "k-peek", "fp");
        Assert.Equal(IdempotencyState.InProgress, seen.State);
        Assert.InRange(seen.RetryAfter, _store.ClaimTimeout - TimeSpan.FromSeconds(2.1), _store.ClaimTimeout - TimeSpan.FromSeconds(1.9));
        Assert.Equal(IdempotencyState.Mismatch, (await _store.PeekAsync("g1", "k-peek", "other")).State);
        Assert.True(_store.ClaimTimeout <= TimeSpan.FromSeconds(10), "a claim left by a crash lapses in seconds");
    }

    [Fact]
    public void Fingerprints_ignore_multipart_framing_but_not_content()
    {
        static string Fp(string member, string fileSha)
        {
            using var f = new RequestFingerprint();
            return f.Add("member", member).Add("deliberation", fileSha).ToHex();
        }

        Assert.Equal(Fp("{\"siren\":\"214901159\"}", "aa"), Fp("{\"siren\":\"214901159\"}", "aa"));
        Assert.NotEqual(Fp("{\"siren\":\"214901159\"}", "aa"), Fp("{\"siren\":\"214901159\"}", "ab"));
        Assert.Equal(64, Fp("", "").Length);
        Assert.False(IdempotencyStore.IsValidKey(new string('k', 256)));
        Assert.False(IdempotencyStore.IsValidKey("a\nb"));
    }
}
