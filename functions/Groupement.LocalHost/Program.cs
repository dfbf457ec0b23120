using Groupement.Functions.Hosting;
using Groupement.LocalHost;

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalHost();
if (!StartupChecks.Validate(builder.Configuration)) return 2;
var app = builder.Build();
app.UseLocalHost();
return await app.RunLocalHostAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
