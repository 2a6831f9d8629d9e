using CradleToCareer.Abstractions;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Grains.Matching;
using CradleToCareer.Testing;
using Orleans.Concurrency;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>The matcher over real blocking-key grains: each batch's matching state travels in its own placement.</summary>
public sealed class BlockingIndexMatcherTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static readonly StudentBlock Ana = new([new StudentIdentifier("ssid", "2000000002")], "Ana", null, "Lopez", new DateOnly(2007, 3, 14));
    private static readonly StudentBlock Roberto = new([new StudentIdentifier("ssid", "2000000003")], "Roberto", null, "Kim", new DateOnly(1990, 11, 2));

    [Fact]
    public async Task A_placement_indexes_its_records_under_the_keys_it_looked_up_even_after_another_batch_was_placed()
    {
        var matcher = Matcher();
        await Decisions(matcher).AppendAsync([PlannerEvents.Enrollment("e-ana-first", "2000000001")], CancellationToken.None);

        var anaAgain = await matcher.PlaceAsync([new MatchSubject("urn:c2c:source:lea:1#e-ana-again", Ana)], CancellationToken.None);
        var roberto = await matcher.PlaceAsync([new MatchSubject("urn:c2c:source:lea:1#e-roberto", Roberto)], CancellationToken.None);
        var anaRecord = anaAgain.Decisions[0].Record!;
        await matcher.IndexAsync(anaAgain, [anaRecord], CancellationToken.None);

        Assert.NotEmpty(anaAgain.KeysLookedUp);
        Assert.Empty(roberto.KeysLookedUp.Intersect(anaAgain.KeysLookedUp));
        foreach (var key in anaAgain.KeysLookedUp)
        {
            var held = await fixture.Client.GetGrain<IBlockingKeyGrain>(key).CompareAsync(new[] { anaRecord.Fingerprint }.AsImmutable());
            Assert.Contains(anaRecord.RecordId, held.Value[0].Select(candidate => candidate.RecordId));
        }
    }

    /// <summary>
    /// The first record and the second (a birth date one digit off, after a move) are two persons: nothing backs the
    /// near birth date. The third has the first one's birth date and the second one's home and SSN, so it links to
    /// both, and the batch merges them.
    /// </summary>
    [Fact]
    public async Task A_record_that_links_to_two_persons_merges_them_as_the_matcher()
    {
        var decisions = Decisions(Matcher());
        var daniela = new StudentBlock([new StudentIdentifier("local:cds:19647331931765", "d-1")], "Daniela", null, "Hernández", new DateOnly(2009, 4, 11), "F", "1450 Alvarado Street", "Los Angeles", "90026");
        var moved = WithSsn(daniela with { Ids = [new StudentIdentifier("local:ipeds:110334", "d-2")], BirthDate = new DateOnly(2009, 4, 12), StreetAddress = "2210 Tulare Street", City = "Fresno", PostalCode = "93721" });
        var both = moved with { Ids = [new StudentIdentifier("local:ipeds:110334", "d-3")], BirthDate = daniela.BirthDate };

        var first = (await decisions.AppendAsync([PlannerEvents.Enrollment("e-daniela-1", daniela)], CancellationToken.None))[0].PersonId!;
        var second = (await decisions.AppendAsync([PlannerEvents.Enrollment("e-daniela-2", moved)], CancellationToken.None))[0].PersonId!;
        var third = (await decisions.AppendAsync([PlannerEvents.Enrollment("e-daniela-3", both)], CancellationToken.None))[0].PersonId!;

        Assert.NotEqual(first, second);
        Assert.Equal(second, third);
        lock (fixture.Identity.Sync)
        {
            Assert.Equal(second, fixture.Identity.Canonical(first));
            Assert.Contains(fixture.Identity.OpenReviews(), r => r.Kind == ReviewKinds.MatcherMerge && r.PersonId == second && r.CandidateId == first);
        }
    }

    /// <summary>
    /// A record prepared before the lock, while another record of the same student was still to be committed: when it
    /// is placed, under the lock, it finds that record among those committed since, and the keys that record brought
    /// are passed on for indexing.
    /// </summary>
    [Fact]
    public async Task A_record_prepared_before_another_batch_committed_is_placed_with_that_batch_records()
    {
        var matcher = Matcher();
        var lucia = new StudentBlock([new StudentIdentifier("local:cds:10621661030345", "l-1")], "Lucía", null, "Ochoa", new DateOnly(2008, 5, 17), "F", "77 Olive Street", "Visalia", "93277");
        var again = lucia with { Ids = [new StudentIdentifier("local:ipeds:110547", "l-2")] };

        var prepared = await matcher.PrepareAsync([new MatchSubject("urn:c2c:source:csu:1#e-lucia-2", again)], CancellationToken.None);
        var first = (await Decisions(matcher).AppendAsync([PlannerEvents.Enrollment("e-lucia-1", lucia)], CancellationToken.None))[0].PersonId!;
        var placement = await matcher.PlaceAsync(prepared, [0], CancellationToken.None);

        Assert.Equal((first, false), (placement.Decisions[0].PersonId, placement.Decisions[0].IsNewPerson));
        Assert.Equal(placement.Decisions[0].Record!.BlockingKeys.ToHashSet(), placement.KeysLookedUp.ToHashSet());
    }

    /// <summary>
    /// Pairs of records of one student sent in separate batches at the same time: each batch prepares while the other
    /// may be committing, and every pair still ends on one person.
    /// </summary>
    [Fact]
    public async Task Records_of_one_student_in_batches_sent_at_the_same_time_end_on_one_person()
    {
        var decisions = Decisions(Matcher());
        var students = Enumerable.Range(0, 12).Select(i => new StudentBlock(
            [new StudentIdentifier("local:cds:10621661030345", $"c-{i}")], $"Concurrent{(char)('a' + i)}", null, $"Ibarra{(char)('a' + i)}",
            new DateOnly(2007, 1, 1).AddDays(i * 31), "M", $"{100 + i} Cypress Avenue", "Hanford", "93230")).ToList();

        var sent = students.SelectMany((student, i) => new[]
        {
            decisions.AppendAsync([PlannerEvents.Enrollment($"e-c-{i}-a", student)], CancellationToken.None),
            decisions.AppendAsync([PlannerEvents.Enrollment($"e-c-{i}-b", student with { Ids = [new StudentIdentifier("local:ipeds:110547", $"c-{i}")] })], CancellationToken.None),
        }).ToList();
        var outcomes = await Task.WhenAll(sent);

        for (var i = 0; i < students.Count; i++)
        {
            var (a, b) = (outcomes[2 * i][0].PersonId!, outcomes[(2 * i) + 1][0].PersonId!);
            lock (fixture.Identity.Sync)
            {
                Assert.Equal(fixture.Identity.Canonical(a), fixture.Identity.Canonical(b));
            }
        }
    }

    private static readonly MatchEncoder Encoder = new([.. Enumerable.Range(7, 32).Select(i => (byte)i)]);

    private BlockingIndexMatcher Matcher() => fixture.Matcher(Encoder);

    private IdentityDecisions Decisions(BlockingIndexMatcher matcher) => fixture.Decisions(matcher);

    private static StudentBlock WithSsn(StudentBlock student) =>
        student with { SsnToken = PlannerEvents.Tokenizer.Tokenize("123456789"), SsnNearTokens = PlannerEvents.Tokenizer.NearTokens("123456789") };
}
