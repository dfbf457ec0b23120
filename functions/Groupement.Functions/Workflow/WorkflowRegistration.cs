using Groupement.Durable;
using Groupement.Durable.AzureStorage;
using Groupement.Functions.Activities;
using Groupement.Functions.Analysis;
using Groupement.Functions.Auth;
using Groupement.Functions.Email;
using Groupement.Functions.Hosting;
using Groupement.Functions.Http;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Reminders;
using Groupement.Functions.Storage;
using Groupement.Functions.Web;

namespace Groupement.Functions.Workflow;

/// <summary>The adhésion workflow: stores, email, analysis, the durable runtime with its tasks, and the HTTP routes.</summary>
public static class WorkflowRegistration
{
    public static WebApplicationBuilder AddGroupementWorkflow(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddGroupementStorage();
        builder.AddGroupementEmail();
        services.AddSingleton<Access>();
        services.AddSingleton<AdhesionSignals>();
        services.AddSingleton<NotificationSender>();
        services.AddSingleton<ReferenceDataProvider>();
        services.AddSingleton<DeliberationAnalysisService>();

        services.AddDurableTaskAzureStorage(_ => { });
        services.AddOptions<AzureStorageDurableOptions>()
            .Bind(builder.Configuration.GetSection("Durable"))
            .Configure<StorageClients, HostSettings>((o, storage, settings) =>
            {
                o.TableServiceClient = storage.Tables;
                o.QueueServiceClient = storage.Queues;
                o.BlobServiceClient = storage.Blobs;
                o.TaskHubName = settings.TaskHubName;
            });
        services.AddDurableTasks(r => r
            .AddOrchestrator<AdhesionOrchestrator>()
            .AddActivity<AnalyzeAdhesionActivity>()
            .AddActivity<ApplySignalActivity>()
            .AddActivity<SendNotificationActivity>());
        services.AddGroupementReminders();
        return builder;
    }

    public static WebApplication MapGroupementWorkflow(this WebApplication app)
    {
        app.MapGroupementsApi();
        app.MapInvitationsApi();
        app.MapSubmissionApi();
        app.MapAdhesionsApi();
        app.MapPrefectureApi();
        app.MapExportsApi();
        app.MapDeliberationsApi();
        app.MapSendGridEventsApi();
        app.MapWebPages();
        return app;
    }
}
