namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>Examples for the consent routes: a grant, the student's list and the list granted to an organization.</summary>
internal sealed class ConsentExamples : OperationExamples
{
    private const string Consent =
        """{ "consentId": "c_2d4f6a8b0c1e43f5a7b9d1e3f5a7c9e1", "personId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6", "recipientOrgId": "cc-north-outreach", "scopes": ["progress", "alerts"], "purpose": "college advising and outreach", "grantor": "student", "grantedAt": "2026-11-29T17:03:11.201+00:00", "expiresAt": "2027-05-31T00:00:00+00:00", "revokedAt": null, "status": "active" }""";

    private const string StudentConsent =
        """{ "consentId": "c_2d4f6a8b0c1e43f5a7b9d1e3f5a7c9e1", "personId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6", "recipientOrgId": "cc-north-outreach", "scopes": ["progress", "alerts"], "purpose": "college advising and outreach", "grantor": "student", "grantedAt": "2026-11-29T17:03:11.201+00:00", "expiresAt": "2027-05-31T00:00:00+00:00", "revokedAt": null, "status": "active", "grantedByClientId": "c_3b5d7f9a1c2e4a6b8d0f2a4c6e8a0b2d", "studentSession": "sess-8f3a2c" }""";

    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["GrantConsent"] = (
                """{ "recipientOrgId": "cc-north-outreach", "scopes": ["progress", "alerts"], "purpose": "college advising and outreach", "expiresAt": "2027-05-31T00:00:00Z", "grantor": "student" }""",
                "201",
                StudentConsent),
            ["ListStudentConsents"] = (null, "200", $"[{StudentConsent}]"),
            ["ListConsentsGrantedToMe"] = (null, "200", $"[{Consent}]"),
        };
}
