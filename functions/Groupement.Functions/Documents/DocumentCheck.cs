namespace Groupement.Functions.Documents;

/// <summary>Either an accepted document or the problem that refused it.</summary>
public sealed record DocumentCheck(ValidatedDocument? Document, DocumentProblem? Problem)
{
    public bool IsValid => Document is not null;
}
