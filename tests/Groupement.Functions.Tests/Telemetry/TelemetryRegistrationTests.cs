using Groupement.Functions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupement.Functions.Tests.Telemetry;

public sealed class TelemetryRegistrationTests
{
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=http://127.0.0.1:9/";

    private static IServiceCollection Registered(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddGroupementTelemetry();
        return builder.Services;
    }

    private static bool FromAzureMonitor(ServiceDescriptor d) =>
        new[] { d.ServiceType, d.ImplementationType, d.IsKeyedService ? null : d.ImplementationInstance?.GetType() }
            .Concat(d.ServiceType.GenericTypeArguments)
            .Any(t => t?.Assembly.GetName().Name == "Azure.Monitor.OpenTelemetry.Exporter");

    [Fact]
    public void The_Azure_Monitor_exporter_is_registered_when_the_connection_string_is_set()
    {
        var services = Registered(new() { [TelemetryRegistration.ConnectionStringKey] = ConnectionString });

        Assert.Contains(services, FromAzureMonitor);
        Assert.Equal(["azure-monitor"], TelemetryRegistration.Exporters(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [TelemetryRegistration.ConnectionStringKey] = ConnectionString }).Build()));
    }

    [Fact]
    public void Without_the_connection_string_nothing_of_Azure_Monitor_is_registered()
    {
        var services = Registered(new() { [TelemetryRegistration.ConnectionStringKey] = "", ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317" });

        Assert.DoesNotContain(services, FromAzureMonitor);
        Assert.Equal(["otlp"], TelemetryRegistration.Exporters(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317" }).Build()));
    }

    [Fact]
    public void With_the_connection_string_the_host_starts_and_its_tracer_provider_builds()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [TelemetryRegistration.ConnectionStringKey] = ConnectionString });
        builder.AddGroupementTelemetry();
        using var host = builder.Build();

        Assert.NotNull(host.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
    }

    [Theory]
    [InlineData("Authorization=AAD;ClientId=3f6e0c1a-0000-4000-8000-000000000001", "3f6e0c1a-0000-4000-8000-000000000001")]
    [InlineData(" authorization = aad ; clientid = abc ", "abc")]
    [InlineData("Authorization=AAD", null)]
    [InlineData("Authorization=Basic;ClientId=abc", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_managed_identity_of_the_authentication_string_is_read(string? value, string? expected)
    {
        Assert.Equal(expected, TelemetryRegistration.ManagedIdentityClientId(value));
    }
}
