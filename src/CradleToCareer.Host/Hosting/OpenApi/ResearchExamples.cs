namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>A research project approved, an extract asked for, and the extract once its file is ready.</summary>
internal sealed class ResearchExamples : OperationExamples
{
    private const string Project =
        """
        {
          "id": "ccc-transfer-2026",
          "title": "Who transfers from community college, and how fast",
          "organizationId": "uc-berkeley-edlab",
          "purpose": "Study time to transfer and credential for the 2025 entrants, by social-services participation",
          "cohorts": ["entrants:2025-FA", "graduates:2024-2025"],
          "fields": ["milestones", "units-band", "award-level", "social-services"],
          "expiresAt": "2027-06-30T00:00:00Z",
          "agreement": "DUA-2026-0142"
        }
        """;

    private const string Approved =
        """
        {
          "id": "ccc-transfer-2026",
          "title": "Who transfers from community college, and how fast",
          "organizationId": "uc-berkeley-edlab",
          "purpose": "Study time to transfer and credential for the 2025 entrants, by social-services participation",
          "cohorts": ["entrants:2025-FA", "graduates:2024-2025"],
          "fields": ["milestones", "units-band", "award-level", "social-services"],
          "expiresAt": "2027-06-30T00:00:00+00:00",
          "agreement": "DUA-2026-0142",
          "approvedBy": "c_2f1d0c9a8b7e4d6f9a0b1c2d3e4f5a6b",
          "approvedAt": "2026-12-07T01:20:00+00:00"
        }
        """;

    private const string Queued =
        """
        {
          "extractId": "x_5b0e7c1d2a3f4e5d6c7b8a9f0e1d2c3b",
          "projectId": "ccc-transfer-2026",
          "status": "queued",
          "requestedBy": "c_7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d",
          "requestedAt": "2026-12-07T01:22:10+00:00",
          "progress": { "processed": 0, "total": null, "attempt": 0 },
          "summary": null,
          "finishedAt": null,
          "failure": null,
          "download": null
        }
        """;

    private const string Ready =
        """
        {
          "extractId": "x_5b0e7c1d2a3f4e5d6c7b8a9f0e1d2c3b",
          "projectId": "ccc-transfer-2026",
          "status": "ready",
          "requestedBy": "c_7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d",
          "requestedAt": "2026-12-07T01:22:10+00:00",
          "progress": { "processed": 41822, "total": 41822, "attempt": 1 },
          "summary": { "rows": 41607, "generalized": 912, "dropped": 215, "bytes": 3904417 },
          "finishedAt": "2026-12-07T01:22:31+00:00",
          "failure": null,
          "download": "/v1/research/projects/ccc-transfer-2026/extracts/x_5b0e7c1d2a3f4e5d6c7b8a9f0e1d2c3b/file"
        }
        """;

    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["ApproveResearchProject"] = (Project, "201", Approved),
            ["GetResearchProject"] = (null, "200", Approved),
            ["ListResearchProjects"] = (null, "200", $"[{Approved}]"),
            ["RequestResearchExtract"] = (null, "202", Queued),
            ["GetResearchExtract"] = (null, "200", Ready),
            ["ListResearchExtracts"] = (null, "200", $"[{Ready}]"),
        };
}
