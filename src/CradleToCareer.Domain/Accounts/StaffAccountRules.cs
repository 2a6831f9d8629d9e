using System.Text.RegularExpressions;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Accounts;

/// <summary>
/// What a web account's user name, password and roles must be. Passwords follow NIST SP 800-63B: long rather than
/// complicated (12 to 256 characters, any characters), never the user name.
/// </summary>
public static partial class StaffAccountRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 256;

    /// <summary>The roles a person can hold on a staff account; the machine roles stay with OAuth clients.</summary>
    public static IReadOnlyList<string> StaffRoles { get; } = [Roles.Admin, Roles.Advisor, Roles.College, Roles.Steward, Roles.Researcher];

    /// <summary>A user name as stored: trimmed and in lower case.</summary>
    public static string NormalizeUsername(string? username) => (username ?? "").Trim().ToLowerInvariant();

    /// <summary>Whether a user name, as stored (<see cref="NormalizeUsername"/>), could belong to an account at all.</summary>
    public static bool IsWellFormedUsername(string normalized) => UsernamePattern().IsMatch(normalized);

    /// <summary>Problems with a user name and password, keyed by JSON Pointer; empty when both are fine.</summary>
    public static IReadOnlyList<FieldError> ValidateCredentials(string? username, string? password)
    {
        var errors = new List<FieldError>();
        var normalized = NormalizeUsername(username);
        if (!IsWellFormedUsername(normalized))
        {
            errors.Add(new FieldError("/username", "is required: 3-64 letters, digits and . _ @ -, starting with a letter or digit"));
        }

        if (password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            errors.Add(new FieldError("/password", $"is required: {MinPasswordLength}-{MaxPasswordLength} characters; a few unrelated words make a good one"));
        }
        else if (string.Equals(password.Trim(), normalized, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("/password", "must not be the user name"));
        }

        return errors;
    }

    /// <summary>Problems with the roles of a staff account, keyed by JSON Pointer; empty when they are fine.</summary>
    public static IReadOnlyList<FieldError> ValidateRoles(IReadOnlyList<string>? roles)
    {
        if (roles is not { Count: > 0 })
        {
            return [new FieldError("/roles", "is required: one or more of " + string.Join(", ", StaffRoles))];
        }

        return [.. roles
            .Select((role, i) => (role, i))
            .Where(x => !StaffRoles.Contains(x.role, StringComparer.Ordinal))
            .Select(x => new FieldError($"/roles/{x.i}", "must be one of " + string.Join(", ", StaffRoles)))];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._@-]{2,63}$")]
    private static partial Regex UsernamePattern();
}
