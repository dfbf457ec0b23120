using Groupement.Durable.AzureStorage;
using Groupement.Functions.Storage;
using Groupement.Functions.Timers;

namespace Groupement.Functions.Reminders;

/// <summary>Registers the reminders (issue 5): options, inputs, log, sweep, outlook, the timer function and the durable tasks.</summary>
public static class ReminderRegistration
{
    public static IServiceCollection AddGroupementReminders(this IServiceCollection services)
    {
        services.AddSingleton(sp => ReminderOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ReminderInputs>();
        services.AddSingleton(sp => new ReminderLog(sp.GetRequiredService<Azure.Data.Tables.TableServiceClient>(), sp.GetRequiredService<StorageNames>()));
        services.AddSingleton<ReminderSweep>();
        services.AddSingleton<ReminderOutlookService>();
        services.AddSingleton<ITimerFunction, DeadlineRemindersFunction>();
        services.AddHostedService<ReminderStartupCheck>();
        services.AddDurableTasks(r => r
            .AddOrchestrator<ReminderOrchestrator>()
            .AddActivity<SendReminderActivity>());
        return services;
    }
}
