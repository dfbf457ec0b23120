namespace Groupement.LocalHost.Web;

/// <summary>The host's command that prepares <c>web/</c> for Azure Static Web Apps (no other build step).</summary>
public static class StaticSiteCommands
{
    /// <summary>Writes the fingerprinted site to <paramref name="output"/>; the source is <c>Web__Root</c> or the copy beside the host.</summary>
    public static int Publish(string output)
    {
        var root = Environment.GetEnvironmentVariable("Web__Root") is { Length: > 0 } r ? Path.GetFullPath(r) : Path.Combine(AppContext.BaseDirectory, "web");
        var site = StaticSite.Load(root);
        if (!site.Pages.Any())
        {
            Console.Error.WriteLine($"No page found under {root}: set Web__Root to the web/ folder.");
            return 2;
        }
        site.Publish(output);
        Console.WriteLine($"Published {site.Pages.Count()} pages of {root} to {Path.GetFullPath(output)}.");
        return 0;
    }
}
