namespace Groupement.Domain.Adhesions;

/// <summary>How the act was made public; wire names affichage, publication-electronique.</summary>
public static class PublicationModes
{
    public const string Affichage = "affichage";
    public const string PublicationElectronique = "publication-electronique";

    public static bool IsKnown(string? mode) => mode is Affichage or PublicationElectronique;
}
