using Groupement.Testing;

namespace Groupement.Functions.Tests.Web;

/// <summary>
/// A test that drives the system's Chromium (Debian package <c>chromium</c>); skipped with a reason when it is absent,
/// failed where <c>GROUPEMENT_REQUIRE_INPUTS</c> names <c>chromium</c>. <c>GROUPEMENT_CHROMIUM</c> points at another
/// executable. Playwright never downloads a browser here.
/// </summary>
public sealed class ChromiumFactAttribute() : InputFactAttribute(RequiredInputs.Chromium, Missing())
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("GROUPEMENT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static string? Missing() => File.Exists(ExecutablePath) ? null
        : $"Chromium not found at {ExecutablePath}: install it (apt-get install -y chromium) or set GROUPEMENT_CHROMIUM to run the browser tests.";
}
