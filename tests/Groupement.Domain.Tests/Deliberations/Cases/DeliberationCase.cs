using Groupement.Domain.Deliberations;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>A délibération written for the tests, with the facts (JSON paths of the DESIGN shape) and the exact codes expected.</summary>
public sealed record DeliberationCase(string Name, string Text, DeliberationContext Context, IReadOnlyDictionary<string, object?> Facts, string[] Codes)
{
    public override string ToString() => Name;

    public static Dictionary<string, object?> F(params (string Path, object? Value)[] facts) =>
        facts.ToDictionary(f => f.Path, f => f.Value);

    public static DeliberationContext Ctx(string? siren = null, int? population = null, string? kind = null,
        string? groupement = null, string[]? keywords = null, string? deadline = null, string? knownActId = null) => new()
    {
        MemberSiren = siren,
        Population = population,
        MemberKind = kind,
        GroupementName = groupement,
        Keywords = keywords ?? [],
        JoinDeadline = deadline is null ? null : DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
        KnownActId = knownActId,
    };
}

public static class AllCases
{
    public static IReadOnlyList<DeliberationCase> List { get; } =
        [.. CommuneCases.All, .. IntercommunalCases.All, .. ProblemCases.All, .. StampCases.All, .. MoreCases.All,
         .. DepartementCases.All, .. EpciCases.All, .. VoteLayoutCases.All, .. DateFormCases.All, .. RegistryPageCases.All, .. TamponCases.All,
         .. RealShapeCases.All];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in List) data.Add(c.Name);
        return data;
    }

    public static DeliberationCase Get(string name) => List.Single(c => c.Name == name);
}
