using System.Diagnostics;
using Groupement.Functions.Hosting;

namespace Groupement.Functions.Features.Submission;

/// <summary>One span per phase of a submission (ActivitySource "Groupement"): where a submission's time goes.</summary>
internal static class SubmissionSpans
{
    private static readonly ActivitySource Source = new(AppRegistration.ActivitySourceName);

    public static Activity? Start(string phase) => Source.StartActivity("submission." + phase);
}
