using System.Diagnostics;
using System.Collections.Concurrent;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>Alerts on PostgreSQL: pending deliveries outlive the host, and a SIGKILL neither loses an alert nor doubles one.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAlertTests(PostgresFixture postgres)
{
    private const string Submitted = "finaid.application-submitted";
    private const string AllowLoopback = "C2C:Webhooks:AllowLoopback=true";

    [Fact]
    public async Task On_postgresql_the_grain_records_the_alert_itself_without_the_sweep()
    {
        var database = await postgres.CreateDatabaseAsync("alert_live");
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var service = await ServiceUnderTest.StartAsync(database, AllowLoopback, "C2C:Alerts:SweepIntervalSeconds=3600");
        var scenario = await AlertScenario.StartAsync(service.Anonymous, service.Http, receiver.Url);
        await scenario.EnrollAsync("alerts");

        await scenario.SubmitFafsaAsync();
        var webhook = await scenario.WaitForAsync(receiver, Submitted);

        Assert.Equal(204, webhook.AnsweredWith);
    }

    [Fact]
    public async Task A_delivery_waiting_for_its_retry_is_made_by_the_next_host_under_the_same_webhook_id()
    {
        var database = await postgres.CreateDatabaseAsync("alert_retry");
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => 503;
        AlertScenario scenario;
        ReceivedWebhook refused;
        await using (var first = await ServiceUnderTest.StartAsync(database, AllowLoopback))
        {
            scenario = await AlertScenario.StartAsync(first.Anonymous, first.Http, receiver.Url);
            await scenario.EnrollAsync("alerts");
            await scenario.SubmitFafsaAsync();
            refused = await scenario.WaitForAsync(receiver, Submitted);
        }

        receiver.Answer = _ => 204;
        await using var second = await ServiceUnderTest.StartAsync(database, AllowLoopback);
        var delivered = await receiver.WaitForAsync(w => w.Id == refused.Id && w.AnsweredWith == 204, TimeSpan.FromSeconds(40));

        Assert.Equal(503, refused.AnsweredWith);
        Assert.Equal(refused.Body, delivered.Body);
        Assert.Equal(2, receiver.Received.Count(w => w.Id == refused.Id));
    }

    [Fact]
    public async Task A_retry_is_made_by_the_other_silo_once_the_first_has_left_the_cluster()
    {
        var database = await postgres.CreateDatabaseAsync("alert_two_silos");
        var cluster = "C2C:Cluster:ClusterId=alert-two-silos";
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => 503;
        var first = await ServiceUnderTest.StartAsync(database, AllowLoopback, cluster);
        var scenario = await AlertScenario.StartAsync(first.Anonymous, first.Http, receiver.Url);
        await scenario.EnrollAsync("alerts");
        await scenario.SubmitFafsaAsync();
        var refused = await scenario.WaitForAsync(receiver, Submitted);
        await using var second = await ServiceUnderTest.StartAsync(database, AllowLoopback, cluster);
        await first.DisposeAsync();

        receiver.Answer = _ => 204;
        var delivered = await receiver.WaitForAsync(w => w.Id == refused.Id && w.AnsweredWith == 204, TimeSpan.FromSeconds(40));
        using var subscriberOnSecond = new HttpClient { BaseAddress = second.Http.BaseAddress };
        subscriberOnSecond.DefaultRequestHeaders.Authorization = scenario.Subscriber.DefaultRequestHeaders.Authorization;
        var delivery = await scenario.WaitForDeliveryAsync(refused.Id, "delivered", subscriberOnSecond);

        Assert.Equal(refused.Body, delivered.Body);
        Assert.Single(await scenario.DeliveriesAsync(subscriberOnSecond));
        Assert.Equal(2, delivery["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task After_a_sigkill_every_acknowledged_milestone_is_alerted_under_exactly_one_alert_id()
    {
        var database = await postgres.CreateDatabaseAsync("alert_crash");
        await using var receiver = await WebhookReceiver.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["C2C__Webhooks__AllowLoopback"] = "true",
            ["C2C__Alerts__SweepIntervalSeconds"] = "2",
            ["C2C__Alerts__SweepSettleSeconds"] = "3",
        };
        var acknowledged = new ConcurrentBag<string>();
        var doomed = await HostProcess.StartAsync(database, environment: environment);
        await using (doomed)
        {
            var subscriber = await AlertScenario.StartAsync(doomed.Anonymous, doomed.Http, receiver.Url);
            var ssids = Enumerable.Range(0, 12).Select(_ => TestEvents.NewSsid()).ToList();
            foreach (var ssid in ssids)
            {
                var personId = (await doomed.Http.PostSingleAsync(TestEvents.Enrollment("crash-enroll-" + ssid, ssid))).PersonId();
                await doomed.Http.GrantConsentAsync(personId, subscriber.OrganizationId, "Outreach", "alerts");
            }

            var writers = ssids.Select(ssid => Task.Run(async () =>
            {
                try
                {
                    var result = await doomed.Http.PostSingleAsync(TestEvents.Fafsa("crash-fafsa-" + ssid, ssid, "521-44-" + ssid[..4]));
                    acknowledged.Add(result.PersonId());
                }
                catch (HttpRequestException)
                {
                    // Killed before the answer: not acknowledged, so nothing is owed.
                }
            })).ToList();
            // Killed once the first write is acknowledged, with the others still in flight; a loaded machine may
            // take longer than a fixed delay to acknowledge anything, which would leave nothing to check.
            var firstAcknowledged = Stopwatch.StartNew();
            while (acknowledged.IsEmpty && writers.Any(writer => !writer.IsCompleted) && firstAcknowledged.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5));
            }

            await doomed.KillAsync();
            await Task.WhenAll(writers);
        }

        await using var restarted = await HostProcess.StartAsync(database, replacing: doomed, environment: environment);
        foreach (var personId in acknowledged)
        {
            await receiver.WaitForAsync(w => w.PersonId == personId && w.MilestoneId == Submitted, TimeSpan.FromSeconds(60));
        }

        var idsPerMilestone = receiver.Received
            .Where(w => w.Type == AlertTypes.MilestoneReached)
            .GroupBy(w => (w.PersonId, w.MilestoneId))
            .ToDictionary(group => group.Key, group => group.Select(w => w.Id).Distinct().Count());
        Assert.NotEmpty(acknowledged);
        Assert.All(idsPerMilestone, pair => Assert.Equal(1, pair.Value));
    }
}
