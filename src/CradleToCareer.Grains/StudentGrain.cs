using CradleToCareer.Domain.Accounts;
using Orleans.Concurrency;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Institutions;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Views;
using CradleToCareer.Grains.Alerts;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.Diagnostics;
using CradleToCareer.Application.EventLog;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace CradleToCareer.Grains;

/// <summary>
/// One person's longitudinal profile. The grain holds the person's events as read from the event log
/// and pushed on the event streams, keyed by source and id so no event is applied twice; the profile
/// is the domain projection of that set. The values the events share (texts, the student block, institutions) are kept
/// once (<see cref="CanonicalValuePool"/>), not once per event. The log is the source of truth: on activation and before
/// every read the grain catches up from it, so a fan-out message lost in a crash costs nothing.
/// Whenever the profile changes, the grain records the alerts it calls for in the durable alert ledger; that work runs
/// on a timer that interleaves with the grain's calls, so reads are not queued behind its database writes.
/// </summary>
[ImplicitStreamSubscription(EventStreams.Namespace)]
public sealed class StudentGrain(
    IEventLog eventLog,
    IAlertLog alertLog,
    AlertLinks alertLinks,
    AlertPulse alertPulse,
    SiloEventRate eventRate,
    TimeProvider clock,
    ILogger<StudentGrain> logger,
    [PersistentState("student-consents")] IPersistentState<StudentConsents> consents)
    : Grain, IStudentGrain
{
    private static readonly TimeSpan AlertRetryDelay = TimeSpan.FromSeconds(5);

    private readonly Dictionary<EventKey, SourceEvent> _events = [];
    private CanonicalValuePool _values = new();
    private Dictionary<string, InstitutionMembership> _published = new(StringComparer.Ordinal);
    private StudentProfile? _profile;
    private ProfileDocument? _document;
    private IGrainTimer? _changeTimer;
    private bool _acting;
    private bool _changedWhileActing;
    private ChangePacing? _pacing;
    private PersonAlertLedger? _alerts;
    private long _changeVersion = Random.Shared.NextInt64();
    private long? _changeTakenInAt;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string PersonId => this.GetPrimaryKeyString();

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Waiters return at once and ask again: the next activation has a version of its own.
        _changed.TrySetResult();
        return Task.CompletedTask;
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _alerts = new PersonAlertLedger(PersonId, alertLog, alertLinks, alertPulse);
        _pacing = new ChangePacing(clock, eventRate);
        await CatchUpAsync(replace: false, cancellationToken);
        await this.GetStreamProvider(EventStreams.ProviderName)
            .GetStream<AcceptedEvents>(StreamId.Create(EventStreams.Namespace, PersonId))
            .SubscribeAsync(OnEventsAsync);
    }

    public async Task<ProfileDocument> GetProfileAsync()
    {
        await CatchUpIfBehindAsync();
        var profile = CurrentProfile();
        return _document ??= new ProfileDocument(profile.EventCount, StudentProfileJson.Serialize(profile));
    }

    public async Task<ConsentGrant> GrantConsentAsync(ConsentRequest request)
    {
        if (!await ExistsAsync())
        {
            return new ConsentGrant(false, null, []);
        }

        var now = clock.GetUtcNow();
        var errors = ConsentRules.Validate(request.Scopes, request.Purpose, request.ExpiresAt, request.Grantor, CurrentProfile(), now);
        if (errors.Count > 0)
        {
            return new ConsentGrant(true, null, errors);
        }

        var consent = new Consent(
            // A plain array: grain storage writes JSON with type names, and a compiler-made list type has none it can read back.
            "c_" + Guid.NewGuid().ToString("N"), PersonId, request.RecipientOrgId, request.Scopes!.Distinct(StringComparer.Ordinal).ToArray(),
            request.Purpose!.Trim(), request.Grantor!, now, request.ExpiresAt!.Value, null, request.GrantedByClientId, request.StudentSession);
        await SaveAsync(consent);
        return new ConsentGrant(true, consent, []);
    }

    public async Task<IReadOnlyList<Consent>?> GetConsentsAsync() =>
        await ExistsAsync() ? [.. consents.State.Items.OrderBy(c => c.GrantedAt)] : null;

    public async Task<bool> RevokeConsentAsync(string consentId)
    {
        var consent = consents.State.Items.Find(c => c.ConsentId == consentId);
        if (consent is null)
        {
            return false;
        }

        if (consent.RevokedAt is null)
        {
            await SaveAsync(consent with { RevokedAt = clock.GetUtcNow() });
        }

        return true;
    }

    public async Task<Immutable<ProgressView?>> GetProgressAsync(Immutable<IReadOnlyList<string>> scopes) =>
        (await ExistsAsync() ? ProgressViews.Of(CurrentProfile(), scopes.Value, clock.GetUtcNow()) : null).AsImmutable();

    public async Task<Immutable<Transcript?>> GetTranscriptAsync(TranscriptIssue issue) =>
        (await ExistsAsync() ? TranscriptViews.Of(CurrentProfile(), issue) : null).AsImmutable();

    public Task RefreshIdentityAsync() => CatchUpAsync(replace: true, CancellationToken.None);

    public async Task<StudentAccountFacts?> GetAccountFactsAsync() =>
        await ExistsAsync() ? StudentAccountFacts.Of(CurrentProfile(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) : null;

    public async Task<int> RaiseAlertsAsync()
    {
        await CatchUpIfBehindAsync();
        return await _alerts!.RaiseAsync(CurrentProfile, clock.GetUtcNow(), CancellationToken.None);
    }

    public Task<Immutable<Consent?>> ConsentForAsync(string organizationId, string? scope) =>
        Task.FromResult(ConsentRules.NewestCovering(consents.State.Items, organizationId, scope, clock.GetUtcNow()).AsImmutable());

    /// <summary>
    /// What an institution rebuilding itself is told it holds from now on, as if it had been pushed: a later change is
    /// compared with it. Otherwise a change made and undone before this grain's next push (a diploma, then its
    /// retraction) would look like no change, and the institution would keep what it was told here.
    /// </summary>
    public Task<InstitutionMembership?> GetMembershipAsync(string institutionId)
    {
        var membership = Memberships().GetValueOrDefault(institutionId);
        if (membership is null)
        {
            _published.Remove(institutionId);
        }
        else
        {
            _published[institutionId] = membership;
        }

        return Task.FromResult(membership);
    }

    public async Task<long> WaitForChangeAsync(long seen, TimeSpan wait)
    {
        if (_changeVersion == seen && wait > TimeSpan.Zero)
        {
            using var quiet = new CancellationTokenSource();
            await Task.WhenAny(_changed.Task, Task.Delay(wait, quiet.Token));
            await quiet.CancelAsync();
        }

        return _changeVersion;
    }

    /// <summary>Moves the change version and wakes the live pages waiting on it.</summary>
    private void NotifyWatchers()
    {
        _changeVersion++;
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private async Task<bool> ExistsAsync() => (await GetProfileAsync()).EventCount > 0;

    /// <summary>
    /// Asks the log how many events it holds for the person, and catches up when that is not what the grain holds.
    /// Nothing else tells the grain that an ingest acknowledged a moment ago committed events whose stream message has
    /// not come yet (or never will), so no read skips the question. Nor do reads share one: the grain's calls run one
    /// at a time, so two reads never wait on a count together. Letting them run side by side ([ReadOnly]) would not be
    /// safe: Orleans starts a waiting call (a stream delivery, an identity refresh) once the first of two overlapping
    /// reads ends, and it would race this catch-up. The log itself answers the counts of many grains with one query.
    /// </summary>
    private async Task CatchUpIfBehindAsync()
    {
        if (await eventLog.CountPersonAsync(PersonId, CancellationToken.None) != _events.Count)
        {
            await CatchUpAsync(replace: false, CancellationToken.None);
        }
    }

    /// <summary>
    /// The student's own record first, then the recipient's index: if the second write fails the
    /// recipient merely does not list a consent that the student grain (which decides) already holds.
    /// </summary>
    private async Task SaveAsync(Consent consent)
    {
        consents.State.Items.RemoveAll(c => c.ConsentId == consent.ConsentId);
        consents.State.Items.Add(consent);
        await consents.WriteStateAsync();
        NotifyWatchers();
        await GrainFactory.Keyed<IOrganizationConsentsGrain>(consent.RecipientOrgId).RecordAsync(consent);
    }

    private Task OnEventsAsync(AcceptedEvents item, StreamSequenceToken? token)
    {
        eventRate.Delivered(item.CanonicalEvents.Count);
        if (Apply(item.CanonicalEvents.Select(utf8 => CanonicalEventJson.Read(utf8, _values))))
        {
            OnProfileChanged();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads the person's events from the log. Fewer than held means an undone merge took records away,
    /// so the held set is replaced rather than added to; <paramref name="replace"/> asks for that whatever the count
    /// (a merge or an undo changed which records are the person's). The held set changes only once the log has
    /// answered, all at once: the after-change work, which may run while this awaits, never sees it half built.
    /// </summary>
    private async Task CatchUpAsync(bool replace, CancellationToken cancellationToken)
    {
        var logged = await eventLog.ReadPersonAsync(PersonId, cancellationToken);
        StudentTelemetry.CaughtUp(logged.Count);
        if (replace || logged.Count < _events.Count)
        {
            _events.Clear();
            _values = new CanonicalValuePool();
            _profile = null;
            OnProfileChanged();
        }

        if (Apply(logged.Select(json => CanonicalEventJson.Read(json, _values))))
        {
            OnProfileChanged();
        }
    }

    /// <summary>Adds the events not yet held; true when anything changed.</summary>
    private bool Apply(IEnumerable<SourceEvent> sourceEvents)
    {
        var changed = false;
        foreach (var sourceEvent in sourceEvents)
        {
            changed |= _events.TryAdd(sourceEvent.Key, sourceEvent);
        }

        if (changed)
        {
            _profile = null;
        }

        return changed;
    }

    private StudentProfile CurrentProfile()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (_profile is null || _profile.AsOf != today)
        {
            _profile = StudentProjection.Project(PersonId, _events.Values, today);
            _document = null;
        }

        return _profile;
    }

    private Dictionary<string, InstitutionMembership> Memberships() =>
        InstitutionAggregation.MembershipsOf(CurrentProfile()).ToDictionary(m => m.InstitutionId, StringComparer.Ordinal);

    /// <summary>
    /// After a change the profile is projected once for the two things it feeds: alerts and institution counts. The
    /// time of the first change not yet raised is kept for the alerts' latency.
    /// </summary>
    private void OnProfileChanged()
    {
        _changeTakenInAt ??= clock.GetTimestamp();
        ScheduleAfterChange(ChangePacing.FirstDelay);
    }

    /// <summary>
    /// Sets the timer for the after-change work unless it is set already. While that work runs a change is only noted,
    /// and the work sets the timer again as it ends: so a change taken in meanwhile is acted on, and two runs of the
    /// work never overlap. The timer interleaves with the grain's calls, so reads are answered while the work awaits
    /// the database.
    /// </summary>
    private void ScheduleAfterChange(TimeSpan delay)
    {
        if (_acting)
        {
            _changedWhileActing = true;
            return;
        }

        _changeTimer ??= this.RegisterGrainTimer(
            AfterChangeAsync,
            new GrainTimerCreationOptions(_pacing!.DelayBeforeStep(delay), Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    /// <summary>
    /// Raises the alerts the profile calls for, then pushes changed memberships to their institutions, then wakes the
    /// live pages watching the person (<see cref="WaitForChangeAsync"/>), whose next read sees both. A failure to
    /// record alerts (the database briefly away) is retried after a pause; should the activation end first, the alert
    /// sweep asks again, since the alerts are owed to events already in the log. The timer is let go only at the end:
    /// disposing it cancels the token this callback was given.
    /// </summary>
    /// <remarks>
    /// Calls run while this awaits. A catch-up or a stream delivery may change the profile: the alerts of that change
    /// are owed to the next run, so its latency counts from it, not from the change this run took up. Consent writes
    /// may run too; this work touches neither the consents nor the held events.
    /// </remarks>
    private async Task AfterChangeAsync(CancellationToken cancellationToken)
    {
        _acting = true;
        var takenInAt = _changeTakenInAt;
        _changeTakenInAt = null;
        var now = _pacing!.Step();
        var failed = false;
        try
        {
            var recorded = await _alerts!.RaiseAsync(CurrentProfile, now, cancellationToken);
            AlertTelemetry.AlertsRecorded(recorded, clock.GetElapsedTime(takenInAt ?? clock.GetTimestamp()));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Recording alerts failed; trying again in {Delay}", AlertRetryDelay);
            _changeTakenInAt = takenInAt ?? _changeTakenInAt;
            failed = true;
        }

        try
        {
            await PushMembershipsAsync();
        }
        finally
        {
            _changeTimer?.Dispose();
            _changeTimer = null;
            _acting = false;
            NotifyWatchers();
            ActAgainIfOwed(failed);
        }
    }

    /// <summary>Sets the timer again after a run whose alerts failed, or during which the profile changed again.</summary>
    private void ActAgainIfOwed(bool failed)
    {
        var changedAgain = _changedWhileActing;
        _changedWhileActing = false;
        if (failed)
        {
            ScheduleAfterChange(AlertRetryDelay);
        }
        else if (changedAgain)
        {
            ScheduleAfterChange(ChangePacing.FirstDelay);
        }
    }

    private async Task PushMembershipsAsync()
    {
        var current = Memberships();
        var changes = current.Keys.Union(_published.Keys)
            .Where(id => !InstitutionMembership.Same(current.GetValueOrDefault(id), _published.GetValueOrDefault(id)))
            .ToList();

        await Task.WhenAll(changes.Select(institutionId =>
            GrainFactory.Keyed<IInstitutionGrain>(institutionId)
                .UpdateMemberAsync(PersonId, current.GetValueOrDefault(institutionId))));
        _published = current;
    }
}
