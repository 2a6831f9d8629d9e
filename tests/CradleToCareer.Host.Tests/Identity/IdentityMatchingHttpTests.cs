using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Identity;

/// <summary>
/// Probabilistic matching over HTTP on the embedded default: records from sources that share no
/// identifier land on the right person, household members and namesakes stay apart.
/// </summary>
public sealed class IdentityMatchingHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private readonly MatchingPeople _people = new();

    [Fact]
    public async Task A_college_record_with_a_nickname_a_typo_and_a_new_address_lands_on_the_k12_person()
    {
        var k12 = await AcceptedAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "William", _people.Surname, _people.BirthDate, "M", _people.Street(12), "Sacramento", "95814")));
        var college = await AcceptedAsync(TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Bill", Typo(_people.Surname), _people.BirthDate, "M", _people.Street(400), "Fresno", "93701")));

        Assert.Equal(k12, college);
    }

    [Fact]
    public async Task A_record_with_day_and_month_swapped_lands_on_the_same_person()
    {
        var k12 = await AcceptedAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Ana", _people.Surname, "2007-03-04", "F", _people.Street(5), "Sacramento", "95814")));
        var college = await AcceptedAsync(TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Ana", _people.Surname, "2007-04-03", "F", _people.Street(5), "Sacramento", "95814")));

        Assert.Equal(k12, college);
    }

    [Fact]
    public async Task A_record_missing_sex_and_address_lands_on_the_person_its_name_and_birth_date_match()
    {
        var k12 = await AcceptedAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Lucia", _people.Surname, _people.BirthDate, "F", _people.Street(9), "Davis", "95616")));
        var college = await AcceptedAsync(TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Lucia", _people.Surname, _people.BirthDate)));

        Assert.Equal(k12, college);
    }

    [Fact]
    public async Task Twins_sharing_surname_birth_date_and_address_stay_two_people()
    {
        var first = await AcceptedAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Daniel", _people.Surname, _people.BirthDate, "M", _people.Street(77), "Chico", "95926")));
        var second = await AcceptedAsync(TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Sofia", _people.Surname, _people.BirthDate, "F", _people.Street(77), "Chico", "95926")));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Namesakes_born_the_same_year_in_other_towns_stay_two_people()
    {
        var year = _people.BirthDate[..4];
        var first = await AcceptedAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Maria", _people.Surname, $"{year}-02-11", "F", _people.Street(3), "Redding", "96001")));
        var second = await AcceptedAsync(TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Maria", _people.Surname, $"{year}-09-27", "F", _people.Street(850), "San Diego", "92101")));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Two_records_of_one_new_person_in_the_same_batch_land_together()
    {
        var results = await service.Http.PostBatchAsync(
            TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
                MatchingPeople.Ssid(TestEvents.NewSsid()), "Rosa", _people.Surname, _people.BirthDate, "F", _people.Street(21), "Merced", "95340")),
            TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
                MatchingPeople.CollegeId(), "Rosa", _people.Surname, _people.BirthDate, "F", _people.Street(21), "Merced", "95340")));

        Assert.All(results, r => Assert.Equal("accepted", r.Status()));
        Assert.Equal(results[0].PersonId(), results[1].PersonId());
    }

    [Fact]
    public async Task Identifiers_seen_before_resolve_deterministically_whatever_the_name_says()
    {
        var ssid = TestEvents.NewSsid();
        var first = await AcceptedAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(ssid), "Tomas", _people.Surname, _people.BirthDate)));
        var renamed = await AcceptedAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(ssid), "Completely", "Different", "1999-12-31")));

        Assert.Equal(first, renamed);
    }

    private async Task<string> AcceptedAsync(System.Text.Json.Nodes.JsonObject sourceEvent)
    {
        var result = await service.Http.PostSingleAsync(sourceEvent);
        Assert.Equal("accepted", result.Status());
        return result.PersonId();
    }

    private static string Id() => "match-" + Guid.NewGuid().ToString("N");

    /// <summary>One letter doubled: the kind of slip a clerk makes.</summary>
    private static string Typo(string name) => name[..3] + name[2] + name[3..];
}
