using System.Reflection;
using Groupement.Functions;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.LocalHost;

/// <summary>What kind of trigger starts a function.</summary>
public enum TriggerKind
{
    Http,
    Timer,
    Orchestration,
    Activity,
}

/// <summary>One <c>[Function]</c> method of the app, as its attributes declare it (the same facts functions.metadata holds).</summary>
public sealed record FunctionDescriptor(string Name, TriggerKind Kind, MethodInfo Method, IReadOnlyList<string> HttpMethods, string? Route,
    string? Schedule, Type? InputType)
{
    public ParameterInfo TriggerParameter => Method.GetParameters().First(p => p.GetCustomAttributes().Any(a => a.GetType().Name.EndsWith("TriggerAttribute", StringComparison.Ordinal)));
}

/// <summary>
/// Reads the Functions app's <c>[Function]</c> methods by reflection. Nothing is declared twice: the local host maps
/// what the attributes say, and a binding it cannot honour stops it at start-up.
/// </summary>
public static class FunctionCatalog
{
    /// <summary>The app's assembly.</summary>
    public static Assembly AppAssembly => typeof(FunctionsProgram).Assembly;

    /// <summary>Every function of the app.</summary>
    public static IReadOnlyList<FunctionDescriptor> Read(Assembly? assembly = null)
    {
        var list = new List<FunctionDescriptor>();
        foreach (var type in (assembly ?? AppAssembly).GetTypes())
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is not { } function) continue;
            list.Add(Describe(function.Name, method));
        }
        var duplicate = list.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two functions are named {duplicate.Key}.");
        return list;
    }

    private static FunctionDescriptor Describe(string name, MethodInfo method)
    {
        foreach (var p in method.GetParameters())
        {
            foreach (var a in p.GetCustomAttributes())
            {
                switch (a)
                {
                    case HttpTriggerAttribute http:
                        return new(name, TriggerKind.Http, method,
                            (http.Methods ?? ["get", "post"]).Select(m => m.ToUpperInvariant()).ToList(), http.Route ?? name, null, null);
                    case TimerTriggerAttribute timer:
                        return new(name, TriggerKind.Timer, method, [], null, timer.Schedule, null);
                    case OrchestrationTriggerAttribute:
                        return new(name, TriggerKind.Orchestration, method, [], null, null, null);
                    case ActivityTriggerAttribute:
                        return new(name, TriggerKind.Activity, method, [], null, null, p.ParameterType);
                }
            }
        }
        throw new InvalidOperationException($"Function {name} ({method.DeclaringType?.Name}.{method.Name}) has no trigger the local host knows.");
    }
}
