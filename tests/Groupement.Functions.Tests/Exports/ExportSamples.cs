using Groupement.Domain.Members;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Exports;

namespace Groupement.Functions.Tests.Exports;

internal static class ExportSamples
{
    public static IReadOnlyList<EnrolledMember> Members() =>
    [
        new("a2", new Member("732829320", "Commune de Saumur", MemberKinds.Commune, "49328"), new Referent("Luc Petit", "luc.petit@saumur.fr", "02 41 83 30 00"),
            [new Need("École \"Les Tilleuls\"; site B", "0490002L", 40), new Need("=HYPERLINK(\"x\")", null, 10)], new DateOnly(2026, 3, 5), "049-732829320-20260202-12-DE"),
        new("a1", new Member("214901159", "Commune d'Angers", MemberKinds.Commune, "49007"), new Referent("Jeanne Martin", "jeanne.martin@angers.fr"),
            [new Need("École Jules Ferry", "0490001K", 120)], new DateOnly(2026, 3, 4), null),
    ];
}
