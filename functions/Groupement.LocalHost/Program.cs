using Groupement.Functions.Hosting;
using Groupement.LocalHost;
using Groupement.LocalHost.Web;

// `publish-web <folder>`: writes web/ fingerprinted, as Azure Static Web Apps is to serve it.
if (args is ["publish-web", var output]) return StaticSiteCommands.Publish(output);
var builder = WebApplication.CreateBuilder(args);
builder.AddLocalHost();
if (!StartupChecks.Validate(builder.Configuration)) return 2;
var app = builder.Build();
app.UseLocalHost();
return await app.RunLocalHostAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
