using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Groupement.Functions.Tests.Web.Console;

/// <summary>axe-core (Deque.AxeCore.Playwright) on the page as it is now, WCAG 2.1 A and AA rules (RGAA's ground).</summary>
internal static class ConsoleAxe
{
    public static async Task AssertNoViolationsAsync(IPage page, string view)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"axe on « {view} »:\n" + string.Join("\n", violations));
    }
}
