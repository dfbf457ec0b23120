namespace Groupement.Domain.Acts;

/// <summary>ACTES nature of an act: code 1–6 and its two-letter abbreviation.</summary>
public sealed record ActNature(int Code, string Abbreviation, string Label)
{
    public static readonly ActNature Deliberation = new(1, "DE", "Délibérations");
    public static readonly ActNature RegulatoryDecree = new(2, "AR", "Actes réglementaires");
    public static readonly ActNature IndividualDecree = new(3, "AI", "Actes individuels");
    public static readonly ActNature Contract = new(4, "CC", "Contrats, conventions et avenants");
    public static readonly ActNature Budget = new(5, "BF", "Documents budgétaires et financiers");
    public static readonly ActNature Other = new(6, "AU", "Autres");

    public static IReadOnlyList<ActNature> All { get; } =
        [Deliberation, RegulatoryDecree, IndividualDecree, Contract, Budget, Other];

    public static ActNature? FromCode(int code) => All.FirstOrDefault(n => n.Code == code);

    public static ActNature? FromAbbreviation(string abbreviation) =>
        All.FirstOrDefault(n => n.Abbreviation == abbreviation);
}
