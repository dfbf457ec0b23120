using System.Diagnostics;
using Groupement.Domain.Deliberations;
using Groupement.Domain.Reference;

namespace Groupement.Benchmarks;

/// <summary>Figures for the délibération analysis: median time of one analysis of a typical text, the median time per
/// text page over a corpus, the share of that corpus read right, and the reference-data load time. Self-contained;
/// call <see cref="Run"/> from Program.cs and add the keys to the JSON line (<c>deliberationAnalysisMedianMs</c>,
/// <c>analysisMsPerPageMedian</c>, <c>corpusReadRightShare</c>, <c>corpusCases</c>, <c>referenceDataLoadMs</c>).</summary>
public static class DeliberationAnalysisBenchmark
{
    private const string Sample = """
        Envoyé en préfecture le 12/03/2026
        Reçu en préfecture le 12/03/2026
        Affiché le 13/03/2026
        ID : 044-214401093-20260309-DCM_2026_045-DE

        VILLE DE NANTES — CONSEIL MUNICIPAL
        Séance du lundi 9 mars 2026
        Date de la convocation : 27 février 2026
        Nombre de conseillers municipaux en exercice ........ 65
        Nombre de conseillers présents ........................ 52
        Nombre de pouvoirs ..................................... 9
        Nombre de votants ...................................... 61

        DCM 2026-045 — Adhésion au groupement de commandes pour l'environnement numérique de travail (e-primo)
        Le conseil municipal, après en avoir délibéré, décide d'adhérer au groupement de commandes et autorise Mme la Maire à signer la convention.
        Adopté par 58 voix pour, 0 voix contre et 3 abstentions.
        """;

    /// <param name="iterations">Analyses timed after a warm-up.</param>
    /// <param name="referenceDataDirectory">node_modules/@etalab/decoupage-administratif/data, or null to skip that figure.</param>
    /// <param name="corpusDirectory">A folder in the format of ../shared/examples/deliberations (texts and an
    /// <c>expected.json</c> with facts, errors and mustInclude per file): defaults to <c>GROUPEMENT_DELIBERATION_CORPUS</c>,
    /// else ../shared/examples/deliberations next to the repository. A held-back set in that format gives the honest share.</param>
    public static IReadOnlyDictionary<string, double> Run(int iterations = 200, string? referenceDataDirectory = null, string? corpusDirectory = null)
    {
        var context = new DeliberationContext { MemberSiren = "214401093", Population = 327734, GroupementName = "ENT e-primo" };
        for (var i = 0; i < 20; i++) DeliberationAnalyzer.AnalyzeText(Sample, context);
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            DeliberationAnalyzer.AnalyzeText(Sample, context);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var figures = new Dictionary<string, double> { ["deliberationAnalysisMedianMs"] = Math.Round(times[iterations / 2], 3) };
        corpusDirectory ??= Environment.GetEnvironmentVariable("GROUPEMENT_DELIBERATION_CORPUS")
            ?? Path.Combine(Groupement.Testing.Azurite.RepositoryRoot(), "..", "shared", "examples", "deliberations");
        if (File.Exists(Path.Combine(corpusDirectory, "expected.json")))
        {
            var (perPage, share, cases) = Corpus(corpusDirectory);
            figures["analysisMsPerPageMedian"] = Math.Round(perPage, 3);
            figures["corpusReadRightShare"] = Math.Round(share, 4);
            figures["corpusCases"] = cases;
        }
        if (referenceDataDirectory is not null && File.Exists(Path.Combine(referenceDataDirectory, "communes.json")))
        {
            figures["referenceDataLoadMs"] = Math.Round(ReferenceData.Load(referenceDataDirectory).LoadTime.TotalMilliseconds, 1);
        }
        return figures;
    }

    /// <summary>Median analysis time per text page (form feeds split pages), and the share of cases whose expected
    /// facts, errors and required codes all come out right.</summary>
    private static (double MsPerPage, double Share, int Cases) Corpus(string directory)
    {
        var expected = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "expected.json")))!["cases"]!.AsArray();
        var perPage = new List<double>();
        var right = 0;
        foreach (var c in expected)
        {
            var text = File.ReadAllText(Path.Combine(directory, c!["file"]!.GetValue<string>()));
            var context = ContextFromQuery(c["query"]?.GetValue<string>() ?? "");
            DeliberationAnalyzer.AnalyzeText(text, context);
            var runs = new double[5];
            DeliberationAnalysis analysis = null!;
            for (var i = 0; i < runs.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                analysis = DeliberationAnalyzer.AnalyzeText(text, context);
                runs[i] = watch.Elapsed.TotalMilliseconds;
            }
            Array.Sort(runs);
            perPage.Add(runs[runs.Length / 2] / (text.Count(ch => ch == '\f') + 1));
            if (ReadRight(c, analysis)) right++;
        }
        perPage.Sort();
        return (perPage.Count == 0 ? 0 : perPage[perPage.Count / 2], expected.Count == 0 ? 0 : (double)right / expected.Count, expected.Count);
    }

    private static bool ReadRight(System.Text.Json.Nodes.JsonNode c, DeliberationAnalysis analysis)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(analysis.ToJson())!;
        foreach (var (path, value) in c["facts"]?.AsObject() ?? [])
        {
            System.Text.Json.Nodes.JsonNode? actual = json["facts"];
            foreach (var part in path.Split('.')) actual = actual?[part];
            if (!System.Text.Json.Nodes.JsonNode.DeepEquals(value, actual)) return false;
        }
        var errors = analysis.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code).Order();
        var expectedErrors = (c["errors"]?.AsArray() ?? []).Select(e => e!.GetValue<string>()).Order();
        if (!errors.SequenceEqual(expectedErrors)) return false;
        return (c["mustInclude"]?.AsArray() ?? []).All(code => analysis.Has(code!.GetValue<string>()));
    }

    private static DeliberationContext ContextFromQuery(string query)
    {
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
        return new DeliberationContext
        {
            MemberSiren = pairs.GetValueOrDefault("siren"),
            Population = pairs.TryGetValue("population", out var pop) ? int.Parse(pop, System.Globalization.CultureInfo.InvariantCulture) : null,
            MemberKind = pairs.GetValueOrDefault("kind"),
            GroupementName = pairs.GetValueOrDefault("groupement"),
            Keywords = pairs.TryGetValue("keywords", out var k) ? k.Split(',', StringSplitOptions.RemoveEmptyEntries) : [],
        };
    }
}
