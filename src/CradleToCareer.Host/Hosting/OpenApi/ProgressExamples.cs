namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>Examples for the advisor's routes: a student block resolved to a person id, and a progress view.</summary>
internal sealed class ProgressExamples : OperationExamples
{
    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["ResolveStudent"] = (
                """{ "ids": [ { "system": "ssid", "value": "1234567890" } ], "firstName": "Ana", "lastName": "Lopez", "birthDate": "2007-03-14" }""",
                "200",
                """{ "personId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6" }"""),
            ["GetStudentProgress"] = (
                null,
                "200",
                """
                {
                  "personId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6",
                  "asOf": "2026-11-29T17:03:11.201Z",
                  "currentEnrollment": { "level": "k12", "institutionId": "cds:19647331931765", "institutionName": "Lincoln High", "gradeLevel": "11", "term": null },
                  "k12": {
                    "creditsEarned": 120.0, "gpa": 3.45,
                    "ag": {
                      "complete": false,
                      "subjects": {
                        "a": { "done": 4, "required": 4 }, "b": { "done": 6, "required": 8 }, "c": { "done": 6, "required": 6 },
                        "d": { "done": 2, "required": 4 }, "e": { "done": 4, "required": 4 }, "f": { "done": 2, "required": 2 },
                        "g": { "done": 1, "required": 2 }
                      },
                      "gpa1011": 3.6, "gpa1011WeightedCapped": 3.9
                    }
                  },
                  "postsecondary": { "unitsEarned": 0.0, "gpa": null },
                  "milestones": [ { "id": "finaid.application-submitted", "reachedOn": "2026-01-15" } ],
                  "riskFlags": [ "risk.chronic-absence" ],
                  "finaid": { "applications": [ { "application": "fafsa", "awardYear": "2026-2027", "submittedDate": "2026-01-15" } ], "disbursements": [] },
                  "scopes": [ "finaid", "progress" ]
                }
                """),
        };
}
