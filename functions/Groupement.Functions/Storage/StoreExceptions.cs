namespace Groupement.Functions.Storage;

/// <summary>Someone else changed the row since it was read (ETag mismatch): read again and retry.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The entity to create already exists.</summary>
public sealed class EntityAlreadyExistsException(string message, Exception? inner = null) : Exception(message, inner);
