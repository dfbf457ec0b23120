using Groupement.Functions.Storage;

namespace Groupement.Functions.Tests.Storage;

public class SecretHasherTests
{
    [Fact]
    public void Tokens_are_32_random_bytes_in_base64url()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => SecretHasher.NewToken()).ToList();
        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
        Assert.Equal(100, tokens.Distinct().Count());
    }

    [Fact]
    public void Only_the_right_token_verifies_against_its_hash()
    {
        var token = SecretHasher.NewToken();
        var hash = SecretHasher.Hash(token);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
        Assert.True(SecretHasher.Verify(token, hash));
        Assert.True(SecretHasher.Verify(token, hash.ToUpperInvariant()));
        Assert.False(SecretHasher.Verify(token + "x", hash));
        Assert.False(SecretHasher.Verify(null, hash));
        Assert.False(SecretHasher.Verify(token, ""));
        Assert.True(SecretHasher.FixedTimeEquals("admin-key", "admin-key"));
        Assert.False(SecretHasher.FixedTimeEquals("admin-key", "admin-kez"));
    }
}
