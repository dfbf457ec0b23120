using System.Security.Cryptography;
using System.Text;

namespace Groupement.Domain.Reminders;

/// <summary>
/// The identity of one reminder: (groupement, kind, recipient, milestone). The same reminder planned on another day
/// or by another host has the same key, so the caller sends it at most once by recording the key (or by using
/// <see cref="InstanceId"/> as the orchestration instance id / email idempotency key).
/// <see cref="Recipient"/> is <c>siren:&lt;siren&gt;</c> for a member (whatever address its notices go to) or
/// <c>reviewer:&lt;email&gt;</c> (lower case) for a reviewer.
/// </summary>
public sealed record ReminderKey(string GroupementId, string Kind, string Recipient, string Milestone)
{
    /// <summary>Readable form, <c>gid|kind|recipient|milestone</c> (may contain characters Azure keys refuse).</summary>
    public string Value => $"{GroupementId}|{Kind}|{Recipient}|{Milestone}";

    /// <summary>
    /// A storage-safe id derived from <see cref="Value"/>: <c>reminder-</c> and 32 hex digits of its SHA-256
    /// (valid as an Azure Table key, a queue message field and an orchestration instance id).
    /// </summary>
    public string InstanceId =>
        "reminder-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Value)))[..32];

    public override string ToString() => Value;

    public static string MemberRecipient(string siren) => $"siren:{siren}";

    public static string ReviewerRecipient(string email) => $"reviewer:{email.Trim().ToLowerInvariant()}";
}

/// <summary>
/// A reminder the caller should send today unless its key was already sent.
/// <see cref="DueOn"/> is its milestone day (the day it was meant to go; earlier than today when caught up).
/// <see cref="AdhesionId"/> is set when it concerns one adhésion; <see cref="Siren"/> when it concerns a member.
/// </summary>
public sealed record DueReminder(
    ReminderKey Key,
    string Email,
    DateOnly DueOn,
    string? AdhesionId,
    string? Siren)
{
    public string Kind => Key.Kind;

    public string Milestone => Key.Milestone;
}
