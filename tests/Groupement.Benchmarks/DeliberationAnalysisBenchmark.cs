using System.Diagnostics;
using Groupement.Domain.Deliberations;
using Groupement.Domain.Reference;

namespace Groupement.Benchmarks;

/// <summary>Figures for the délibération analysis: median time of one analysis of a typical text, and the
/// reference-data load time. Self-contained; call <see cref="Run"/> from Program.cs and add the keys to the JSON line
/// (<c>deliberationAnalysisMedianMs</c>, <c>referenceDataLoadMs</c>).</summary>
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
    public static IReadOnlyDictionary<string, double> Run(int iterations = 200, string? referenceDataDirectory = null)
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
        if (referenceDataDirectory is not null && File.Exists(Path.Combine(referenceDataDirectory, "communes.json")))
        {
            figures["referenceDataLoadMs"] = Math.Round(ReferenceData.Load(referenceDataDirectory).LoadTime.TotalMilliseconds, 1);
        }
        return figures;
    }
}
