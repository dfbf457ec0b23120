using Groupement.Domain.Time;
using Groupement.Domain.Members;
using Groupement.Domain.Deliberations;
using Groupement.Domain.French;

namespace Groupement.Domain.Acts;

/// <summary>Checks an act identifier against the member and the délibération: SIREN, decision date, nature, department.</summary>
public static class ActIdChecks
{
    /// <param name="memberDepartments">INSEE department codes of the member ("44", "2A"); empty when unknown.</param>
    public static IReadOnlyList<Finding> Check(string? actIdText, string? memberSiren, DateOnly? sessionDate,
        IReadOnlySet<string>? memberDepartments = null)
    {
        var findings = new List<Finding>();
        if (string.IsNullOrWhiteSpace(actIdText)) return findings;
        if (!ActId.TryParse(actIdText, out var id, out var error))
        {
            findings.Add(Finding.Error(FindingCodes.ActIdInvalid, error!));
            return findings;
        }
        var actId = id!;
        if (!Siren.IsValid(actId.Siren))
        {
            findings.Add(Finding.Error(FindingCodes.ActIdInvalid,
                $"Le SIREN {actId.Siren} de l'identifiant d'acte {actId} n'est pas un SIREN valide (clé de contrôle)."));
        }
        var siren = Siren.Normalize(memberSiren);
        if (siren is not null && actId.Siren != siren)
        {
            findings.Add(Finding.Error(FindingCodes.ActIdSirenMismatch,
                $"L'identifiant d'acte {actId} porte le SIREN {actId.Siren}, qui n'est pas celui de la collectivité ({siren})."));
        }
        if (sessionDate is DateOnly session && actId.DecisionDate != session)
        {
            findings.Add(Finding.Error(FindingCodes.ActIdDateMismatch,
                $"L'identifiant d'acte {actId} porte la date du {FrenchDate.Format(actId.DecisionDate)}, qui n'est pas celle de la séance ({FrenchDate.Format(session)})."));
        }
        if (actId.Nature != ActNature.Deliberation)
        {
            findings.Add(Finding.Error(FindingCodes.ActIdNatureNotDe,
                $"L'identifiant d'acte {actId} est de nature {actId.Nature.Abbreviation} ({actId.Nature.Label}) et non DE (délibération)."));
        }
        if (memberDepartments is { Count: > 0 })
        {
            var expected = memberDepartments.Select(ActId.DepartmentFromInsee).ToHashSet(StringComparer.Ordinal);
            if (!expected.Contains(actId.Department))
            {
                findings.Add(Finding.Error(FindingCodes.ActIdInvalid,
                    $"L'identifiant d'acte {actId} commence par le département {actId.Department}, alors que la collectivité relève de {string.Join(" ou ", expected.Order())}."));
            }
        }
        return findings;
    }
}
