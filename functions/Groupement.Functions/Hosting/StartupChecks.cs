namespace Groupement.Functions.Hosting;

/// <summary>Checks the configuration before a host starts: bad configuration is one line on stderr and exit code 2.</summary>
public static class StartupChecks
{
    /// <summary>On a problem prints one line naming the key and returns false.</summary>
    public static bool Validate(IConfiguration configuration)
    {
        try
        {
            HostSettings.From(configuration);
            Auth.SignInSettings.From(configuration);
            StorageRegistration.Validate(configuration);
            return true;
        }
        catch (ConfigurationException e)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }

    /// <summary>The configuration problem behind a start-up failure, if that is what it was.</summary>
    public static ConfigurationException? ConfigurationProblem(Exception e) => e switch
    {
        ConfigurationException c => c,
        AggregateException { InnerExceptions.Count: 1 } a => ConfigurationProblem(a.InnerExceptions[0]),
        _ when e.InnerException is not null => ConfigurationProblem(e.InnerException),
        _ => null,
    };
}
