using Microsoft.Playwright;

namespace Groupement.Functions.Tests.Web.Console;

/// <summary>Debian's Chromium driven by Playwright, as a coordinator's desktop: 1366×900, French; page errors collected.</summary>
internal sealed class DesktopBrowser : IAsyncDisposable
{
    private static readonly string[] Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private DesktopBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
    }

    public IBrowserContext Context { get; }

    /// <summary>Script errors and CSP violations seen by any page of this browser (a test asserts it stays empty).</summary>
    public List<string> Problems { get; } = [];

    public static async Task<DesktopBrowser> StartAsync(Uri baseAddress, int width = 1366, int height = 900)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true, Args = Args });
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height }, Locale = "fr-FR", TimezoneId = "Europe/Paris",
            BaseURL = baseAddress.ToString(), AcceptDownloads = true,
        });
        return new DesktopBrowser(playwright, browser, context);
    }

    public async Task<IPage> NewPageAsync()
    {
        var page = await Context.NewPageAsync();
        page.PageError += (_, e) => Problems.Add("page error: " + e);
        // Refused requests are logged by Chromium as "Failed to load resource": the tests look at the answers instead.
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) Problems.Add("console: " + m.Text);
        };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
