namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>
/// Outcome figures: a school's graduates of one year and the statewide entrants of one term, with the suppressed values
/// as null (a small cell, its complementary partner, a zero cell picked as that partner, and a numerator within 10 of
/// its denominator).
/// </summary>
internal sealed class OutcomesExamples : OperationExamples
{
    private const string School =
        """
        {
          "institutionId": "cds:19647331931765",
          "asOf": "2026-12-07T01:12:45.118Z",
          "cohorts": [
            {
              "cohort": "graduates:2024-2025",
              "size": 412,
              "metrics": {
                "ag-complete": {
                  "all": { "denominator": 412, "numerator": 198, "rate": 0.4806 },
                  "sex": {
                    "F": { "denominator": 214, "numerator": 113, "rate": 0.528 },
                    "M": { "denominator": 190, "numerator": 83, "rate": 0.4368 },
                    "X": { "denominator": null, "numerator": null, "rate": null },
                    "unknown": { "denominator": null, "numerator": null, "rate": null }
                  },
                  "social-services": {
                    "no": { "denominator": 301, "numerator": 162, "rate": 0.5382 },
                    "yes": { "denominator": 111, "numerator": 36, "rate": 0.3243 }
                  }
                },
                "enrolled-1y": {
                  "all": { "denominator": 412, "numerator": null, "rate": null },
                  "sex": {
                    "F": { "denominator": 214, "numerator": null, "rate": null },
                    "M": { "denominator": 190, "numerator": null, "rate": null },
                    "X": { "denominator": null, "numerator": null, "rate": null },
                    "unknown": { "denominator": null, "numerator": null, "rate": null }
                  },
                  "social-services": {
                    "no": { "denominator": 301, "numerator": null, "rate": null },
                    "yes": { "denominator": 111, "numerator": null, "rate": null }
                  }
                }
              }
            }
          ]
        }
        """;

    private const string State =
        """
        {
          "institutionId": null,
          "asOf": "2026-12-07T01:12:45.118Z",
          "cohorts": [
            {
              "cohort": "entrants:2025-FA",
              "size": 18240,
              "metrics": {
                "30-units-1y": {
                  "all": { "denominator": 18240, "numerator": 7113, "rate": 0.39 },
                  "sex": {
                    "F": { "denominator": 9620, "numerator": 3998, "rate": 0.4156 },
                    "M": { "denominator": 8390, "numerator": 3050, "rate": 0.3635 },
                    "X": { "denominator": 151, "numerator": 41, "rate": 0.2715 },
                    "unknown": { "denominator": 79, "numerator": 24, "rate": 0.3038 }
                  },
                  "social-services": {
                    "no": { "denominator": 12102, "numerator": 5120, "rate": 0.4231 },
                    "yes": { "denominator": 6138, "numerator": 1993, "rate": 0.3247 }
                  }
                },
                "median-wages-after-credential": {
                  "all": { "denominator": 212, "median": 41875 },
                  "sex": {
                    "F": { "denominator": 120, "median": 40210 },
                    "M": { "denominator": 88, "median": 44960 },
                    "X": { "denominator": null, "median": null },
                    "unknown": { "denominator": null, "median": null }
                  },
                  "social-services": {
                    "no": { "denominator": 150, "median": 43300 },
                    "yes": { "denominator": 62, "median": 38740 }
                  }
                }
              }
            }
          ]
        }
        """;

    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["GetInstitutionOutcomes"] = (null, "200", School),
            ["GetPublicInstitutionOutcomes"] = (null, "200", School),
            ["GetStatewideOutcomes"] = (null, "200", State),
        };
}
