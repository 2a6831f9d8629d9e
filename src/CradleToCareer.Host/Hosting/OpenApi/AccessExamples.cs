namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>
/// Examples for the admin routes: an organization registered and read, a client created, listed, given a new secret
/// and disabled.
/// </summary>
internal sealed class AccessExamples : OperationExamples
{
    private const string Organization =
        """{ "id": "cc-north-outreach", "name": "College of the North Outreach", "sources": ["urn:c2c:source:ccn:outreach"], "institutions": ["ipeds:110334"], "allowedEventTypes": ["c2c.postsecondary.*"] }""";

    private const string StoredOrganization =
        """{ "id": "cc-north-outreach", "name": "College of the North Outreach", "sources": ["urn:c2c:source:ccn:outreach"], "institutions": ["ipeds:110334"], "allowedEventTypes": ["c2c.postsecondary.*"], "studentPortal": false }""";

    private const string Client =
        """{ "clientId": "c_7a3f0d2e9b1c48e6a5d4c3b2a1f0e9d8", "roles": ["advisor", "subscriber"], "secretChangedAt": "2026-03-02T09:15:00+00:00", "disabledAt": null }""";

    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["CreateOrganization"] = (Organization, "201", StoredOrganization),
            ["ListOrganizations"] = (null, "200", $"[{StoredOrganization}]"),
            ["GetOrganization"] = (null, "200", StoredOrganization),
            ["ListClients"] = (null, "200", $"[{Client}]"),
            ["DisableClient"] = (
                null,
                "200",
                """{ "clientId": "c_7a3f0d2e9b1c48e6a5d4c3b2a1f0e9d8", "roles": ["advisor", "subscriber"], "secretChangedAt": "2026-03-02T09:15:00+00:00", "disabledAt": "2026-04-18T16:40:12+00:00" }"""),
            ["CreateClient"] = (
                """{ "roles": ["advisor", "subscriber"] }""",
                "201",
                """{ "clientId": "c_7a3f0d2e9b1c48e6a5d4c3b2a1f0e9d8", "clientSecret": "q8Xv2mN4pL6rT0yW3zB5cD7fG9hJ1kS2aE4uI6oP8", "roles": ["advisor", "subscriber"] }"""),
            ["RotateClientSecret"] = (
                null,
                "200",
                """{ "clientId": "c_7a3f0d2e9b1c48e6a5d4c3b2a1f0e9d8", "clientSecret": "Zr5tY7uI9oP1aS3dF5gH7jK9lQ2wE4rT6yU8iO0p", "roles": ["advisor", "subscriber"] }"""),
        };
}
