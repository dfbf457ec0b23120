using System.Diagnostics;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Groupement.Durable.AzureStorage.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>
/// The worker: one loop polls the control queue, the work-item queue and the due-timer index, backing off up to
/// <see cref="AzureStorageDurableOptions.MaxPollingInterval"/> when idle and waking at once on an in-process signal.
/// Several workers (processes) may share a task hub: messages are work hints and commits are guarded by ETags.
/// </summary>
internal sealed partial class DurableTaskWorker : BackgroundService
{
    private static readonly TimeSpan TimerPollSpacing = TimeSpan.FromSeconds(1);
    private readonly TaskHubStorage _storage;
    private readonly AzureStorageDurableOptions _options;
    private readonly WorkSignal _signal;
    private readonly OrchestrationProcessor _orchestrations;
    private readonly ActivityProcessor _activities;
    private readonly TimerPoller _timers;
    private readonly PoisonHandler _poison;
    private readonly ILogger _log;
    private readonly SemaphoreSlim _orchestrationSlots;
    private readonly SemaphoreSlim _activitySlots;
    private readonly KeyedLock _locks = new();
    private readonly HashSet<Task> _inFlight = [];
    private DateTimeOffset? _nextDue;
    private long _pollCycles;

    /// <summary>How many times the loop has polled (benchmarks divide storage calls by it).</summary>
    internal long PollCycles => Interlocked.Read(ref _pollCycles);

    public DurableTaskWorker(TaskHubStorage storage, IOptions<DurableTaskRegistry> registry, IServiceProvider services,
        WorkSignal signal, ILoggerFactory loggers)
    {
        _storage = storage;
        _options = storage.Options;
        _signal = signal;
        var dispatcher = new OutboxDispatcher(storage, signal);
        _orchestrations = new OrchestrationProcessor(storage, new StepPlanner(storage, registry.Value, services, loggers), dispatcher);
        _activities = new ActivityProcessor(storage, registry.Value, services, signal);
        _timers = new TimerPoller(storage, signal);
        _poison = new PoisonHandler(storage);
        _log = loggers.CreateLogger("Groupement.Durable.Worker");
        _orchestrationSlots = new SemaphoreSlim(_options.MaxConcurrentOrchestrations);
        _activitySlots = new SemaphoreSlim(_options.MaxConcurrentActivities);
    }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var delay = _options.MinPollingInterval;
        var lastTimerPoll = 0L;
        while (!stop.IsCancellationRequested)
        {
            var progressed = false;
            Interlocked.Increment(ref _pollCycles);
            try
            {
                await _storage.EnsureCreatedAsync(stop);
                progressed |= await PumpAsync(_storage.Control, _orchestrationSlots, HandleControlAsync, stop);
                progressed |= await PumpAsync(_storage.WorkItems, _activitySlots, HandleActivityAsync, stop);
                if (!progressed || Stopwatch.GetElapsedTime(lastTimerPoll) >= TimerPollSpacing)
                {
                    var (fired, nextDue) = await _timers.PollAsync(stop);
                    lastTimerPoll = Stopwatch.GetTimestamp();
                    _nextDue = nextDue;
                    progressed |= fired > 0;
                }
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                LogPollFailed(_log, ex.GetType().Name, ex.Message);
            }
            if (progressed)
            {
                delay = _options.MinPollingInterval;
                continue;
            }
            var wait = Jitter(delay);
            if (_nextDue is { } due && due - _storage.Time.GetUtcNow() is var untilDue && untilDue < wait)
                wait = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue;
            try
            {
                var signalled = await _signal.WaitAsync(wait, stop);
                delay = signalled ? _options.MinPollingInterval
                    : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxPollingInterval.Ticks));
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        Task[] running;
        lock (_inFlight) running = [.. _inFlight];
        await Task.WhenAll(running);
    }

    private async Task<bool> PumpAsync(QueueClient queue, SemaphoreSlim slots, Func<QueueClient, QueueMessage, CancellationToken, Task> handle,
        CancellationToken stop)
    {
        var free = Math.Min(32, slots.CurrentCount);
        if (free == 0) return false;
        var messages = (await _storage.CallAsync("Receive", null,
            () => queue.ReceiveMessagesAsync(free, _options.MessageVisibilityTimeout, stop))).Value;
        foreach (var message in messages)
        {
            await slots.WaitAsync(stop);
            var task = Task.Run(async () =>
            {
                try
                {
                    await handle(queue, message, stop);
                }
                finally
                {
                    var wasFull = slots.Release() == 0;
                    if (wasFull) _signal.Set();
                }
            }, CancellationToken.None);
            lock (_inFlight) _inFlight.Add(task);
            _ = task.ContinueWith(t => { lock (_inFlight) _inFlight.Remove(t); }, TaskScheduler.Default);
        }
        return messages.Length > 0;
    }

    private TimeSpan Jitter(TimeSpan delay) => delay * (0.8 + Random.Shared.NextDouble() * 0.4);
}
