namespace Groupement.Durable;

/// <summary>A class-based activity (as Microsoft.DurableTask's TaskActivity&lt;TInput, TOutput&gt;); resolved from DI.</summary>
public abstract class TaskActivity<TInput, TOutput> : ITaskActivity
{
    /// <inheritdoc />
    public Type InputType => typeof(TInput);

    /// <inheritdoc />
    public Type OutputType => typeof(TOutput);

    /// <summary>The activity code; runs at least once, so make it idempotent (see <see cref="TaskActivityContext.IdempotencyKey"/>).</summary>
    public abstract Task<TOutput> RunAsync(TaskActivityContext context, TInput input);

    async Task<object?> ITaskActivity.RunAsync(TaskActivityContext context, object? input) =>
        await RunAsync(context, (TInput)input!);
}
