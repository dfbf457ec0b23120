using Groupement.Domain.Reference;

namespace Groupement.Functions.Features.Analysis;

/// <summary>
/// The communes and EPCI of <c>@etalab/decoupage-administratif</c>, loaded once on first use from
/// <c>ReferenceData__Directory</c>, else from <c>node_modules/@etalab/decoupage-administratif/data</c> found above the
/// content root or the binaries. Without it the analysis still runs; populations are then unknown unless supplied.
/// </summary>
public sealed partial class ReferenceDataProvider(IConfiguration config, IHostEnvironment env, ILogger<ReferenceDataProvider> logger)
{
    private const string RelativeDataDir = "node_modules/@etalab/decoupage-administratif/data";
    private readonly Lazy<ReferenceData?> _data = new(() => Load(config, env, logger));

    /// <summary>The reference data, or null when the files are absent.</summary>
    public ReferenceData? Data => _data.Value;

    private static ReferenceData? Load(IConfiguration config, IHostEnvironment env, ILogger logger)
    {
        var dir = config["ReferenceData:Directory"] is { Length: > 0 } configured ? configured
            : Candidates(env.ContentRootPath).Concat(Candidates(AppContext.BaseDirectory)).FirstOrDefault(d => File.Exists(Path.Combine(d, "communes.json")));
        if (dir is null || !File.Exists(Path.Combine(dir, "communes.json")))
        {
            LogMissing(logger);
            return null;
        }
        var started = TimeProvider.System.GetTimestamp();
        var data = ReferenceData.Load(dir);
        LogLoaded(logger, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return data;
    }

    private static IEnumerable<string> Candidates(string start)
    {
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            yield return Path.Combine(d.FullName, RelativeDataDir);
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "Reference data (communes, EPCI) not found: set ReferenceData__Directory; populations will be unknown unless supplied")]
    private static partial void LogMissing(ILogger logger);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Reference data loaded in {Milliseconds:F0} ms")]
    private static partial void LogLoaded(ILogger logger, double milliseconds);
}
