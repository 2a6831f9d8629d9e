namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>Examples for web accounts: activation codes and staff accounts.</summary>
internal sealed class AccountExamples : OperationExamples
{
    private const string StaffAccount =
        """{ "accountId": "acct_k3x9q2m7w4r8t1v6y0zp", "kind": "staff", "username": "m.okafor", "organizationId": "cc-north-outreach", "roles": ["advisor"], "createdAt": "2026-12-07T09:12:40.552+00:00", "disabledAt": null }""";

    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["IssueActivationCode"] = (
                """{ "kind": "guardian" }""",
                "201",
                """{ "code": "7KQM-3RTX-WB9D-HZ4P", "kind": "guardian", "expiresAt": "2026-12-21T15:02:44.318+00:00" }"""),
            ["CreateStaffAccount"] = (
                """{ "username": "m.okafor", "password": "lantern orchard copper tide", "roles": ["advisor"] }""",
                "201",
                StaffAccount),
            ["ListStaffAccounts"] = (null, "200", $"[{StaffAccount}]"),
        };
}
