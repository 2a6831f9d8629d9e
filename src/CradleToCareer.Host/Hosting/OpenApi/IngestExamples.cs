using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>
/// The request body of <c>POST /v1/events</c> (the handler reads it itself, so the content type can be
/// checked with a clear problem) with an example per content type, and an example answer.
/// </summary>
internal sealed class IngestExamples : IOperationFilter
{
    private static readonly string Course = """
        {
          "specversion": "1.0",
          "id": "calpads-2025-000123",
          "source": "urn:c2c:source:lea:1964733",
          "type": "c2c.k12.course.completed",
          "time": "2025-06-12T17:00:00Z",
          "datacontenttype": "application/json",
          "data": {
            "student": { "ids": [ { "system": "ssid", "value": "1234567890" } ], "firstName": "Ana", "lastName": "Lopez", "birthDate": "2007-03-14" },
            "institution": { "id": "cds:19647331931765", "name": "Lincoln High", "kind": "k12-school" },
            "schoolYear": "2024-2025", "term": "SP", "gradeLevel": "11",
            "courseCode": "ENG11", "courseTitle": "English 11", "agCategory": "b", "honors": false,
            "mark": "A-", "creditsAttempted": 5.0, "creditsEarned": 5.0
          }
        }
        """;

    private static readonly string Response = """
        {
          "results": [
            { "id": "calpads-2025-000123", "status": "accepted", "personId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6" },
            { "id": "calpads-2025-000124", "status": "rejected", "errors": [ { "path": "/data/mark", "message": "must be one of A+, A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F, P, NP, I, W" } ] }
          ]
        }
        """;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>()
                .All(name => name.EndpointName != "PostEvents"))
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One CloudEvent, a JSON array of up to 5,000, or NDJSON (one event per line, streamed).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/cloudevents+json"] = Body(JsonSchemaType.Object, JsonNode.Parse(Course)),
                ["application/cloudevents-batch+json"] = Body(JsonSchemaType.Array, new JsonArray(JsonNode.Parse(Course))),
                ["application/x-ndjson"] = Body(JsonSchemaType.String, JsonValue.Create(JsonNode.Parse(Course)!.ToJsonString() + "\n")),
            },
        };

        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } okContent)
        {
            SetExample(okContent, "application/json", JsonNode.Parse(Response));
        }
    }

    private static OpenApiMediaType Body(JsonSchemaType type, JsonNode? example) =>
        new() { Schema = new OpenApiSchema { Type = type }, Example = example };

    private static void SetExample(IDictionary<string, OpenApiMediaType> content, string mediaType, JsonNode? example)
    {
        if (content.TryGetValue(mediaType, out var media))
        {
            media.Example = example;
        }
    }
}
