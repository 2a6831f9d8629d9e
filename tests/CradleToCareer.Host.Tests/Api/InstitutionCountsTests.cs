using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Api;

/// <summary>GET /v1/institutions/{id}: live counts from the institution grain, small cells suppressed.</summary>
public sealed class InstitutionCountsTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private HttpClient Http => service.Http;

    [Fact]
    public async Task Enrollments_show_up_in_the_institution_counts_and_small_cells_are_suppressed()
    {
        var schoolYear = CurrentSchoolYear();
        var sophomores = Enrollments(3, "10", schoolYear);
        var juniors = Enrollments(12, "11", schoolYear);
        var seniors = Enrollments(14, "12", schoolYear);

        var results = await Http.PostBatchAsync([.. sophomores, .. juniors, .. seniors]);
        Assert.All(results, r => Assert.Equal("accepted", r.Status()));

        var summary = await Eventually(async () =>
        {
            var json = await Http.GetJsonAsync($"/v1/institutions/{TestEvents.HighSchool}");
            return json["enrolledNow"]!["count"]?.GetValue<int>() == 29 ? json : null;
        });
        var byGrade = summary["enrolledByGradeLevel"]!;
        Assert.Equal(14, byGrade["12"]!["count"]!.GetValue<int>());
        Assert.True(byGrade["10"]!["suppressed"]!.GetValue<bool>());
        Assert.Null(byGrade["10"]!["count"]);
        Assert.True(byGrade["11"]!["suppressed"]!.GetValue<bool>(), "the complementary cell hides the small one from the total");
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Enrollments(int count, string grade, string schoolYear) =>
        Enumerable.Range(0, count).Select(i => TestEvents.Enrollment($"inst-{grade}-{i}", TestEvents.NewSsid(), schoolYear, grade));

    [Theory]
    [InlineData("cds:123", HttpStatusCode.BadRequest)]
    [InlineData("ipeds:999999", HttpStatusCode.NotFound)]
    public async Task Malformed_and_unknown_institutions_are_problems(string institutionId, HttpStatusCode expected)
    {
        var response = await Http.GetAsync($"/v1/institutions/{institutionId}");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Institution counts follow student grains asynchronously; wait, boundedly, for them to settle.</summary>
    private static async Task<T> Eventually<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The institution counts did not settle within 10 seconds.");
    }

    private static string CurrentSchoolYear()
    {
        var today = DateTime.UtcNow;
        var start = today.Month >= 8 ? today.Year : today.Year - 1;
        return $"{start}-{start + 1}";
    }
}
