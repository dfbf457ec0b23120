using System.Diagnostics;
using Groupement.Domain.Deliberations;
using Groupement.Domain.Tests.Deliberations.Cases;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>A long file (150 pages of registry) is analysed in bounded time, and still reads the right item.</summary>
public sealed class LargeInputTests
{
    [Fact]
    public void One_hundred_and_fifty_registry_pages_are_read_in_bounded_time_and_the_groupement_item_is_found()
    {
        var c = AllCases.Get("m01-five-items-groupement-third");
        var text = string.Join("\f\n", Enumerable.Repeat(c.Text, 150));

        var watch = Stopwatch.StartNew();
        var analysis = DeliberationAnalyzer.AnalyzeText(text, c.Context);

        // Generous for a loaded two-core machine; a few seconds at most in practice (linear in the text).
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 30);
        Assert.Equal(c.Facts["votesFor"], analysis.Facts.VotesFor);
        Assert.Equal(1, analysis.Facts.Evidence.VotesFor!.Page);
    }
}
