using CradleToCareer.Grains;
using CradleToCareer.Grains.Ports;
using CradleToCareer.Grains.Streaming;
using CradleToCareer.Storage.InMemory.Alerts;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;
using System.Text.Json;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Grains.Alerts;
using CradleToCareer.Grains.Matching;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Testing;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Application.Students;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Streams;
using Orleans.TestingHost;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>An in-process Orleans cluster running the real grains over an in-memory event log.</summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    /// <summary>How often the weights grain of this cluster re-estimates (small, so a test can reach it).</summary>
    public const int WeightsEstimatedEveryPairs = 5_000;

    public GrainClusterFixture()
    {
        EventLog = new(Identity, new FakeClock(DateTimeOffset.UtcNow.AddMinutes(-1)));
        Rechecks = new(new InMemoryReviewRechecks(Identity));
        AlertLog = new(new InMemoryAlertLog(Alerts));
    }

    /// <summary>The identity data behind the log, whose match records the blocking-key grains load.</summary>
    public InMemoryIdentity Identity { get; } = new();

    /// <summary>The log stamps events a minute in the past, so the alert sweep takes them as settled at once.</summary>
    public InMemoryEventLog EventLog { get; }

    public InMemoryAlerts Alerts { get; } = new();

    /// <summary>The grains' alert log over <see cref="Alerts"/>; a test can hold a person's appends at a gate.</summary>
    public HeldAlertLog AlertLog { get; }

    /// <summary>The weights grain's re-checks of the review queue, over <see cref="Identity"/>; a test can make them fail.</summary>
    public FailingRechecks Rechecks { get; }

    public KeyedTokenizer Tokenizer { get; } = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>The service's matcher over this cluster's grains and <see cref="Identity"/>'s match records.</summary>
    public BlockingIndexMatcher Matcher(MatchEncoder encoder) => new(
        Client, new InMemoryMatchRecordSource(Identity), encoder, MatchingSettings.Default, TimeProvider.System,
        NullLogger<BlockingIndexMatcher>.Instance);

    /// <summary>Ingest's identity decisions over <see cref="EventLog"/> with <paramref name="matcher"/>.</summary>
    public IdentityDecisions Decisions(IRecordMatcher matcher) =>
        new(EventLog, matcher, new GrainStudentProfiles(Client), NullLogger<IdentityDecisions>.Instance);

    /// <summary>Rounds of two events, so a sweep over a few tests' events takes several rounds.</summary>
    public const int SweepEventsPerRound = 2;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSerializer(serializer => serializer.AddDomainTypes());
            silo.Services.AddSingleton<IEventLog>(EventLog);
            silo.Services.AddSingleton<IMatchRecordSource>(new InMemoryMatchRecordSource(Identity));
            silo.Services.AddSingleton<IReviewRecheckStore>(Rechecks);
            silo.Services.AddSingleton<IStudentProfiles, GrainStudentProfiles>();
            silo.Services.AddSingleton<RecheckReviews>();
            silo.Services.AddSingleton<FingerprintInterning>();
            silo.Services.AddSingleton<BlockLoader>();
            silo.Services.AddSingleton(Alerts);
            silo.Services.AddSingleton<IAlertLog>(AlertLog);
            silo.Services.AddSingleton<IAlertSweepCursor, InMemoryAlertSweepCursor>();
            silo.Services.AddSingleton(new AlertLinks(new Uri("https://c2c.test/")));
            silo.Services.AddSingleton<AlertPulse>();
            silo.Services.AddSingleton<SiloEventRate>();
            silo.Services.AddSingleton(AlertSweepSettings.Default with { EventsPerRound = SweepEventsPerRound });
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton(TimeProvider.System);
            silo.Services.AddSingleton(MatchingSettings.Default with { EstimateEveryPairs = WeightsEstimatedEveryPairs });
            silo.AddMemoryGrainStorageAsDefault();
            silo.AddEventStreams();
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddSerializer(serializer => serializer.AddDomainTypes());
            client.AddEventStreams();
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Commits events straight to the log, as ingest does, without any stream fan-out.</summary>
    public async Task<IReadOnlyList<(PendingEvent Event, AppendOutcome Outcome)>> CommitAsync(params System.Text.Json.Nodes.JsonObject[] events)
    {
        var pending = events
            .Select(e => EventParser.Parse(JsonSerializer.SerializeToElement(e), Tokenizer))
            .Select(parsed => PendingEvent.Create(parsed.Event ?? throw new InvalidOperationException(string.Join("; ", parsed.Errors)), new BatchIdentifierTokens(Tokenizer)))
            .ToList();
        var outcomes = await new IdentityDecisions(EventLog, new DeterministicOnly(), new GrainStudentProfiles(Client), NullLogger<IdentityDecisions>.Instance).AppendAsync(pending, CancellationToken.None);
        return pending.Zip(outcomes).ToList();
    }
}
