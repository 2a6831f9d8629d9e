using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Tests.Profile;

namespace CradleToCareer.Domain.Tests.Consent;

public sealed class ConsentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Theory]
    [InlineData(2010, 5, 1, false, ConsentRules.Guardian)]
    [InlineData(2008, 3, 2, false, ConsentRules.Guardian)]
    [InlineData(2008, 3, 1, false, ConsentRules.Student)]
    [InlineData(2010, 5, 1, true, ConsentRules.Student)]
    [InlineData(1999, 1, 1, false, ConsentRules.Student)]
    public void The_guardian_grants_for_a_minor_never_in_college_and_the_student_otherwise(
        int year, int month, int day, bool enrolledInCollege, string grantor)
    {
        var profile = Profile(new DateOnly(year, month, day), enrolledInCollege);

        Assert.Equal(grantor, ConsentRules.RequiredGrantor(profile, Today));
    }

    [Fact]
    public void Without_a_birth_date_the_student_holds_the_right()
    {
        Assert.Equal(ConsentRules.Student, ConsentRules.RequiredGrantor(Profile(null, false), Today));
    }

    [Fact]
    public void A_valid_request_has_no_errors_and_each_bad_field_has_its_own()
    {
        var profile = Profile(new DateOnly(2000, 1, 1), false);

        var valid = ConsentRules.Validate(["progress", "alerts"], "advising", Now.AddMonths(11), "student", profile, Now);
        var invalid = ConsentRules.Validate(["progress", "gossip"], " ", Now.AddYears(1).AddDays(1), "guardian", profile, Now);

        Assert.Empty(valid);
        Assert.Equal(["/expiresAt", "/grantor", "/purpose", "/scopes/1"], invalid.Select(e => e.Path).Order());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void An_expiry_not_in_the_future_is_refused(int days)
    {
        var errors = ConsentRules.Validate(["progress"], "advising", Now.AddDays(days), "student", Profile(new DateOnly(2000, 1, 1), false), Now);

        Assert.Equal("/expiresAt", Assert.Single(errors).Path);
    }

    [Fact]
    public void A_consent_covers_its_scopes_until_it_expires_or_is_revoked()
    {
        var consent = new Domain.Consent.Consent("c_1", "p_1", "org", ["progress"], "advising", "student", Now, Now.AddDays(30), null);

        Assert.True(consent.Covers("progress", Now.AddDays(1)));
        Assert.False(consent.Covers("finaid", Now.AddDays(1)));
        Assert.False(consent.Covers("progress", Now.AddDays(30)));
        Assert.False((consent with { RevokedAt = Now.AddDays(2) }).Covers("progress", Now.AddDays(3)));
        Assert.Equal("expired", consent.StatusAt(Now.AddDays(31)));
        Assert.Equal("revoked", (consent with { RevokedAt = Now }).StatusAt(Now.AddDays(31)));
    }

    private static StudentProfile Profile(DateOnly? birthDate, bool enrolledInCollege)
    {
        var events = new TestEvents { Student = new StudentBlock([new StudentIdentifier("ssid", "1234567890")], "Ana", null, "Lopez", birthDate) };
        var history = new List<SourceEvent> { events.Course("2024-2025", "FA", "11", "ENG3", 'b', "A") };
        if (enrolledInCollege)
        {
            history.Add(events.Enrolled("2025-FA"));
        }

        return StudentProjection.Project("p_1", history, Today);
    }
}
