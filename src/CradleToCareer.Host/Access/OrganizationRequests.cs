using CradleToCareer.Domain.Access;
using System.Text.RegularExpressions;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Host.Access;

/// <summary>Body of <c>POST /v1/organizations</c>; <c>studentPortal</c> (default false) lets its clients hold the role student-portal.</summary>
public sealed record OrganizationRequest(
    string? Id,
    string? Name,
    IReadOnlyList<string>? Sources,
    IReadOnlyList<string>? Institutions,
    IReadOnlyList<string>? AllowedEventTypes,
    bool? StudentPortal = null);

/// <summary>Body of <c>POST /v1/organizations/{orgId}/clients</c>.</summary>
public sealed record ClientRequest(IReadOnlyList<string>? Roles);

/// <summary>A client's credentials, shown once: <c>201</c> of client creation and <c>200</c> of secret rotation.</summary>
public sealed record ClientCredentials(string ClientId, string ClientSecret, IReadOnlyList<string> Roles);

/// <summary>A client as an admin reads it: never its secret, its hash or the hash's stamp.</summary>
public sealed record ClientSummary(string ClientId, IReadOnlyList<string> Roles, DateTimeOffset? SecretChangedAt, DateTimeOffset? DisabledAt)
{
    public static ClientSummary Of(CradleToCareer.Application.Access.ClientRecord client) =>
        new(client.ClientId, client.Roles, client.SecretChangedAt, client.DisabledAt);
}

/// <summary>Validation of the admin bodies, with errors keyed by JSON Pointer.</summary>
public static partial class OrganizationRequests
{
    public static Dictionary<string, string[]> Validate(OrganizationRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Id is null || !OrganizationIdPattern().IsMatch(request.Id))
        {
            errors["/id"] = ["is required: 1-64 lower-case letters, digits and dashes"];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["/name"] = ["is required: 1-200 characters"];
        }

        Each(request.Sources, "/sources", errors, source => Uri.TryCreate(source, UriKind.Absolute, out _), "must be an absolute URI or URN");
        Each(request.Institutions, "/institutions", errors, id => InstitutionIdPattern().IsMatch(id), "must be cds: and 14 digits, or ipeds: and 6 digits");
        Each(request.AllowedEventTypes, "/allowedEventTypes", errors, IsEventTypePattern, "must be an event type of events.md, or a family such as c2c.k12.*");
        return errors;
    }

    public static Dictionary<string, string[]> Validate(ClientRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Roles is not { Count: > 0 })
        {
            errors["/roles"] = ["is required: at least one of " + string.Join(", ", Roles.All.Order(StringComparer.Ordinal))];
        }
        else
        {
            Each(request.Roles, "/roles", errors, Roles.All.Contains, "must be one of " + string.Join(", ", Roles.All.Order(StringComparer.Ordinal)));
        }

        return errors;
    }

    public static Organization ToOrganization(OrganizationRequest request) => new(
        request.Id!,
        request.Name!.Trim(),
        request.Sources ?? [],
        request.Institutions ?? [],
        request.AllowedEventTypes ?? [],
        request.StudentPortal ?? false);

    private static bool IsEventTypePattern(string pattern) =>
        EventTypes.All.Any(type => SourcePermissions.Matches(pattern, type));

    private static void Each(
        IReadOnlyList<string>? values, string path, Dictionary<string, string[]> errors, Func<string, bool> valid, string message)
    {
        for (var i = 0; values is not null && i < values.Count; i++)
        {
            if (values[i] is null || !valid(values[i]))
            {
                errors[$"{path}/{i}"] = [message];
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex OrganizationIdPattern();

    [GeneratedRegex(@"^(cds:\d{14}|ipeds:\d{6})$")]
    private static partial Regex InstitutionIdPattern();
}
