using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Institutions;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Views;
using CradleToCareer.Storage.EventLog;
using Orleans.Streams;

namespace CradleToCareer.Grains;

/// <summary>
/// One person's longitudinal profile. The grain holds the person's events as read from the event log
/// and pushed on the event streams, keyed by source and id so no event is applied twice; the profile
/// is the domain projection of that set. The log is the source of truth: on activation and before
/// every read the grain catches up from it, so a fan-out message lost in a crash costs nothing.
/// </summary>
[ImplicitStreamSubscription(EventStreams.Enrollment)]
[ImplicitStreamSubscription(EventStreams.Academic)]
[ImplicitStreamSubscription(EventStreams.Aid)]
[ImplicitStreamSubscription(EventStreams.Employment)]
[ImplicitStreamSubscription(EventStreams.Services)]
public sealed class StudentGrain(
    IEventLog eventLog,
    TimeProvider clock,
    [PersistentState("student-consents")] IPersistentState<StudentConsents> consents)
    : Grain, IStudentGrain
{
    /// <summary>
    /// How long a burst of events may collect before institution counts are recomputed: the projection
    /// is the expensive part of applying events, so it runs once per burst, not once per event.
    /// </summary>
    private static readonly TimeSpan SettleDelay = TimeSpan.FromSeconds(1);

    private readonly Dictionary<EventKey, SourceEvent> _events = [];
    private Dictionary<string, InstitutionMembership> _published = new(StringComparer.Ordinal);
    private StudentProfile? _profile;
    private ProfileDocument? _document;
    private IGrainTimer? _settleTimer;

    private string PersonId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        var provider = this.GetStreamProvider(EventStreams.ProviderName);
        foreach (var streamNamespace in EventStreams.AllNamespaces)
        {
            var stream = provider.GetStream<AcceptedEvents>(StreamId.Create(streamNamespace, PersonId));
            await stream.SubscribeAsync(OnEventsAsync);
        }
    }

    public async Task<ProfileDocument> GetProfileAsync()
    {
        if (await eventLog.CountPersonAsync(PersonId, CancellationToken.None) != _events.Count)
        {
            await CatchUpAsync(CancellationToken.None);
        }

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
            request.Purpose!.Trim(), request.Grantor!, now, request.ExpiresAt!.Value, null);
        await SaveAsync(consent);
        return new ConsentGrant(true, consent, []);
    }

    public async Task<IReadOnlyList<Consent>?> GetConsentsAsync() =>
        await ExistsAsync() ? [.. consents.State.Items.OrderBy(c => c.GrantedAt)] : null;

    public Task<Consent?> ActiveConsentForAsync(string organizationId)
    {
        var now = clock.GetUtcNow();
        return Task.FromResult(consents.State.Items.FirstOrDefault(c =>
            c.RecipientOrgId == organizationId && c.StatusAt(now) == Consent.Active));
    }

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

    public async Task<ConsentedProgress?> GetProgressForAsync(string organizationId)
    {
        if (!await ExistsAsync())
        {
            return null;
        }

        var consent = NewestConsentCovering(organizationId, ProgressViews.ProgressScope);
        return consent is null ? null : new ConsentedProgress(consent, ProgressViews.Of(CurrentProfile(), consent.Scopes));
    }

    public async Task<ConsentedTranscript?> GetTranscriptForAsync(TranscriptIssue issue)
    {
        if (!await ExistsAsync())
        {
            return null;
        }

        var consent = NewestConsentCovering(issue.RecipientOrgId, TranscriptViews.Scope);
        return consent is null ? null : new ConsentedTranscript(consent, TranscriptViews.Of(CurrentProfile(), issue));
    }

    public async Task RefreshIdentityAsync()
    {
        _events.Clear();
        _profile = null;
        await CatchUpAsync(CancellationToken.None);
        ScheduleSettle();
    }

    public Task<InstitutionMembership?> GetMembershipAsync(string institutionId) =>
        Task.FromResult(Memberships().GetValueOrDefault(institutionId));

    private async Task<bool> ExistsAsync() => (await GetProfileAsync()).EventCount > 0;

    /// <summary>The organization's most recently granted consent that covers the scope now, or null.</summary>
    private Consent? NewestConsentCovering(string organizationId, string scope)
    {
        var now = clock.GetUtcNow();
        return consents.State.Items
            .Where(c => c.RecipientOrgId == organizationId && c.Covers(scope, now))
            .MaxBy(c => c.GrantedAt);
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
        await GrainFactory.GetGrain<IOrganizationConsentsGrain>(consent.RecipientOrgId).RecordAsync(consent);
    }

    private Task OnEventsAsync(AcceptedEvents item, StreamSequenceToken? token)
    {
        if (Apply(item.CanonicalEvents))
        {
            ScheduleSettle();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads the person's events from the log. Fewer than held means an undone merge took records away,
    /// so the held set is replaced rather than added to.
    /// </summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var logged = await eventLog.ReadPersonAsync(PersonId, cancellationToken);
        if (logged.Count < _events.Count)
        {
            _events.Clear();
            _profile = null;
            ScheduleSettle();
        }

        if (Apply(logged))
        {
            ScheduleSettle();
        }
    }

    /// <summary>Adds the events not yet held; true when anything changed.</summary>
    private bool Apply(IEnumerable<string> canonicalEvents)
    {
        var changed = false;
        foreach (var json in canonicalEvents)
        {
            var sourceEvent = CanonicalEventJson.Read(json);
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

    /// <summary>Coalesces a burst of events into one push of institution counts.</summary>
    private void ScheduleSettle()
    {
        _settleTimer ??= this.RegisterGrainTimer(SettleAsync, SettleDelay, Timeout.InfiniteTimeSpan);
    }

    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        _settleTimer?.Dispose();
        _settleTimer = null;
        var current = Memberships();
        var changes = current.Keys.Union(_published.Keys)
            .Where(id => !SameMembership(current.GetValueOrDefault(id), _published.GetValueOrDefault(id)))
            .ToList();

        await Task.WhenAll(changes.Select(institutionId =>
            GrainFactory.GetGrain<IInstitutionGrain>(institutionId)
                .UpdateMemberAsync(PersonId, current.GetValueOrDefault(institutionId))));
        _published = current;
    }

    private static bool SameMembership(InstitutionMembership? a, InstitutionMembership? b) =>
        a is null || b is null
            ? a is null && b is null
            : a with { Milestones = [] } == b with { Milestones = [] } && a.Milestones.SequenceEqual(b.Milestones);
}
