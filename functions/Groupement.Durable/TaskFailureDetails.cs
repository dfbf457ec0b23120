namespace Groupement.Durable;

/// <summary>Why a task or an orchestration failed, in a form that survives serialization.</summary>
/// <param name="ErrorType">The full name of the exception type.</param>
/// <param name="ErrorMessage">The exception message, readable by a person.</param>
/// <param name="StackTrace">The stack trace, when known.</param>
public sealed record TaskFailureDetails(string ErrorType, string ErrorMessage, string? StackTrace = null)
{
    /// <summary>Builds failure details from an exception.</summary>
    public static TaskFailureDetails FromException(Exception exception) =>
        new(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, exception.StackTrace);

    /// <summary>True when the failure was caused by an exception of type <typeparamref name="T"/> (by full name).</summary>
    public bool IsCausedBy<T>() where T : Exception => ErrorType == typeof(T).FullName;
}
