using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Groupement.Functions.Tests.Web;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) on a page as it stands: every rule of axe (WCAG 2.0, 2.1 A and AA, and its best
/// practices), which RGAA 4 maps onto. A test calls <see cref="AssertNoViolationsAsync"/> after each state it shows.
/// </summary>
public static class Axe
{
    /// <summary>Fails with each violation's rule, impact, help and the elements concerned.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string state)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, $"axe: {result.Violations.Length} violation(s) on {state} ({page.Url}):\n{Describe(result.Violations)}");
        Assert.NotEmpty(result.Passes); // axe did run on the page
    }

    private static string Describe(AxeResultItem[] violations)
    {
        var sb = new StringBuilder();
        foreach (var v in violations)
        {
            sb.Append("- ").Append(v.Id).Append(" (").Append(v.Impact).Append("): ").AppendLine(v.Help);
            foreach (var node in v.Nodes.Take(5))
                sb.Append("    ").Append(node.Target?.ToString()).Append(" → ").AppendLine(node.Html);
        }
        return sb.ToString();
    }
}
