namespace Groupement.Functions.Auth;

/// <summary>
/// Roles of a groupement's staff: a <c>reviewer</c> reads, reviews, closes, records prefecture and publication,
/// analyses and exports; a <c>manager</c> does all that and also invites members and manages the staff.
/// </summary>
public static class StaffRoles
{
    public const string Manager = "manager";
    public const string Reviewer = "reviewer";

    public static bool IsKnown(string? role) => role is Manager or Reviewer;

    /// <summary>Whether <paramref name="role"/> may do what <paramref name="required"/> may.</summary>
    public static bool Allows(string role, string required) => required == Reviewer ? IsKnown(role) : role == Manager;

    /// <summary>French label, for messages.</summary>
    public static string Label(string role) => role == Manager ? "gestionnaire" : "instructeur";
}
