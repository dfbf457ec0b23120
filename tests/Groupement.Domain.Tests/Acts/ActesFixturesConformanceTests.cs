using Groupement.Domain.Acts;
using Groupement.Domain.Tests.Deliberations;
using Xunit.Abstractions;

namespace Groupement.Domain.Tests.Acts;

/// <summary>Real ACTES messages in ../shared/fixtures/actes (see its PROVENANCE.md); skipped when absent.</summary>
public sealed class ActesFixturesConformanceTests
{
    private static byte[]? Fixture(string name)
    {
        var dir = SharedFiles.Shared("fixtures", "actes");
        var path = dir is null ? null : Path.Combine(dir, name);
        return path is not null && File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    [SharedFileTheory("fixtures", "actes")]
    [InlineData("006-210600235-20180522-684-AI-1-2_5279.xml", "006-210600235-20180522-684-AI", "2018-05-28", "2018-05-22", 3)]
    [InlineData("001-000000000-20170130-TEST42-DE-1-2_0.xml", "001-000000000-20170130-TEST42-DE", "2017-06-16", "2017-01-30", 1)]
    public void ARActe_fixtures_give_identifier_and_reception_date(string file, string actId, string received, string decided, int nature)
    {
        var bytes = Fixture(file);
        Assert.True(bytes is not null, $"../shared/fixtures/actes is there but {file} is missing.");

        var result = ArMessageParser.Parse(bytes!);

        Assert.True(result.IsSuccess, result.ErrorMessage);
        Assert.Equal(ArMessageKind.Ar, result.Message!.Kind);
        Assert.Equal(actId, result.Message.ActId!.ToString());
        Assert.Equal(received, result.Message.ReceivedOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(decided, result.Message.DecisionDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(nature, result.Message.NatureCode);
        // The ISO-8859-1 accents survive: "Contrat à durée déterminée".
        if (file.StartsWith("006", StringComparison.Ordinal)) Assert.StartsWith("Contrat à durée déterminée", result.Message.Objet, StringComparison.Ordinal);
    }

    [SharedFileTheory("fixtures", "actes")]
    [InlineData("044-214400152----1-3_1.xml", "002", "ODT-VERIF-01")]
    [InlineData("ANO_EACT--214400152--20180925-1.xml", "999", "ODT-VERIF-17")]
    public void Anomaly_fixtures_give_nature_and_reason(string file, string nature, string reasonStart)
    {
        var bytes = Fixture(file);
        Assert.True(bytes is not null, $"../shared/fixtures/actes is there but {file} is missing.");

        var m = ArMessageParser.Parse(bytes!).Message!;

        Assert.Equal(ArMessageKind.Anomalie, m.Kind);
        Assert.Equal(nature, m.AnomalyNature);
        Assert.StartsWith(reasonStart, m.AnomalyReason, StringComparison.Ordinal);
        Assert.Contains("à jour", file.StartsWith("044", StringComparison.Ordinal) ? m.AnomalyReason : "à jour", StringComparison.Ordinal);
    }

    [SharedFileTheory("fixtures", "actes")]
    [InlineData("034-000000000-20170701-20170725A-AI-2-1_0.xml")]
    [InlineData("034-000000000-20170701-20170725A-AI-5-1_0.xml")]
    [InlineData("001-000000000-20170130-TEST42-DE-3-4_0.xml")]
    [InlineData("045-214502494-20170717-D201717-DE-1-1_0.xml")]
    [InlineData("EACT--214502494--20170717-6.xml")]
    [InlineData("exemple_codes_matieres.xml")]
    public void Other_messages_are_not_taken_for_an_AR(string file)
    {
        var bytes = Fixture(file);
        Assert.True(bytes is not null, $"../shared/fixtures/actes is there but {file} is missing.");

        var result = ArMessageParser.Parse(bytes!);

        Assert.False(result.IsSuccess);
        Assert.Equal(ArMessageParser.InvalidXml, result.ErrorCode);
    }

    [SharedFileFact("fixtures", "actes")]
    public void Identifiers_in_fixture_file_names_parse()
    {
        var dir = SharedFiles.Shared("fixtures", "actes");
        Assert.NotNull(dir);
        var names = Directory.GetFiles(dir, "0*.xml").Select(Path.GetFileNameWithoutExtension)
            .Where(n => !n!.Contains("----", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            // DDD-SIREN-YYYYMMDD-NUMERO-NA-T-S_n: the identifier is the first five fields.
            var id = string.Join('-', name!.Split('-').Take(5));
            Assert.True(ActId.TryParse(id, out _, out var error), $"{name}: {error}");
        }
    }
}
