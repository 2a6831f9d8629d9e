using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Domain.Tests.Events;

/// <summary>One valid event per type, as a source system would send it, and helpers to break them.</summary>
internal static class SampleEvents
{
    public const string Ssn = "123-45-6789";
    public const string SsnDigits = "123456789";
    public const string Source = "urn:c2c:source:lea:1964733";

    public static readonly KeyedTokenizer Tokenizer = new(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());

    public static IEnumerable<object[]> AllTypes => EventTypes.All.Select(type => new object[] { type });

    public static JsonObject Valid(string type) => new()
    {
        ["specversion"] = "1.0",
        ["id"] = "evt-" + type,
        ["source"] = Source,
        ["type"] = type,
        ["time"] = "2025-06-12T17:00:00Z",
        ["datacontenttype"] = "application/json",
        ["data"] = Data(type),
    };

    public static ParsedEvent Parse(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return EventParser.Parse(document.RootElement, Tokenizer);
    }

    public static ParsedEvent Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return EventParser.Parse(document.RootElement, Tokenizer);
    }

    public static SourceEvent ParseValid(JsonNode node)
    {
        var parsed = Parse(node);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return parsed.Event!;
    }

    /// <summary>Sets (or with null JSON text, removes) the value at a JSON Pointer; returns the same root.</summary>
    public static JsonObject With(this JsonObject root, string pointer, string? jsonValue)
    {
        var segments = pointer.Split('/')[1..];
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = parent is JsonArray array ? array[int.Parse(segment)]! : parent[segment]!;
        }

        var last = segments[^1];
        if (parent is JsonArray list)
        {
            list[int.Parse(last)] = jsonValue is null ? null : JsonNode.Parse(jsonValue);
        }
        else if (jsonValue is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(jsonValue);
        }

        return root;
    }

    public static JsonObject Without(this JsonObject root, string pointer) => root.With(pointer, null);

    private static JsonObject Data(string type)
    {
        var data = Body(type);
        data.Insert(0, "student", Student());
        return data;
    }

    private static JsonObject Student() => new()
    {
        ["ids"] = new JsonArray(new JsonObject { ["system"] = "ssid", ["value"] = "5550001112" }),
        ["firstName"] = "Ana",
        ["middleName"] = "R",
        ["lastName"] = "Lopez",
        ["birthDate"] = "2007-03-14",
        ["sex"] = "F",
        ["streetAddress"] = "12 Elm St",
        ["city"] = "Sacramento",
        ["postalCode"] = "95814",
        ["ssn"] = Ssn,
    };

    private static JsonObject School() => new()
    {
        ["id"] = "cds:19647331931765", ["name"] = "Lincoln High", ["kind"] = "k12-school",
    };

    private static JsonObject College() => new()
    {
        ["id"] = "ipeds:110680", ["name"] = "UC San Diego", ["kind"] = "uc",
    };

    private static JsonObject Body(string type) => type switch
    {
        EventTypes.K12EnrollmentStarted => new()
        {
            ["institution"] = School(), ["schoolYear"] = "2024-2025", ["gradeLevel"] = "09", ["entryDate"] = "2024-08-15",
        },
        EventTypes.K12EnrollmentEnded => new()
        {
            ["institution"] = School(), ["schoolYear"] = "2024-2025", ["exitDate"] = "2025-06-12", ["exitReason"] = "completed",
        },
        EventTypes.K12AttendanceSummarized => new()
        {
            ["institution"] = School(), ["schoolYear"] = "2024-2025", ["daysEnrolled"] = 180, ["daysAbsent"] = 12,
        },
        EventTypes.K12CourseCompleted => new()
        {
            ["institution"] = School(),
            ["schoolYear"] = "2024-2025",
            ["term"] = "FA",
            ["gradeLevel"] = "10",
            ["courseCode"] = "ENG10H",
            ["courseTitle"] = "English 10 Honors",
            ["agCategory"] = "b",
            ["honors"] = true,
            ["mark"] = "A-",
            ["creditsAttempted"] = 5,
            ["creditsEarned"] = 5,
        },
        EventTypes.K12Graduated => new()
        {
            ["institution"] = School(), ["schoolYear"] = "2024-2025", ["date"] = "2025-06-12", ["diplomaType"] = "standard",
        },
        EventTypes.PostsecondaryEnrollment => new()
        {
            ["institution"] = College(), ["term"] = "2025-FA", ["level"] = "undergraduate", ["programCip"] = "11.0701", ["unitsAttempted"] = 15,
        },
        EventTypes.PostsecondaryCourseCompleted => new()
        {
            ["institution"] = College(),
            ["term"] = "2025-FA",
            ["courseCode"] = "CSE 8A",
            ["courseTitle"] = "Intro to Programming",
            ["mark"] = "B+",
            ["unitsAttempted"] = 4,
            ["unitsEarned"] = 4,
        },
        EventTypes.PostsecondaryAwardConferred => new()
        {
            ["institution"] = College(), ["date"] = "2029-06-15", ["awardLevel"] = "bachelor", ["programCip"] = "11.0701", ["title"] = "BS Computer Science",
        },
        EventTypes.FinaidApplicationSubmitted => new()
        {
            ["application"] = "fafsa", ["awardYear"] = "2025-2026", ["submittedDate"] = "2024-12-01",
        },
        EventTypes.FinaidAwardDisbursed => new()
        {
            ["program"] = "cal-grant-a", ["awardYear"] = "2025-2026", ["institution"] = College(), ["amount"] = 4572.50, ["disbursedDate"] = "2025-09-20",
        },
        EventTypes.WorkforceWageReported => new()
        {
            ["employer"] = new JsonObject { ["idHash"] = "emp-7f3a", ["naics"] = "622110" }, ["year"] = 2030, ["quarter"] = 1, ["wages"] = 15250.75,
        },
        EventTypes.SocialServicesParticipation => new()
        {
            ["program"] = "calfresh", ["startDate"] = "2023-01-01", ["endDate"] = "2023-12-31",
        },
        EventTypes.CorrectionRetracted => new()
        {
            ["retracts"] = new JsonObject { ["source"] = Source, ["id"] = "evt-earlier" }, ["reason"] = "sent in error",
        },
        _ => throw new ArgumentException("no sample for " + type),
    };
}
