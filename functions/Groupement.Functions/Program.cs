using Groupement.Functions.Hosting;
using Groupement.Functions.Workflow;

var builder = WebApplication.CreateBuilder(args);
builder.AddGroupementHost();
builder.Services.AddGroupementStorageClients();
if (!builder.ValidateGroupementConfiguration()) return 2;
builder.AddGroupementWorkflow();
var app = builder.Build();
app.UseGroupementHost();
app.MapGroupementWorkflow();
return await app.RunGroupementAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
