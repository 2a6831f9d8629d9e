using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Views;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>What the measurement needs from setup.</summary>
public sealed record AlertTargets(
    AlertStudents Students, AccessTokenSource Source, AccessTokenSource Subscriber, Subscription Subscription, IReadOnlySet<string> ConsentedPersons);

/// <summary>
/// Step 1 of the alerts command: the source organization (roles source and student-portal) ingests one K-12
/// enrollment per student, consented and background alike, so every student exists; the consented ones consent to
/// alerts for the subscriber organization, whose client subscribes the receiver to every milestone.
/// </summary>
public static class AlertsSetup
{
    /// <summary>Consents granted at once during setup.</summary>
    public const int ConsentConcurrency = 16;

    public static async Task<AlertTargets> RunAsync(
        AlertsOptions o, HttpClient http, Uri receiverUrl, AlertJudge judge, DateOnly today, DateTime time, CancellationToken ct)
    {
        var students = AlertStudents.Draw(o.Students, o.Seed, o.Tag);
        var source = await AccessTokenSource.CreateAsync(http, o.Auth, ViewsSetup.SourceRoles, ct);
        var subscriber = await ConsumerOrganization.ConnectAsync(
            http, o.Auth, o.SubscriberOrgId, "Load test alert subscriber (synthetic)", ["subscriber"], ct);

        var records = students.All.Select(s => new FullRecordStudent(s, [StudentEvents.Enrollment(s, o.Tag, today, time)])).ToArray();
        var landed = await SetupIngest.RunAsync(http, source, records, ct);
        var consented = landed.Take(o.Students).ToArray();
        var persons = consented.Select(s => s.PersonId).ToHashSet(StringComparer.Ordinal);
        if (persons.Count < o.Students)
        {
            throw new ToolException(
                $"setup: the {o.Students:N0} consented students landed on only {persons.Count:N0} persons; use another --seed or --tag");
        }
        var grant = new ConsentGrants.Grant(
            ["alerts"], "Load test: milestone alert latency (synthetic students)", _ => false);
        await ConsentGrants.RunAsync(http, source, consented, o.SubscriberOrgId, grant, AlertsSetup.ConsentConcurrency, ct);

        var subscription = await Subscription.CreateAsync(http, subscriber, receiverUrl, ct);
        judge.Verify(SignatureCheck.FromSecret(subscription.Secret));
        Console.Error.WriteLine(
            $"setup: {landed.Count:N0} students, {persons.Count:N0} consented to alerts for {o.SubscriberOrgId}; " +
            $"subscription {subscription.Id} delivers to {receiverUrl}");
        return new AlertTargets(students, source, subscriber, subscription, persons);
    }
}
