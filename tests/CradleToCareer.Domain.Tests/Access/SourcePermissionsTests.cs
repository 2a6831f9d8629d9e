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

    [Fact]
    public void A_school_record_must_name_an_institution_the_sender_speaks_for()
    {
        var district = District with { Institutions = ["cds:19647331931765"] };
        var own = Course("cds:19647331931765");
        var neighbours = Course("cds:11111111111111");

        Assert.Null(SourcePermissions.Check(own, district));
        Assert.Equal("/data/institution/id", SourcePermissions.Check(neighbours, district)?.Path);
    }

    [Fact]
    public void An_aid_disbursement_may_name_any_institution_as_a_reference()
    {
        var agency = new Organization("csac", "Student Aid Commission", ["urn:c2c:source:csac"], [], ["c2c.finaid.*"]);
        var disbursed = new SourceEvent(
            new EventKey("urn:c2c:source:csac", "d-1"), EventTypes.FinaidAwardDisbursed, null,
            new StudentBlock([new StudentIdentifier("ssid", "1234567890")]),
            new AidDisbursed("cal-grant-a", "2025-26", new InstitutionRef("ipeds:110334"), 1200m, new DateOnly(2025, 9, 1)));

        Assert.Null(SourcePermissions.Check(disbursed, agency));
    }

    private static SourceEvent Course(string institutionId) => new(
        new EventKey(District.Sources[0], "c-" + institutionId), EventTypes.K12CourseCompleted, null,
        new StudentBlock([new StudentIdentifier("ssid", "1234567890")]),
        new K12CourseCompleted(
            new InstitutionRef(institutionId), "2024-2025", "SP", "11", "ENG11", "English 11", 'b', false, "A", 5m, 5m));
}
