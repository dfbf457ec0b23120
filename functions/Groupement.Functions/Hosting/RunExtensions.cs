namespace Groupement.Functions.Hosting;

/// <summary>Runs the host and turns bad configuration into one line on stderr and exit code 2.</summary>
public static class RunExtensions
{
    /// <summary>Checks the configuration before the host starts; on a problem prints one line and returns false.</summary>
    public static bool ValidateGroupementConfiguration(this WebApplicationBuilder builder)
    {
        try
        {
            HostSettings.From(builder.Configuration);
            StorageRegistration.Validate(builder.Configuration);
            return true;
        }
        catch (ConfigurationException e)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }

    /// <summary>Runs until shutdown; returns the process exit code.</summary>
    public static async Task<int> RunGroupementAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (Unwrap(e) is ConfigurationException c)
        {
            await Console.Error.WriteLineAsync(c.Message);
            return 2;
        }
    }

    private static Exception Unwrap(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } a => Unwrap(a.InnerExceptions[0]),
        _ when e.InnerException is ConfigurationException inner => inner,
        _ => e,
    };
}
