using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Groupement.LocalHost;

/// <summary>What one invocation offers to a function's parameters.</summary>
public sealed class InvocationBindings
{
    public HttpContext? Http { get; init; }
    public TaskOrchestrationContext? Orchestration { get; init; }
    public object? ActivityInput { get; init; }
    public string? InstanceId { get; init; }
    public CancellationToken CancellationToken { get; init; }
}

/// <summary>
/// Calls a function method as the Functions worker would: its class built from the invocation's services (constructor
/// injection), its parameters bound from the trigger, <c>[DurableClient]</c>, route values and the cancellation token.
/// </summary>
public sealed class FunctionInvoker(DurableTaskClient durable)
{
    /// <summary>Throws at start-up when a parameter of <paramref name="function"/> cannot be bound here.</summary>
    public static void Check(FunctionDescriptor function)
    {
        foreach (var p in function.Method.GetParameters())
        {
            var known = p.ParameterType == typeof(HttpRequest) || p.ParameterType == typeof(TaskOrchestrationContext)
                || p.ParameterType == typeof(TimerInfo) || p.ParameterType == typeof(CancellationToken)
                || p.GetCustomAttribute<DurableClientAttribute>() is not null || p.GetCustomAttribute<ActivityTriggerAttribute>() is not null
                || (p.ParameterType == typeof(string) && function.Kind == TriggerKind.Activity && p.Name == "instanceId")
                || (p.ParameterType == typeof(string) && function.Kind == TriggerKind.Http && (function.Route ?? "").Contains("{" + p.Name, StringComparison.Ordinal));
            if (!known)
                throw new InvalidOperationException($"Function {function.Name}: the local host cannot bind parameter '{p.Name}' ({p.ParameterType.Name}).");
        }
    }

    /// <summary>Invokes the function and returns what it returned (awaited).</summary>
    public async Task<object?> InvokeAsync(FunctionDescriptor function, IServiceProvider services, InvocationBindings bindings)
    {
        var method = function.Method;
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        var args = method.GetParameters().Select(p => Bind(p, bindings)).ToArray();
        object? returned;
        try
        {
            returned = method.Invoke(target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        if (returned is Task task)
        {
            await task;
            var type = task.GetType();
            return type.IsGenericType && type.GetProperty("Result") is { } result && result.PropertyType.Name != "VoidTaskResult"
                ? result.GetValue(task) : null;
        }
        return returned;
    }

    private object? Bind(ParameterInfo p, InvocationBindings b)
    {
        if (p.ParameterType == typeof(HttpRequest)) return b.Http!.Request;
        if (p.ParameterType == typeof(TaskOrchestrationContext)) return b.Orchestration;
        if (p.ParameterType == typeof(CancellationToken)) return b.CancellationToken;
        if (p.ParameterType == typeof(TimerInfo)) return new TimerInfo();
        if (p.GetCustomAttribute<DurableClientAttribute>() is not null) return durable;
        if (p.GetCustomAttribute<ActivityTriggerAttribute>() is not null) return b.ActivityInput;
        if (p.Name == "instanceId" && b.InstanceId is not null) return b.InstanceId;
        if (b.Http?.GetRouteValue(p.Name!) is { } value) return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }
}
