using System.Text.Json.Nodes;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>Examples for the alert routes: a subscription request and answer, a delivery list, and a live stream.</summary>
internal sealed class AlertExamples : OperationExamples
{
    private const string Subscription =
        """{ "subscriptionId": "s_9c1d7e2f4a6b48c0a3e5d7f9b1c3e5a7", "organizationId": "cc-north-outreach", "url": "https://outreach.cc-north.example/c2c/alerts", "milestones": ["k12.ag-complete", "finaid.application-submitted", "risk.low-gpa"], "createdAt": "2026-11-29T17:03:11.201+00:00", "status": "active", "stoppedAt": null }""";

    private const string Alert =
        """{"specversion":"1.0","id":"a_5b8e0c2d4f6a4b1c9d3e5f7a9b1c3d5e","source":"urn:c2c:record-service","type":"c2c.alert.milestone.reached","time":"2026-11-29T17:04:01.517Z","datacontenttype":"application/json","subject":"p_4f1c9a7e2b6d40c8a1e3f5b7d9c2e4a6","data":{"personId":"p_4f1c9a7e2b6d40c8a1e3f5b7d9c2e4a6","milestoneId":"finaid.application-submitted","kind":"milestone","date":"2026-01-15","progress":"https://c2c.example.gov/v1/students/p_4f1c9a7e2b6d40c8a1e3f5b7d9c2e4a6/progress"}}""";

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
                """{ "subscriptionId": "s_9c1d7e2f4a6b48c0a3e5d7f9b1c3e5a7", "status": "active", "deliveries": [ { "alertId": "a_5b8e0c2d4f6a4b1c9d3e5f7a9b1c3d5e", "status": "pending", "attempts": 3, "lastResponseCode": 503, "queuedAt": "2026-11-29T17:04:01.517+00:00", "lastAttemptAt": "2026-11-29T17:04:02.000+00:00", "nextAttemptAt": "2026-11-29T17:04:22.000+00:00" }, { "alertId": "a_0e2c4a6b8d1f43e5a7c9b1d3f5e7a9c1", "status": "delivered", "attempts": 1, "lastResponseCode": 204, "queuedAt": "2026-11-29T16:58:40.102+00:00", "lastAttemptAt": "2026-11-29T16:58:40.131+00:00", "nextAttemptAt": null } ] }"""),
            ["StreamAlerts"] = (null, "200", Alert),
        };

    /// <summary>The stream's example is the text of one event: its alert id, its type, and the webhook body as data.</summary>
    protected override JsonNode? ResponseExample(string mediaType, string json) =>
        mediaType == "text/event-stream"
            ? JsonValue.Create($"id: a_5b8e0c2d4f6a4b1c9d3e5f7a9b1c3d5e\nevent: c2c.alert.milestone.reached\ndata: {json}\n\n")
            : base.ResponseExample(mediaType, json);
}
