namespace Groupement.Functions.Hosting;

/// <summary>Bad configuration: the message is one line that names the key and says what to do; it never holds a secret.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
