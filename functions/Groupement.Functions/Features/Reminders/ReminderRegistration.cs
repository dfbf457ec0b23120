using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Reminders;

/// <summary>Registers the reminders (issue 5): options, inputs, log, sweep, outlook, the outlook.</summary>
public static class ReminderRegistration
{
    public static IServiceCollection AddGroupementReminders(this IServiceCollection services)
    {
        services.AddSingleton(sp => ReminderOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ReminderInputs>();
        services.AddSingleton(sp => new ReminderLog(sp.GetRequiredService<Azure.Data.Tables.TableServiceClient>(), sp.GetRequiredService<StorageNames>()));
        services.AddSingleton<ReminderSweep>();
        services.AddSingleton<ReminderOutlookService>();
        services.AddHostedService<ReminderStartupCheck>();
        return services;
    }
}
