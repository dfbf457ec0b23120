using System.Globalization;
using DurableTask.AzureStorage;

namespace Groupement.LocalHost;

/// <summary>
/// The task hub settings of the local host, read from the same keys as host.json's <c>extensions.durableTask</c>
/// (<c>Durable__TaskHubName</c>, <c>Durable__PartitionCount</c>, <c>Durable__MaxQueuePollingInterval</c>, …), so both
/// hosts run the engine with one configuration. Defaults: the product's configuration (one partition, no app lease,
/// a 30 s lease loop), chosen for a low idle cost; <see cref="DurableFunctionsDefaults"/> is the baseline.
/// </summary>
public sealed record DurableEngineOptions
{
    public string TaskHubName { get; init; } = "groupement";
    public int PartitionCount { get; init; } = 1;
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(10);
    public bool UseAppLease { get; init; }
    public bool UseTablePartitionManagement { get; init; } = true;
    public TimeSpan LeaseAcquireInterval { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan LeaseRenewInterval { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan LeaseInterval { get; init; } = TimeSpan.FromSeconds(90);
    public TimeSpan ControlQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);
    public TimeSpan WorkItemQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);
    public int MaxConcurrentActivities { get; init; } = 10;
    public int MaxConcurrentOrchestrations { get; init; } = 10;

    /// <summary>Activities at once while people's writes are in flight (<see cref="ForegroundPriority"/>); 0: no priority.</summary>
    public int ActivitiesWhilePeopleWrite { get; init; } = 1;

    /// <summary>Durable Functions' defaults on Azure Storage (4 partitions, 30 s polling, table leases every 10 s, app lease).</summary>
    public static DurableEngineOptions DurableFunctionsDefaults(string hub) => new()
    {
        TaskHubName = hub, PartitionCount = 4, MaxQueuePollingInterval = TimeSpan.FromSeconds(30), UseAppLease = true,
        LeaseAcquireInterval = TimeSpan.FromSeconds(10), LeaseRenewInterval = TimeSpan.FromSeconds(10), LeaseInterval = TimeSpan.FromSeconds(30),
    };

    /// <summary>Reads the <c>Durable</c> section; a bad value is a <see cref="Functions.Hosting.ConfigurationException"/> naming the key.</summary>
    public static DurableEngineOptions From(IConfiguration config)
    {
        var d = new DurableEngineOptions();
        var s = config.GetSection("Durable");
        var hub = s["TaskHubName"] is { Length: > 0 } h ? h : config["TASKHUB_NAME"] is { Length: > 0 } t ? t : d.TaskHubName;
        if (!(hub.Length is >= 3 and <= 45 && char.IsAsciiLetter(hub[0]) && hub.All(char.IsAsciiLetterOrDigit)))
            throw new Functions.Hosting.ConfigurationException(
                "Configuration: Durable__TaskHubName must be 3 to 45 letters and digits, starting with a letter (the host.json hubName rule).");
        return d with
        {
            TaskHubName = hub,
            PartitionCount = Int(s, "PartitionCount", d.PartitionCount, 1, 16),
            MaxQueuePollingInterval = Time(s, "MaxQueuePollingInterval", d.MaxQueuePollingInterval),
            UseAppLease = Bool(s, "UseAppLease", d.UseAppLease),
            LeaseAcquireInterval = Time(s, "LeaseAcquireInterval", d.LeaseAcquireInterval),
            LeaseRenewInterval = Time(s, "LeaseRenewInterval", d.LeaseRenewInterval),
            LeaseInterval = Time(s, "LeaseInterval", d.LeaseInterval),
            ControlQueueVisibilityTimeout = Time(s, "ControlQueueVisibilityTimeout", d.ControlQueueVisibilityTimeout),
            WorkItemQueueVisibilityTimeout = Time(s, "WorkItemQueueVisibilityTimeout", d.WorkItemQueueVisibilityTimeout),
            MaxConcurrentActivities = Int(s, "MaxConcurrentActivityFunctions", d.MaxConcurrentActivities, 1, 1000),
            MaxConcurrentOrchestrations = Int(s, "MaxConcurrentOrchestratorFunctions", d.MaxConcurrentOrchestrations, 1, 1000),
            ActivitiesWhilePeopleWrite = Int(s, "ActivitiesWhilePeopleWrite", d.ActivitiesWhilePeopleWrite, 0, 1000),
        };
    }

    /// <summary>The engine settings for these options.</summary>
    public AzureStorageOrchestrationServiceSettings ToSettings(StorageAccountClientProvider storage, ILoggerFactory loggers) => new()
    {
        TaskHubName = TaskHubName,
        StorageAccountClientProvider = storage,
        PartitionCount = PartitionCount,
        MaxQueuePollingInterval = MaxQueuePollingInterval,
        UseAppLease = UseAppLease,
        UseTablePartitionManagement = UseTablePartitionManagement,
        LeaseAcquireInterval = LeaseAcquireInterval,
        LeaseRenewInterval = LeaseRenewInterval,
        LeaseInterval = LeaseInterval,
        ControlQueueVisibilityTimeout = ControlQueueVisibilityTimeout,
        WorkItemQueueVisibilityTimeout = WorkItemQueueVisibilityTimeout,
        MaxConcurrentTaskActivityWorkItems = MaxConcurrentActivities,
        MaxConcurrentTaskOrchestrationWorkItems = MaxConcurrentOrchestrations,
        LoggerFactory = loggers,
    };

    private static int Int(IConfigurationSection s, string key, int fallback, int min, int max)
    {
        if (s[key] is not { Length: > 0 } text) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v
            : throw new Functions.Hosting.ConfigurationException($"Configuration: Durable__{key} must be an integer from {min} to {max}.");
    }

    private static TimeSpan Time(IConfigurationSection s, string key, TimeSpan fallback)
    {
        if (s[key] is not { Length: > 0 } text) return fallback;
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var v) && v > TimeSpan.Zero ? v
            : throw new Functions.Hosting.ConfigurationException($"Configuration: Durable__{key} must be a duration such as 00:00:10.");
    }

    private static bool Bool(IConfigurationSection s, string key, bool fallback) =>
        s[key] is not { Length: > 0 } text ? fallback
            : bool.TryParse(text, out var v) ? v
            : throw new Functions.Hosting.ConfigurationException($"Configuration: Durable__{key} must be true or false.");
}
