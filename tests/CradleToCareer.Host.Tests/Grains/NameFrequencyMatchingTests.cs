using CradleToCareer.Abstractions;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Grains.Matching;
using CradleToCareer.Testing;
using Orleans.Concurrency;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>
/// Term-frequency adjustments in matching: the name-frequency grain counts the names of committed records, and a pair
/// agreeing on names that common weighs less than one agreeing on rare names.
/// </summary>
public sealed class NameFrequencyMatchingTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static readonly MatchEncoder Encoder = new([.. Enumerable.Range(7, 32).Select(i => (byte)i)]);

    [Fact]
    public async Task The_names_of_indexed_records_are_counted_and_a_record_without_a_name_is_not()
    {
        var matcher = Matcher();
        var pilar = new StudentBlock([new StudentIdentifier("local:cds:1", "p-1")], "Pilar", null, "Oyelaran", new DateOnly(2008, 2, 29));
        var names = NamesOf(pilar);
        var frequencies = fixture.Client.GetGrain<INameFrequencyGrain>(INameFrequencyGrain.Key);
        var before = await frequencies.CountsOfAsync(names);

        var placement = await matcher.PlaceAsync([new MatchSubject("urn:c2c:source:lea:1#e-pilar", pilar)], CancellationToken.None);
        await matcher.IndexAsync(placement, [placement.Decisions[0].Record!], CancellationToken.None);
        var after = await Eventually(() => frequencies.CountsOfAsync(names), counts => counts.FirstNames[0] > before.FirstNames[0]);
        var nameless = await frequencies.CountsOfAsync(new NameTokens([null], [null]).AsImmutable());

        Assert.Equal((before.FirstNames[0] + 1, before.LastNames[0] + 1), (after.FirstNames[0], after.LastNames[0]));
        Assert.Equal((before.FirstNamesCounted + 1, before.LastNamesCounted + 1), (after.FirstNamesCounted, after.LastNamesCounted));
        Assert.Equal<int?>([null, null], [nameless.FirstNames[0], nameless.LastNames[0]]);
    }

    /// <summary>
    /// A student seen again after a move (another street, city and ZIP code), no SSN: first name, last name and birth
    /// date agree, about 15 bits on the default weights, a link. When both names are as common as every name counted,
    /// each agreeing name loses the most an adjustment takes (4 bits), and the pair goes to review instead: with names
    /// that common, a namesake born the same day is a real possibility.
    /// </summary>
    [Fact]
    public async Task A_student_after_a_move_links_on_rare_names_and_is_reviewed_on_names_everyone_has()
    {
        var decisions = Decisions(Matcher());
        var rare = await SeenTwice("Ximena", "Quispe", new DateOnly(2006, 7, 30), decisions);
        var everyone = new StudentBlock([], "Sofia", null, "Garcia", new DateOnly(2006, 8, 30));
        await CountMany(everyone, 20_000);
        var common = await SeenTwice("Sofia", "Garcia", new DateOnly(2006, 8, 30), decisions);

        Assert.Equal(rare.First, rare.Second);
        Assert.NotEqual(common.First, common.Second);
        lock (fixture.Identity.Sync)
        {
            var review = Assert.Single(fixture.Identity.OpenReviews(), r => r.PersonId == common.Second);
            Assert.Equal(common.First, review.CandidateId);
            Assert.Equal([-NameRarity.MaximumBits, -NameRarity.MaximumBits], review.Evidence.Take(2).Select(e => e.FrequencyBits));
            Assert.Equal(["common:firstName", "common:lastName"], review.Reasons.Where(r => r.Code.StartsWith("common:", StringComparison.Ordinal)).Select(r => r.Code));
        }
    }

    private async Task<(string First, string Second)> SeenTwice(string firstName, string lastName, DateOnly birthDate, IdentityDecisions decisions)
    {
        var before = new StudentBlock([new StudentIdentifier("local:cds:19647331931765", $"{firstName}-1")], firstName, null, lastName, birthDate, "F", "1450 Alvarado Street", "Los Angeles", "90026");
        var after = before with { Ids = [new StudentIdentifier("local:ipeds:110334", $"{firstName}-2")], StreetAddress = "2210 Tulare Street", City = "Fresno", PostalCode = "93721" };
        var first = (await decisions.AppendAsync([PlannerEvents.Enrollment($"e-{firstName}-1", before)], CancellationToken.None))[0].PersonId!;
        var second = (await decisions.AppendAsync([PlannerEvents.Enrollment($"e-{firstName}-2", after)], CancellationToken.None))[0].PersonId!;
        return (first, second);
    }

    private Task CountMany(StudentBlock student, int times)
    {
        var one = NamesOf(student).Value;
        var many = new NameTokens(Enumerable.Repeat(one.FirstNames[0], times).ToArray(), Enumerable.Repeat(one.LastNames[0], times).ToArray());
        return fixture.Client.GetGrain<INameFrequencyGrain>(INameFrequencyGrain.Key).AddAsync(many.AsImmutable());
    }

    private static Immutable<NameTokens> NamesOf(StudentBlock student)
    {
        var fingerprint = Encoder.Encode(student).Fingerprint;
        return new NameTokens([fingerprint.FirstName], [fingerprint.LastName]).AsImmutable();
    }

    /// <summary>Names are counted after the batch, without ingest waiting for it.</summary>
    private static async Task<NameCounts> Eventually(Func<Task<NameCounts>> read, Func<NameCounts, bool> done)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var counts = await read();
            if (done(counts))
            {
                return counts;
            }

            await Task.Delay(20);
        }

        return await read();
    }

    private BlockingIndexMatcher Matcher() => fixture.Matcher(Encoder);

    private IdentityDecisions Decisions(BlockingIndexMatcher matcher) => fixture.Decisions(matcher);
}
