using Groupement.Domain.Reference;
using Xunit.Abstractions;

namespace Groupement.Domain.Tests.Reference;

public sealed class ReferenceDataTests(ReferenceDataFixture fixture, ITestOutputHelper output) : IClassFixture<ReferenceDataFixture>
{
    [ReferenceDataFact]
    public void Communes_are_found_by_siren_and_by_insee_code_with_their_total_population()
    {
        var data = fixture.Data!;
        output.WriteLine($"{data.CommuneCount} communes, {data.EpciCount} EPCI loaded in {data.LoadTime.TotalMilliseconds:F0} ms");

        var nantes = data.CommuneBySiren("214401093")!;
        Assert.Equal("44109", nantes.InseeCode);
        Assert.Equal("Nantes", nantes.Name);
        Assert.Equal("44", nantes.Department);
        Assert.Equal(327734, nantes.PopulationMunicipale);
        Assert.True(nantes.PopulationTotale >= nantes.PopulationMunicipale);
        Assert.Equal(PopulationFigure.Totale, nantes.Population!.Source);
        Assert.Same(nantes, data.CommuneByInsee("44109"));
        Assert.Equal("2A", data.CommuneByInsee("2a004")!.Department);
        Assert.True(data.CommuneCount > 34000);
    }

    [ReferenceDataFact]
    public void An_EPCI_lists_its_member_communes_and_its_largest_one()
    {
        var data = fixture.Data!;

        var alm = data.EpciBySiren("244900015")!;

        Assert.Equal("CU Angers Loire Métropole", alm.Name);
        Assert.True(alm.Members.Count > 20);
        Assert.Equal("Angers", alm.LargestMember!.Name);
        Assert.Equal("epci", data.KindOf("244900015"));
        Assert.Equal(new HashSet<string> { "49" }, data.DepartmentsOf("244900015"));
    }

    [Fact]
    public void Departements_and_regions_come_from_our_own_table_and_their_sirens_are_valid()
    {
        Assert.Equal("Loire-Atlantique", Collectivites.BySiren("224400028")!.Name);
        Assert.Equal("region", Collectivites.BySiren("234400034")!.Kind);
        Assert.Equal(["2A", "2B"], Collectivites.BySiren("200076958")!.Departments);
        Assert.All(Collectivites.All, c => Assert.True(Groupement.Domain.Members.Siren.IsValid(c.Siren), c.Siren));
        Assert.Equal(Collectivites.All.Count, Collectivites.All.Select(c => c.Siren).Distinct().Count());
        // 101 départements less Paris (a commune), 2A/2B (Corse), 972/973 (collectivités uniques), 67+68 counted once (Alsace).
        Assert.Equal(95, Collectivites.All.Count(c => c.Kind == "departement"));
        Assert.Equal(17, Collectivites.All.Count(c => c.Kind == "region"));
    }

    [ReferenceDataFact]
    public void Unknown_sirens_give_nothing()
    {
        var data = fixture.Data!;
        Assert.Null(data.CommuneBySiren("123456789"));
        Assert.Null(data.KindOf("123456789"));
        Assert.Empty(data.DepartmentsOf("123456789"));
    }
}
