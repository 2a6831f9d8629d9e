using CradleToCareer.Application.Disclosures;
using CradleToCareer.Storage.InMemory.Disclosures;
using CradleToCareer.Testing;

namespace CradleToCareer.Application.Tests.Disclosures;

/// <summary>The one gate between a student's data and another organization, below HTTP and grains.</summary>
public sealed class DisclosureGateTests
{
    private const string Person = "p_00000000000000000000000000000001";
    private const string Nobody = "p_00000000000000000000000000000002";
    private static readonly Caller College = new("cl_college", "org-college", new HashSet<string> { "college" });

    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeStudentRecords _students;
    private readonly InMemoryDisclosureRecord _record = new();
    private readonly DisclosureGate _gate;

    public DisclosureGateTests()
    {
        _students = new FakeStudentRecords(_clock);
        _students.AddPerson(Person);
        _gate = new DisclosureGate(_students, _record, _clock);
    }

    [Fact]
    public async Task A_consent_covering_the_scope_gives_the_answer_and_records_who_got_what_under_which_consent()
    {
        var consent = _students.Grant(Person, College.OrganizationId, ["progress"]);

        var answer = await DiscloseAsync(College, Person, DisclosureScope.Progress);

        Assert.Equal($"{Person} under {consent.ConsentId} (progress)", answer);
        var recorded = Assert.Single(await _record.ReadAsync(Person, CancellationToken.None)).Disclosure;
        Assert.Equal(
            new Domain.Disclosures.Disclosure(Person, "cl_college", "org-college", "progress", consent.ConsentId, "advising", _clock.GetUtcNow()),
            recorded);
    }

    [Fact]
    public async Task Without_consent_the_answer_is_the_same_as_for_nobody_and_nothing_is_built_or_recorded()
    {
        var withoutConsent = await DiscloseAsync(College, Person, DisclosureScope.Progress);
        var forNobody = await DiscloseAsync(College, Nobody, DisclosureScope.Progress);

        Assert.Null(withoutConsent);
        Assert.Equal(forNobody, withoutConsent);
        Assert.Equal(0, _students.ViewsBuilt);
        Assert.Empty(await _record.ReadAsync(Person, CancellationToken.None));
    }

    [Fact]
    public async Task A_consent_to_another_scope_or_another_organization_does_not_open_the_gate()
    {
        _students.Grant(Person, College.OrganizationId, ["transcript"]);
        _students.Grant(Person, "org-other", ["progress"]);

        Assert.Null(await DiscloseAsync(College, Person, DisclosureScope.Progress));
        Assert.Empty(await _record.ReadAsync(Person, CancellationToken.None));
    }

    [Fact]
    public async Task Revoked_and_expired_consents_do_not_open_the_gate()
    {
        _students.Grant(Person, College.OrganizationId, ["alerts"], revoked: true);
        _students.Grant(Person, College.OrganizationId, ["alerts"], expiresIn: TimeSpan.FromMinutes(5));
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(await DiscloseAsync(College, Person, DisclosureScope.Alert));
        Assert.Empty(await _record.ReadAsync(Person, CancellationToken.None));
    }

    [Fact]
    public async Task When_there_is_nothing_to_answer_nothing_is_recorded()
    {
        _students.Grant(Nobody, College.OrganizationId, ["progress"]);

        Assert.Null(await DiscloseAsync(College, Nobody, DisclosureScope.Progress));
        Assert.Empty(await _record.ReadAsync(Nobody, CancellationToken.None));
    }

    [Fact]
    public async Task The_newest_covering_consent_is_the_one_recorded()
    {
        _students.Grant(Person, College.OrganizationId, ["progress"]);
        _clock.Advance(TimeSpan.FromDays(1));
        var newer = _students.Grant(Person, College.OrganizationId, ["progress", "finaid"]);

        await DiscloseAsync(College, Person, DisclosureScope.Progress);

        Assert.Equal(newer.ConsentId, Assert.Single(await _record.ReadAsync(Person, CancellationToken.None)).Disclosure.ConsentId);
    }

    [Fact]
    public async Task A_resolve_needs_any_active_consent_and_is_recorded_as_identity()
    {
        var consent = _students.Grant(Person, College.OrganizationId, ["transcript"]);

        Assert.NotNull(await DiscloseAsync(College, Person, DisclosureScope.Identity));

        var recorded = Assert.Single(await _record.ReadAsync(Person, CancellationToken.None)).Disclosure;
        Assert.Equal(("identity", consent.ConsentId), (recorded.Scope, recorded.ConsentId));
    }

    [Fact]
    public async Task Every_disclosure_is_recorded_again_and_the_chain_grows()
    {
        _students.Grant(Person, College.OrganizationId, ["alerts"]);

        await DiscloseAsync(College, Person, DisclosureScope.Alert);
        await DiscloseAsync(College, Person, DisclosureScope.Alert);

        Assert.Equal([1, 2], (await _record.ReadAsync(Person, CancellationToken.None)).Select(d => d.EntryNumber));
    }

    [Fact]
    public async Task A_portal_read_needs_no_consent_and_is_recorded_with_the_portal_what_it_read_and_the_student_session()
    {
        var portal = new Caller("cl_portal", "org-portal", new HashSet<string> { "student-portal" }) { StudentSession = "sess-1" };

        var shown = await _gate.ShowToPortalAsync(portal, Person, PortalRead.Profile, () => Task.FromResult<string?>("profile"), CancellationToken.None);

        Assert.Equal("profile", shown);
        Assert.Equal(
            new Domain.Disclosures.Disclosure(Person, "cl_portal", "org-portal", "profile", PortalRead.NoConsent, "student portal, student session sess-1", _clock.GetUtcNow()),
            Assert.Single(await _record.ReadAsync(Person, CancellationToken.None)).Disclosure);
    }

    [Fact]
    public async Task A_portal_read_of_nothing_records_nothing()
    {
        var portal = new Caller("cl_portal", "org-portal", new HashSet<string> { "student-portal" });

        var shown = await _gate.ShowToPortalAsync(portal, Nobody, PortalRead.Consents, () => Task.FromResult<string?>(null), CancellationToken.None);

        Assert.Null(shown);
        Assert.Empty(await _record.ReadAsync(Nobody, CancellationToken.None));
    }

    [Fact]
    public async Task A_pending_disclosure_names_the_consent_and_is_recorded_only_when_recorded()
    {
        var consent = _students.Grant(Person, College.OrganizationId, ["alerts"]);

        var pending = await _gate.ConsentAsync(College, Person, DisclosureScope.Alert);
        var before = await _record.ReadAsync(Person, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(3));
        await _gate.RecordAsync(pending!, CancellationToken.None);

        Assert.Empty(before);
        Assert.Equal(consent.ConsentId, pending!.Consent.ConsentId);
        var recorded = Assert.Single(await _record.ReadAsync(Person, CancellationToken.None)).Disclosure;
        Assert.Equal(("alerts", consent.ConsentId, _clock.GetUtcNow()), (recorded.Scope, recorded.ConsentId, recorded.DisclosedAt));
        Assert.Null(await _gate.ConsentAsync(College, Nobody, DisclosureScope.Alert));
    }

    [Fact]
    public async Task Several_persons_at_once_give_the_consented_answers_in_order_each_recorded_once()
    {
        const string Third = "p_00000000000000000000000000000003";
        _students.AddPerson(Third);
        var first = _students.Grant(Person, College.OrganizationId, ["progress"]);
        var third = _students.Grant(Third, College.OrganizationId, ["progress"]);
        _students.Grant(Nobody, College.OrganizationId, ["progress"]);

        var answers = await _gate.DiscloseEachAsync(
            College, [Third, Nobody, Person], DisclosureScope.Progress, _students.AnswerFor, CancellationToken.None);

        Assert.Equal([$"{Third} under {third.ConsentId} (progress)", $"{Person} under {first.ConsentId} (progress)"], answers);
        Assert.Equal(third.ConsentId, Assert.Single(await _record.ReadAsync(Third, CancellationToken.None)).Disclosure.ConsentId);
        Assert.Equal(first.ConsentId, Assert.Single(await _record.ReadAsync(Person, CancellationToken.None)).Disclosure.ConsentId);
        Assert.Empty(await _record.ReadAsync(Nobody, CancellationToken.None));
    }

    [Fact]
    public async Task Several_persons_at_once_are_recorded_together_after_every_answer_is_built_and_without_consent_not_at_all()
    {
        const string Third = "p_00000000000000000000000000000003";
        _students.AddPerson(Third);
        _students.Grant(Person, College.OrganizationId, ["progress"]);
        _students.Grant(Third, College.OrganizationId, ["progress"]);
        var steps = new List<string>();
        var record = new StepRecord(_record, steps);
        var gate = new DisclosureGate(_students, record, _clock);

        var answers = await gate.DiscloseEachAsync<string>(
            College,
            [Person, Third, "p_00000000000000000000000000000004"],
            DisclosureScope.Progress,
            async (personId, consent) =>
            {
                await Task.Yield();
                lock (steps)
                {
                    steps.Add("built " + personId);
                }

                return await _students.AnswerFor(personId, consent);
            },
            CancellationToken.None);

        Assert.Equal(2, answers.Count);
        Assert.Equal(
            ["built " + Person, "built " + Third, "recorded " + Person, "recorded " + Third],
            steps.Order(StringComparer.Ordinal));
        Assert.Equal(["built", "built", "recorded", "recorded"], steps.Select(step => step.Split(' ')[0]));
    }

    private Task<string?> DiscloseAsync(Caller caller, string personId, DisclosureScope scope) =>
        _gate.DiscloseAsync(caller, personId, scope, consent => _students.AnswerFor(personId, consent), CancellationToken.None);

    /// <summary>The in-memory record, noting each append in the steps the test watches.</summary>
    private sealed class StepRecord(InMemoryDisclosureRecord inner, List<string> steps) : IDisclosureRecord
    {
        public Task<Domain.Disclosures.RecordedDisclosure> AppendAsync(Domain.Disclosures.Disclosure disclosure, CancellationToken cancellationToken)
        {
            lock (steps)
            {
                steps.Add("recorded " + disclosure.PersonId);
            }

            return inner.AppendAsync(disclosure, cancellationToken);
        }

        public Task<IReadOnlyList<Domain.Disclosures.RecordedDisclosure>> ReadAsync(string personId, CancellationToken cancellationToken) =>
            inner.ReadAsync(personId, cancellationToken);
    }
}
