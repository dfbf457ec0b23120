using Groupement.Functions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGroupementHost();
builder.Services.AddGroupementStorageClients();
if (!builder.ValidateGroupementConfiguration()) return 2;
var app = builder.Build();
app.UseGroupementHost();
return await app.RunGroupementAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
