using Groupement.Functions.Hosting;

namespace Groupement.Functions.Features.Reminders;

/// <summary>Reads the <c>Reminders</c> section and the schedule at start-up, so a bad value stops the host naming its key.</summary>
internal sealed class ReminderStartupCheck(IServiceProvider services, IConfiguration config) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<ReminderOptions>();
        Ncrontab.Parse(ReminderOptions.ScheduleKey,
            config[ReminderOptions.ScheduleKey] is { Length: > 0 } s ? s : ReminderOptions.DefaultSchedule);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
