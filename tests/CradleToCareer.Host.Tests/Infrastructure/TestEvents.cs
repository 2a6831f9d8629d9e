using System.Text.Json.Nodes;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Events as a source system would send them (events.md), built for tests.</summary>
public static class TestEvents
{
    public const string LeaSource = "urn:c2c:source:lea:1964733";
    public const string CollegeSource = "urn:c2c:source:ccc:860";
    public const string AidSource = "urn:c2c:source:csac";
    public const string HighSchool = "cds:19647331931765";
    public const string College = "ipeds:110334";

    /// <summary>
    /// A student block whose name and birth date follow from the ssid, so students with different ssids
    /// are different people to identity matching too.
    /// </summary>
    public static JsonObject Student(string ssid, string? ssn = null)
    {
        var person = TestPerson.Of(ssid);
        var student = new JsonObject
        {
            ["ids"] = new JsonArray(new JsonObject { ["system"] = "ssid", ["value"] = ssid }),
            ["firstName"] = person.FirstName,
            ["lastName"] = person.LastName,
            ["birthDate"] = person.BirthDate,
        };
        if (ssn is not null)
        {
            student["ssn"] = ssn;
        }

        return student;
    }

    public static JsonObject Envelope(string id, string type, JsonObject data, string source = LeaSource) => new()
    {
        ["specversion"] = "1.0",
        ["id"] = id,
        ["source"] = source,
        ["type"] = type,
        ["time"] = "2025-06-12T17:00:00Z",
        ["data"] = data,
    };

    public static JsonObject Course(string id, string ssid, string mark = "A-", string schoolYear = "2024-2025", string term = "SP", string ag = "b") =>
        Envelope(id, "c2c.k12.course.completed", new JsonObject
        {
            ["student"] = Student(ssid),
            ["institution"] = new JsonObject { ["id"] = HighSchool, ["name"] = "Lincoln High", ["kind"] = "k12-school" },
            ["schoolYear"] = schoolYear,
            ["term"] = term,
            ["gradeLevel"] = "11",
            ["courseCode"] = "ENG11-" + id,
            ["courseTitle"] = "English 11",
            ["agCategory"] = ag,
            ["honors"] = false,
            ["mark"] = mark,
            ["creditsAttempted"] = 5.0,
            ["creditsEarned"] = 5.0,
        });

    public static JsonObject Enrollment(string id, string ssid, string schoolYear = "2099-2100", string grade = "11") =>
        Envelope(id, "c2c.k12.enrollment.started", new JsonObject
        {
            ["student"] = Student(ssid),
            ["institution"] = new JsonObject { ["id"] = HighSchool, ["name"] = "Lincoln High", ["kind"] = "k12-school" },
            ["schoolYear"] = schoolYear,
            ["gradeLevel"] = grade,
            ["entryDate"] = schoolYear[..4] + "-08-20",
        });

    /// <summary>A K-12 enrollment carrying the given student block.</summary>
    public static JsonObject EnrollmentOf(string id, JsonObject student) =>
        Envelope(id, "c2c.k12.enrollment.started", new JsonObject
        {
            ["student"] = student,
            ["institution"] = new JsonObject { ["id"] = HighSchool, ["name"] = "Lincoln High", ["kind"] = "k12-school" },
            ["schoolYear"] = "2024-2025",
            ["gradeLevel"] = "11",
            ["entryDate"] = "2024-08-20",
        });

    /// <summary>A college enrollment carrying the given student block.</summary>
    public static JsonObject CollegeEnrollmentOf(string id, JsonObject student) =>
        Envelope(id, "c2c.postsecondary.enrollment", new JsonObject
        {
            ["student"] = student,
            ["institution"] = new JsonObject { ["id"] = College, ["name"] = "City College", ["kind"] = "community-college" },
            ["term"] = "2025-FA",
            ["level"] = "undergraduate",
            ["unitsAttempted"] = 12.0,
        }, source: CollegeSource);

    public static JsonObject Fafsa(string id, string ssid, string ssn) =>
        Envelope(id, "c2c.finaid.application.submitted", new JsonObject
        {
            ["student"] = Student(ssid, ssn),
            ["application"] = "fafsa",
            ["awardYear"] = "2025-2026",
            ["submittedDate"] = "2025-01-15",
        }, source: AidSource);

    public static JsonObject Retraction(string id, string targetId, string ssid) =>
        Envelope(id, "c2c.correction.retracted", new JsonObject
        {
            ["student"] = Student(ssid),
            ["retracts"] = new JsonObject { ["source"] = LeaSource, ["id"] = targetId },
            ["reason"] = "entered in error",
        });

    public static JsonObject Disbursement(string id, string ssid, string institutionId, string source = AidSource) =>
        Envelope(id, "c2c.finaid.award.disbursed", new JsonObject
        {
            ["student"] = Student(ssid),
            ["program"] = "cal-grant-b",
            ["awardYear"] = "2025-2026",
            ["institution"] = new JsonObject { ["id"] = institutionId },
            ["amount"] = 1648.0,
            ["disbursedDate"] = "2025-09-15",
        }, source: source);

    /// <summary>The same event as another source would send it, naming the given institution.</summary>
    public static JsonObject From(this JsonObject sourceEvent, string source, string institutionId)
    {
        sourceEvent["source"] = source;
        sourceEvent["data"]!["institution"]!["id"] = institutionId;
        return sourceEvent;
    }

    /// <summary>A source URI no other organization of this test run holds.</summary>
    public static string NewSource() => "urn:c2c:source:test:" + Guid.NewGuid().ToString("N");

    /// <summary>A school id (cds: and 14 digits) no other organization of this test run holds.</summary>
    public static string NewSchool() => "cds:" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999);

    /// <summary>A ten-digit statewide student id unique to this test run.</summary>
    public static string NewSsid() => Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString();
}
