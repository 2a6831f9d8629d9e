namespace CradleToCareer.Domain.Events;

/// <summary>One validation error: a JSON Pointer into the submitted event and what was expected there.</summary>
public sealed record FieldError(string Path, string Message);
