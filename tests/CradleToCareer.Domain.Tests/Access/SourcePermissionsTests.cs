using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Tests.Access;

public sealed class SourcePermissionsTests
{
    private static readonly Organization District = new(
        "lincoln-usd", "Lincoln Unified", ["urn:c2c:source:lea:1964733"], [], ["c2c.k12.*", "c2c.correction.retracted"]);

    [Theory]
    [InlineData("urn:c2c:source:lea:1964733", EventTypes.K12CourseCompleted, null)]
    [InlineData("urn:c2c:source:lea:1964733", EventTypes.CorrectionRetracted, null)]
    [InlineData("urn:c2c:source:lea:1964733", EventTypes.WorkforceWageReported, "/type")]
    [InlineData("urn:c2c:source:lea:1964733", EventTypes.PostsecondaryEnrollment, "/type")]
    [InlineData("urn:c2c:source:lea:9999999", EventTypes.K12CourseCompleted, "/source")]
    public void A_source_client_sends_only_its_sources_and_allowed_types(string source, string type, string? refusedAt)
    {
        var sourceEvent = new SourceEvent(
            new EventKey(source, "e-1"), type, null, new StudentBlock([new StudentIdentifier("ssid", "1234567890")]),
            new Retraction(new EventKey(source, "e-0"), null));

        var refusal = SourcePermissions.Check(sourceEvent, District);

        Assert.Equal(refusedAt, refusal?.Path);
    }

    [Fact]
    public void A_family_pattern_does_not_match_a_longer_prefix_by_accident()
    {
        var organization = District with { AllowedEventTypes = ["c2c.k12.course.*"] };
        var sourceEvent = new SourceEvent(
            new EventKey(District.Sources[0], "e-1"), EventTypes.K12CourseCompleted, null,
            new StudentBlock([new StudentIdentifier("ssid", "1234567890")]), new Retraction(new EventKey(District.Sources[0], "e-0"), null));

        Assert.Null(SourcePermissions.Check(sourceEvent, organization));
        Assert.NotNull(SourcePermissions.Check(sourceEvent with { Type = EventTypes.K12Graduated }, organization));
    }
}
