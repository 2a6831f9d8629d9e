using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>An upload of NDJSON lines, the job it starts, the job done, a page of jobs and the results file.</summary>
internal sealed class ImportExamples : OperationExamples
{
    private const string Upload =
        """
        {"specversion":"1.0","id":"calpads-2025-000123","source":"urn:c2c:source:lea:1964733","type":"c2c.k12.enrollment.started","time":"2025-08-14T15:00:00Z","data":{"student":{"ids":[{"system":"ssid","value":"1234567890"}],"firstName":"Ana","lastName":"Lopez","birthDate":"2007-03-14"},"institution":{"id":"cds:19647331931765"},"schoolYear":"2025-2026","gradeLevel":"12"}}
        {"specversion":"1.0","id":"calpads-2025-000124","source":"urn:c2c:source:lea:1964733","type":"c2c.k12.course.completed"
        """;

    private const string Queued =
        """
        {
          "importId": "imp_3c9e1f0a7b5d4e2c8a6f0b1d2e3c4a5b",
          "status": "queued",
          "lines": 2,
          "processed": 0,
          "counts": { "accepted": 0, "duplicate": 0, "conflict": 0, "rejected": 0 },
          "createdAt": "2026-12-07T06:40:12+00:00",
          "finishedAt": null,
          "results": null,
          "resultsDeletedAt": null
        }
        """;

    private const string Done =
        """
        {
          "importId": "imp_3c9e1f0a7b5d4e2c8a6f0b1d2e3c4a5b",
          "status": "done",
          "lines": 2,
          "processed": 2,
          "counts": { "accepted": 1, "duplicate": 0, "conflict": 0, "rejected": 1 },
          "createdAt": "2026-12-07T06:40:12+00:00",
          "finishedAt": "2026-12-07T06:40:13+00:00",
          "results": "/v1/imports/imp_3c9e1f0a7b5d4e2c8a6f0b1d2e3c4a5b/results",
          "resultsDeletedAt": null
        }
        """;

    private const string Results =
        """
        {"line":1,"id":"calpads-2025-000123","status":"accepted","personId":"p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6"}
        {"line":2,"id":null,"status":"rejected","errors":[{"path":"","message":"line 2 is not valid JSON (byte 117)"}]}
        """;

    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["StartImport"] = (Upload, "202", Queued),
            ["GetImport"] = (null, "200", Done),
            ["ListImports"] = (null, "200", $$"""{ "items": [{{Done}}], "next": null }"""),
            ["GetImportResults"] = (null, "200", Results),
        };

    /// <summary>
    /// The upload's body: the handler reads it itself as a stream, and an Accepts on the route would answer a wrong content
    /// type 415 before the caller's token is even checked.
    /// </summary>
    protected override void Describe(string endpointName, OpenApiOperation operation)
    {
        if (endpointName != "StartImport")
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "NDJSON: one CloudEvent per line (blank lines are skipped, a line may hold up to 1 MiB), up to 64 GiB in all.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/x-ndjson"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        };
    }

    /// <summary>The upload is NDJSON text, not one JSON document.</summary>
    protected override JsonNode? RequestExample(string mediaType, string json) => JsonValue.Create(json + "\n");

    protected override JsonNode? ResponseExample(string mediaType, string json) =>
        mediaType == "application/x-ndjson" ? JsonValue.Create(json + "\n") : JsonNode.Parse(json);
}
