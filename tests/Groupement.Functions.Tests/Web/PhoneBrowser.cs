using Microsoft.Playwright;

namespace Groupement.Functions.Tests.Web;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser), as a phone: 390×844, touch, French.</summary>
internal sealed class PhoneBrowser : IAsyncDisposable
{
    private static readonly string[] Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PhoneBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
    }

    public IBrowserContext Context { get; }

    public static async Task<PhoneBrowser> StartAsync(Uri baseAddress)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true, Args = Args });
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2, Locale = "fr-FR",
            BaseURL = baseAddress.ToString(),
        });
        return new PhoneBrowser(playwright, browser, context);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
