using System.Globalization;
using Groupement.Domain.Reminders;
using Groupement.Functions.Hosting;

namespace Groupement.Functions.Features.Reminders;

/// <summary>
/// The <c>Reminders</c> configuration section: the planner's settings (defaults from <see cref="ReminderSettings.Default"/>)
/// and how far ahead the coordinator's outlook looks. <c>Reminders__DeadlineOffsetsDays</c> is a list ("14,7,2").
/// </summary>
public sealed record ReminderOptions(ReminderSettings Settings, int OutlookDays)
{
    public const string Section = "Reminders";
    public const string ScheduleKey = "Reminders:Schedule";
    public const string DefaultSchedule = "0 0 6 * * *";

    /// <summary>Reads the section; throws <see cref="ConfigurationException"/> naming the bad key.</summary>
    public static ReminderOptions From(IConfiguration config)
    {
        var section = config.GetSection(Section);
        var d = ReminderSettings.Default;
        var offsets = Offsets(section) ?? d.DeadlineOffsetsDays;
        var settings = new ReminderSettings(offsets,
            Int(section, nameof(ReminderSettings.ReviewStaleDays), d.ReviewStaleDays),
            Int(section, nameof(ReminderSettings.PrefectureIntervalDays), d.PrefectureIntervalDays),
            Int(section, nameof(ReminderSettings.WithdrawalClosingDays), d.WithdrawalClosingDays),
            Int(section, nameof(ReminderSettings.MarketEndMonths), d.MarketEndMonths),
            Int(section, nameof(ReminderSettings.CatchUpDays), d.CatchUpDays),
            Int(section, nameof(ReminderSettings.MarketEndCatchUpDays), d.MarketEndCatchUpDays));
        if (settings.Validate() is { Count: > 0 } errors)
            throw new ConfigurationException($"Configuration: {Section}__*: {string.Join(" ", errors.SelectMany(e => e.Value))}");
        var outlook = Int(section, "OutlookDays", 60);
        if (outlook is < 1 or > 1000)
            throw new ConfigurationException("Configuration: Reminders__OutlookDays must be between 1 and 1000.");
        return new ReminderOptions(settings, outlook);
    }

    private static IReadOnlyList<int>? Offsets(IConfigurationSection section)
    {
        var key = nameof(ReminderSettings.DeadlineOffsetsDays);
        var children = section.GetSection(key).GetChildren().Select(c => c.Value).OfType<string>().ToList();
        var raw = children.Count > 0 ? children : section[key]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (raw is null || raw.Count == 0) return null;
        var list = new List<int>();
        foreach (var s in raw)
        {
            if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days))
                throw new ConfigurationException($"Configuration: {Section}__{key} must be a list of whole numbers of days, e.g. 14,7,2.");
            list.Add(days);
        }
        return list;
    }

    private static int Int(IConfigurationSection section, string key, int fallback)
    {
        if (section[key] is not { Length: > 0 } s) return fallback;
        return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ConfigurationException($"Configuration: {Section}__{key} must be a whole number.");
    }
}
