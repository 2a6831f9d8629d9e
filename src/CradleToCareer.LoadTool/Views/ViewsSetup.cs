using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Views;

/// <summary>What the measurement needs from setup: the students with their person ids, and both organizations' tokens.</summary>
public sealed record ViewTargets(IReadOnlyList<LandedStudent> Students, AccessTokenSource Source, AccessTokenSource Reader)
{
    public string[] PersonIds { get; } = [.. Students.Select(s => s.PersonId)];
}

/// <summary>
/// Step 1 of the views command: the source organization (roles source and student-portal) ingests the generated
/// students and grants their consents to the reader organization (roles college and advisor).
/// </summary>
public static class ViewsSetup
{
    /// <summary>The setup client's roles: it sends the events and, as the student portal, grants the consents.</summary>
    public static readonly string[] SourceRoles = ["source", "student-portal"];

    public static async Task<ViewTargets> RunAsync(ViewsOptions o, HttpClient http, CancellationToken ct)
    {
        var students = FullRecordStudents.Generate(o.Students, o.MinCourses, o.Seed, o.Tag);
        var courses = students.Select(s => s.Courses).ToArray();
        Console.Error.WriteLine(
            $"setup: {students.Count:N0} students, {students.Sum(s => s.Events.Count):N0} events, " +
            $"courses per student {courses.Min():N0} to {courses.Max():N0} (mean {courses.Average():N1})");

        var source = await AccessTokenSource.CreateAsync(http, o.Auth, SourceRoles, ct);
        var reader = await ConsumerOrganization.ConnectAsync(
            http, o.Auth, o.ReaderOrgId, "Load test readers: college and advisor (synthetic)", ["college", "advisor"], ct);
        var landed = await SetupIngest.RunAsync(http, source, students, ct);
        var grant = new ConsentGrants.Grant(
            ["transcript", "progress"], "Load test: transcript and progress-view latency (synthetic students)",
            landedStudent => landedStudent.Student.EnrolledInPostsecondary);
        await ConsentGrants.RunAsync(http, source, landed, o.ReaderOrgId, grant, o.Concurrency, ct);
        Console.Error.WriteLine($"setup: {landed.Select(s => s.PersonId).Distinct().Count():N0} persons, consents granted to {o.ReaderOrgId}");
        return new ViewTargets(landed, source, reader);
    }
}
