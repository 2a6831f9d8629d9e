using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Tests.Identity;

/// <summary>The steward's review queue below HTTP: paging limits, masking, and dismissal under the caller's client id.</summary>
public sealed class ReviewQueueTests
{
    private readonly StewardScene _scene = new();
    private readonly ReviewItem _review = new(
        ReviewItem.NewId(), ReviewKinds.PossibleMatch, StewardScene.Second, StewardScene.First, 9.5, [], [], [],
        new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));

    public ReviewQueueTests() => KnownPersons.AddReview(_scene.Identity, _review);

    [Theory]
    [InlineData(0)]
    [InlineData(ListReviews.MaxPageSize + 1)]
    public async Task A_page_size_out_of_range_is_refused(int limit)
    {
        var outcome = await new ListReviews(_scene.Store, _scene.Profiles).RunAsync(limit, null, CancellationToken.None);

        Assert.IsType<ReviewsOutcome.LimitOutOfRange>(outcome);
    }

    [Fact]
    public async Task Both_persons_of_an_item_are_masked_to_initials_birth_year_sex_and_identifier_systems()
    {
        _scene.Profiles.Add(
            StewardScene.Second,
            """{"student":{"firstName":"Maria","lastName":"Lopez","birthDate":"2008-04-02","sex":"F","ids":[{"system":"ssid","value":"1"},{"system":"ssid","value":"2"},{"system":"district","value":"3"}]}}""");

        var outcome = await new ListReviews(_scene.Store, _scene.Profiles).RunAsync(null, null, CancellationToken.None);

        var listed = Assert.IsType<ReviewsOutcome.Listed>(outcome);
        var review = Assert.Single(listed.Reviews);
        Assert.Equal((1, _review), (listed.Total, review.Item));
        var person = review.Person;
        Assert.Equal((StewardScene.Second, "M***", "L***", "2008-**-**", "F"), (person.PersonId, person.FirstName, person.LastName, person.BirthDate, person.Sex));
        Assert.Equal(["ssid", "district"], review.Person.IdentifierSystems);
        Assert.Equal((StewardScene.First, null, 0), (review.Candidate.PersonId, review.Candidate.FirstName, review.Candidate.IdentifierSystems.Count));
    }

    [Fact]
    public async Task A_dismissal_is_made_under_the_callers_client_id_and_the_item_leaves_the_queue()
    {
        var dismiss = new DismissReview(_scene.Store, _scene.Clock);

        Assert.True(await dismiss.RunAsync(StewardScene.Steward, _review.ReviewId, CancellationToken.None));
        Assert.False(await dismiss.RunAsync(StewardScene.Steward, "r_unknown", CancellationToken.None));

        Assert.Equal("cl_steward", _scene.Store.Stewards[0]);
        Assert.Equal(0, (await _scene.Store.ListReviewsAsync(10, null, CancellationToken.None)).Total);
    }
}
