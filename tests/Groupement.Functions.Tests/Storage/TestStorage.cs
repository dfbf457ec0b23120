using Groupement.Domain.Members;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Storage;
using Groupement.Testing;

namespace Groupement.Functions.Tests.Storage;

/// <summary>Live Azurite clients and per-test names, plus a sample adhésion.</summary>
internal static class TestStorage
{
    public static TableServiceClient Tables() => new(Azurite.ConnectionString);

    public static BlobServiceClient Blobs() => new(Azurite.ConnectionString);

    public static StorageNames Names() => StorageNames.WithPrefix(Azurite.UniqueName("t"));

    public static readonly DateTimeOffset T0 = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static AdhesionView SampleView(string? id = null, string groupementId = "g1", string siren = "214901159", string name = "Commune d'Angers") =>
        new(id ?? Guid.NewGuid().ToString("N"), groupementId,
            new Member(siren, name, MemberKinds.Commune, "49007"),
            new Referent("Jeanne Martin", "jeanne.martin@angers.fr"),
            [new Need("École Jules Ferry", "0490001K", 120), new Need("École Prévert", null, 30)],
            AdhesionStatus.Submitted, [], [], null, null, null, null, [], []);
}
