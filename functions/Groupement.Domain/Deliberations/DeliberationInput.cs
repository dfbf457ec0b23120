using Groupement.Domain.Reference;

namespace Groupement.Domain.Deliberations;

/// <summary>What the caller knows about the member and the groupement; all optional.</summary>
public sealed record DeliberationContext
{
    public string? MemberSiren { get; init; }
    public int? Population { get; init; }

    /// <summary>"commune", "epci", "syndicat", "departement", "region" (free text is tolerated).</summary>
    public string? MemberKind { get; init; }
    public string? GroupementName { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public DateOnly? JoinDeadline { get; init; }

    /// <summary>An act identifier known from elsewhere (an AR message), checked like the one on the tampon.</summary>
    public string? KnownActId { get; init; }

    /// <summary>Communes and EPCI for population and department look-ups; optional.</summary>
    public ReferenceData? Reference { get; init; }
}

/// <summary>The document: PDF bytes or plain text.</summary>
public sealed record DeliberationInput
{
    public byte[]? Pdf { get; init; }
    public string? Text { get; init; }
    public DeliberationContext Context { get; init; } = new();

    public static DeliberationInput FromPdf(byte[] pdf, DeliberationContext? context = null) =>
        new() { Pdf = pdf, Context = context ?? new() };

    public static DeliberationInput FromText(string text, DeliberationContext? context = null) =>
        new() { Text = text, Context = context ?? new() };
}
