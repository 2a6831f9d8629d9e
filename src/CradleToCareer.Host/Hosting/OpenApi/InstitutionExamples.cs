namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>An institution's counts, with the suppressed cells (1 to 10) as null.</summary>
internal sealed class InstitutionExamples : OperationExamples
{
    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["GetInstitution"] = (
                null,
                "200",
                """
                {
                  "institutionId": "cds:19647331931765",
                  "enrolledNow": { "count": 1412, "suppressed": false },
                  "enrolledByGradeLevel": {
                    "9": { "count": 371, "suppressed": false }, "10": { "count": 362, "suppressed": false },
                    "11": { "count": 340, "suppressed": false }, "12": { "count": 339, "suppressed": false }
                  },
                  "enrolledByTerm": {},
                  "milestones": {
                    "k12.ag-complete": { "count": 188, "suppressed": false },
                    "finaid.application-submitted": { "count": null, "suppressed": true }
                  }
                }
                """),
        };
}
