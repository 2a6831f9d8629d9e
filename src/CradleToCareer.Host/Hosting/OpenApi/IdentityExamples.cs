namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>Examples for the steward's routes: a merge request and answer, and a page of the review queue.</summary>
internal sealed class IdentityExamples : OperationExamples
{
    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["MergePersons"] = (
                """{ "survivorId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6", "mergedId": "p_0b7d3e91c2a84f5e9d1c6b2a3f4e5d6c", "reason": "same student: K-12 and college records, confirmed with the family" }""",
                "201",
                """{ "mergeId": "m_4c1f0e2d9b8a47c6a5e3d2c1b0a9f8e7", "survivorId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6", "mergedId": "p_0b7d3e91c2a84f5e9d1c6b2a3f4e5d6c" }"""),
            ["UndoMerge"] = (
                """{ "reason": "twins, not one student" }""",
                "200",
                """{ "mergeId": "m_4c1f0e2d9b8a47c6a5e3d2c1b0a9f8e7", "survivorId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6", "mergedId": "p_0b7d3e91c2a84f5e9d1c6b2a3f4e5d6c" }"""),
            ["ListIdentityReviews"] = (
                null,
                "200",
                """
                {
                  "total": 2,
                  "reviews": [
                    {
                      "reviewId": "r_9e8d7c6b5a4f43e2a1b0c9d8e7f6a5b4",
                      "kind": "possible-match",
                      "score": 33.2,
                      "evidence": [
                        { "field": "firstName", "agreement": "disagree", "weight": -4.64, "frequencyBits": 0 },
                        { "field": "lastName", "agreement": "agree", "weight": 8.99, "frequencyBits": 1.5 },
                        { "field": "birthDate", "agreement": "agree", "weight": 8.31, "frequencyBits": 0 },
                        { "field": "sex", "agreement": "agree", "weight": 0.96, "frequencyBits": 0 },
                        { "field": "streetAddress", "agreement": "agree", "weight": 8.81, "frequencyBits": 0 },
                        { "field": "city", "agreement": "agree", "weight": 3.81, "frequencyBits": 0 },
                        { "field": "postalCode", "agreement": "agree", "weight": 6.91, "frequencyBits": 0 },
                        { "field": "ssn", "agreement": "missing", "weight": 0, "frequencyBits": 0 }
                      ],
                      "reasons": [
                        { "code": "above-link-threshold", "text": "score 33.2 bits reaches the link threshold 12, but the evidence below holds the link back" },
                        { "code": "conflict:firstName", "text": "first names disagree" },
                        { "code": "missing:ssn", "text": "SSN missing on one record or both" }
                      ],
                      "identifierSystems": [],
                      "createdAt": "2026-11-29T17:04:11.512Z",
                      "person": { "personId": "p_0b7d3e91c2a84f5e9d1c6b2a3f4e5d6c", "firstName": "M***", "lastName": "O***", "birthDate": "2012-**-**", "sex": "M", "identifierSystems": ["local:ipeds:110334"] },
                      "candidate": { "personId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6", "firstName": "J***", "lastName": "O***", "birthDate": "2012-**-**", "sex": "M", "identifierSystems": ["ssid"] }
                    },
                    {
                      "reviewId": "r_2b4d6f8a0c1e43a5b7c9d1e3f5a7b9c0",
                      "kind": "matcher-merge",
                      "score": null,
                      "evidence": [],
                      "reasons": [
                        { "code": "matcher-merge", "text": "a new record links both persons with every name and the birth date present, so matching merged them as merge m_7a9c1e3b5d7f49a1b3c5d7e9f1a3b5c7; dismiss this item to confirm, or undo with POST /v1/identity/merges/m_7a9c1e3b5d7f49a1b3c5d7e9f1a3b5c7/undo" }
                      ],
                      "identifierSystems": [],
                      "createdAt": "2026-11-29T17:06:40.031Z",
                      "person": { "personId": "p_8e1a2b3c4d5e46f7a8b9c0d1e2f3a4b5", "firstName": "A***", "lastName": "H***", "birthDate": "2009-**-**", "sex": "F", "identifierSystems": ["local:cds:19647331932334"] },
                      "candidate": { "personId": "p_1c3e5a7b9d0f42e4a6c8e0b2d4f6a8c0", "firstName": "A***", "lastName": "H***", "birthDate": "2009-**-**", "sex": "F", "identifierSystems": ["local:ipeds:110334"] }
                    }
                  ]
                }
                """),
        };
}
