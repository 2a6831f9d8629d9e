namespace CradleToCareer.Host.Hosting;

/// <summary>Examples for the subscription routes: a subscription request and answer, and a delivery list.</summary>
internal sealed class AlertExamples : OperationExamples
{
    private const string Subscription =
        """{ "subscriptionId": "s_9c1d7e2f4a6b48c0a3e5d7f9b1c3e5a7", "organizationId": "cc-north-outreach", "url": "https://outreach.cc-north.example/c2c/alerts", "milestones": ["k12.ag-complete", "finaid.application-submitted", "risk.low-gpa"], "createdAt": "2026-11-29T17:03:11.201+00:00", "status": "active", "stoppedAt": null }""";

    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["CreateSubscription"] = (
                """{ "url": "https://outreach.cc-north.example/c2c/alerts", "milestones": ["k12.ag-complete", "finaid.application-submitted", "risk.low-gpa"] }""",
                "201",
                """{ "subscriptionId": "s_9c1d7e2f4a6b48c0a3e5d7f9b1c3e5a7", "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwQ2pHtY0eW1k=", "url": "https://outreach.cc-north.example/c2c/alerts", "milestones": ["k12.ag-complete", "finaid.application-submitted", "risk.low-gpa"], "createdAt": "2026-11-29T17:03:11.201+00:00", "status": "active" }"""),
            ["GetSubscription"] = (null, "200", Subscription),
            ["ListSubscriptionDeliveries"] = (
                null,
                "200",
                """{ "subscriptionId": "s_9c1d7e2f4a6b48c0a3e5d7f9b1c3e5a7", "status": "active", "deliveries": [ { "alertId": "a_5b8e0c2d4f6a4b1c9d3e5f7a9b1c3d5e", "status": "retrying", "attempts": 3, "lastResponseCode": 503, "lastAttemptAt": "2026-11-29T17:04:02.000+00:00", "nextAttemptAt": "2026-11-29T17:04:22.000+00:00" } ] }"""),
        };
}
