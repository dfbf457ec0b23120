using Cronos;

namespace Groupement.Functions.Hosting;

/// <summary>The six-field NCRONTAB schedules of timer triggers (seconds first), as Azure Functions reads them.</summary>
public static class Ncrontab
{
    /// <summary>Parses a schedule; throws <see cref="ConfigurationException"/> naming the setting.</summary>
    public static CronExpression Parse(string key, string expression)
    {
        try
        {
            return CronExpression.Parse(expression, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException e)
        {
            throw new ConfigurationException($"Configuration: {key.Replace(":", "__")} '{expression}' is not a six-field NCRONTAB schedule ({e.Message}).");
        }
    }
}
