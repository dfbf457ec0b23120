namespace Groupement.Functions.Storage;

/// <summary>A person of a groupement's staff: a <c>manager</c> or a <c>reviewer</c> (email kept lower-case, the identity).</summary>
public sealed record StaffRecord(string Id, string GroupementId, string Name, string Email, string Role, DateTimeOffset AddedAt);

/// <summary>
/// A signed-in person's session, stored under the hash of its id. <paramref name="StaffIds"/> are the staff rows it was
/// opened for: a row removed (and even added again) no longer counts for it, which is how removal revokes.
/// </summary>
public sealed record SessionRecord(string Email, string Name, IReadOnlyList<string> StaffIds, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
