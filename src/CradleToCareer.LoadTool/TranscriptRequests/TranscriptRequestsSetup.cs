using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// What the phases need from setup: students who consented to the college, students who did not (yet), the background
/// students, the source organization's token (ingest, and consents as the student portal) and the college's.
/// </summary>
public sealed record RequestTargets(
    IReadOnlyList<LandedStudent> Consented, IReadOnlyList<LandedStudent> Awaiting, IReadOnlyList<StudentProfile> Background,
    AccessTokenSource Source, AccessTokenSource College);

/// <summary>
/// Step 1 of the transcript-requests command: the source organization (roles source and student-portal) ingests
/// --students + --awaiting-students full-record students (at least <see cref="TranscriptRequestsOptions.MinCourses"/>
/// courses each) and one K-12 enrollment for each background student; the first --students consent (scope transcript)
/// to the college organization. Persons come from the seed mixed with the tag, so a new tag gives new persons.
/// </summary>
public static class TranscriptRequestsSetup
{
    public static readonly ConsentGrants.Grant TranscriptGrant = new(
        ["transcript"], "Load test: e-transcript requests (synthetic students)", landed => landed.Student.EnrolledInPostsecondary);

    public static async Task<RequestTargets> RunAsync(TranscriptRequestsOptions o, HttpClient http, DateOnly today, DateTime time, CancellationToken ct)
    {
        var mixed = BackgroundLoad.Seed(o.Seed, o.Tag);
        var requested = FullRecordStudents.Generate(o.Students + o.AwaitingStudents, TranscriptRequestsOptions.MinCourses, mixed, o.Tag);
        var factory = new StudentFactory(mixed);
        var rng = new Random(mixed);
        var background = Enumerable.Range(0, TranscriptRequestsOptions.BackgroundStudents).Select(i => factory.Create(rng, i)).ToArray();
        var enrollments = background.Select(s => new FullRecordStudent(s, [StudentEvents.Enrollment(s, o.Tag, today, time)]));
        Console.Error.WriteLine(
            $"setup: {requested.Count:N0} full-record students ({requested.Sum(s => s.Events.Count):N0} events), {background.Length:N0} background students");

        var source = await AccessTokenSource.CreateAsync(http, o.Auth, ViewsSetup.SourceRoles, ct);
        var college = await ConsumerOrganization.ConnectAsync(
            http, o.Auth, o.CollegeOrgId, "Load test college: e-transcript requests (synthetic)", ["college"], ct);
        var landed = await SetupIngest.RunAsync(http, source, [.. requested, .. enrollments], ct);
        var persons = landed.Take(requested.Count).Select(s => s.PersonId).Distinct(StringComparer.Ordinal).Count();
        if (persons < requested.Count)
        {
            throw new ToolException(
                $"setup: the {requested.Count:N0} requested students landed on only {persons:N0} persons; use another --seed or --tag");
        }
        var consented = landed.Take(o.Students).ToArray();
        await ConsentGrants.RunAsync(http, source, consented, o.CollegeOrgId, TranscriptGrant, AlertsSetup.ConsentConcurrency, ct);
        Console.Error.WriteLine($"setup: {consented.Length:N0} students consented to transcripts for {o.CollegeOrgId}, {o.AwaitingStudents:N0} did not");
        return new RequestTargets(consented, [.. landed.Skip(o.Students).Take(o.AwaitingStudents)], background, source, college);
    }
}
