using Groupement.Domain.Reference;
using Groupement.Domain.Tests.Deliberations;

namespace Groupement.Domain.Tests.Reference;

/// <summary>Loads @etalab/decoupage-administratif once per test run when node_modules holds it.</summary>
public sealed class ReferenceDataFixture
{
    private static readonly Lazy<ReferenceData?> Loaded = new(() =>
        SharedFiles.ReferenceDataDirectory() is { } dir ? ReferenceData.Load(dir) : null);

    public ReferenceData? Data => Loaded.Value;

    public const string Missing =
        "node_modules/@etalab/decoupage-administratif/data not found (run npm ci at the repository root).";
}
