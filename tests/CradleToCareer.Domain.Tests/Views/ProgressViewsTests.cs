using System.Text.Json;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Tests.Profile;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Domain.Tests.Views;

public sealed class ProgressViewsTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static readonly DateTimeOffset Now = new(2026, 11, 29, 17, 3, 11, TimeSpan.Zero);

    [Fact]
    public void Wages_are_those_of_the_latest_four_quarters_with_any()
    {
        var events = new TestEvents();
        var profile = StudentProjection.Project("p_1", [
            events.Wage(2025, 1, 100m), events.Wage(2025, 2, 200m), events.Wage(2025, 3, 300m, employer: "emp-2"),
            events.Wage(2025, 3, 310m), events.Wage(2025, 4, 400m), events.Wage(2026, 1, 500m),
        ], Today);

        var view = ProgressViews.Of(profile, ["progress", "workforce"], Now);

        Assert.Equal(
            [(2026, 1), (2025, 4), (2025, 3), (2025, 3), (2025, 2)],
            view.Workforce!.Wages.Select(w => (w.Year, w.Quarter)).OrderByDescending(q => q).ToList());
    }

    [Theory]
    [InlineData(new[] { "progress" }, false, false)]
    [InlineData(new[] { "progress", "finaid" }, true, false)]
    [InlineData(new[] { "progress", "workforce" }, false, true)]
    public void Milestones_drawn_from_aid_or_wages_need_the_scope_of_their_section(string[] scopes, bool aidShown, bool wageShown)
    {
        var events = new TestEvents();
        var profile = StudentProjection.Project("p_1", [
            events.Application(new DateOnly(2025, 1, 15)),
            events.Award(new DateOnly(2025, 5, 30)),
            events.Wage(2025, 3, 5000m),
        ], Today);

        var milestones = ProgressViews.Of(profile, scopes, Now).Milestones.Select(m => m.Id).ToList();

        Assert.Contains("postsecondary.credential-earned", milestones);
        Assert.Equal(aidShown, milestones.Contains("finaid.application-submitted"));
        Assert.Equal(wageShown, milestones.Contains("workforce.employed-after-credential"));
    }

    [Fact]
    public void As_of_is_the_instant_the_view_was_built_in_utc_to_the_millisecond()
    {
        var profile = StudentProjection.Project("p_1", [new TestEvents().Wage(2025, 3, 5000m)], Today);
        var builtAt = new DateTimeOffset(2026, 11, 29, 9, 3, 11, TimeSpan.FromHours(-8)).AddTicks(2_019_999);

        var view = ProgressViews.Of(profile, ["progress"], builtAt);

        Assert.Equal(new DateTime(2026, 11, 29, 17, 3, 11, 201, DateTimeKind.Utc), view.AsOf);
        Assert.Equal(DateTimeKind.Utc, view.AsOf.Kind);
        Assert.Contains("\"asOf\":\"2026-11-29T17:03:11.201Z\"", JsonSerializer.Serialize(view, StudentProfileJson.Options));
    }
}
