using CradleToCareer.Domain.Events;

namespace CradleToCareer.Host.Api;

/// <summary>Domain field errors as the <c>errors</c> member of a validation problem: messages keyed by JSON Pointer.</summary>
public static class ValidationErrors
{
    public static Dictionary<string, string[]> ByPath(IEnumerable<FieldError> errors) =>
        errors.GroupBy(error => error.Path).ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray());
}
