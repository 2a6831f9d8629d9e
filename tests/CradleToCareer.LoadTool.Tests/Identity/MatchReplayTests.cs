using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Identity.Replay;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class MatchReplayTests
{
    private static readonly StudentBlock Daniela = new(
        [], "Daniela", null, "Hernández", new DateOnly(2009, 4, 11), "F", "1450 Alvarado Street", "Los Angeles", "90026", null);

    [Fact]
    public void A_typo_after_a_move_links_and_a_twin_at_home_does_not()
    {
        var moved = Daniela with { LastName = "Hernandes", StreetAddress = "2210 Tulare Street", City = "Fresno", PostalCode = "93721" };
        var twin = Daniela with { FirstName = "Mariana" };

        var result = new MatchReplay().Run([Daniela, moved, twin]);

        Assert.Equal(result.PersonOf[0], result.PersonOf[1]);
        Assert.NotEqual(result.PersonOf[0], result.PersonOf[2]);
        Assert.Equal(1, result.Reviews);
    }

    [Fact]
    public void A_record_that_links_two_persons_merges_them()
    {
        var nearDate = Daniela with
        {
            BirthDate = new DateOnly(2009, 4, 12), StreetAddress = "2210 Tulare Street", City = "Fresno", PostalCode = "93721", Ssn = "123456789",
        };
        var both = nearDate with { BirthDate = Daniela.BirthDate };

        var result = new MatchReplay().Run([Daniela, nearDate, both]);

        Assert.Equal(1, result.Merges);
        Assert.Single(result.PersonOf.Distinct());
    }
}
