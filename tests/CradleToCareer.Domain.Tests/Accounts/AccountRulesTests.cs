using CradleToCareer.Domain.Accounts;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Tests.Profile;

namespace CradleToCareer.Domain.Tests.Accounts;

public sealed class AccountRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Fact]
    public void Codes_are_16_characters_without_look_alikes_and_read_back_however_they_are_typed()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => ActivationCodes.Generate()).ToList();

        Assert.All(codes, code => Assert.Matches("^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$", code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal("ABCDEFGHJKMNPQRS", ActivationCodes.Normalize(" abcd efgh-jkmn-PQRS "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCD-EFGH-JKMN-PQR")]
    [InlineData("ABCD-EFGH-JKMN-PQRST")]
    [InlineData("ABCD-EFGH-JKMN-PQR0")]
    [InlineData("ABCD-EFGH-JKMN-PQRI")]
    [InlineData("ABCD-EFGH-JKMN-PQR\u0000")]
    [InlineData("ABCD-EFGH-JKMN-PQRЅ")]
    public void What_cannot_be_a_code_normalizes_to_nothing(string? typed)
    {
        Assert.Null(ActivationCodes.Normalize(typed));
    }

    [Fact]
    public void A_code_is_kept_as_the_hex_of_its_sha256()
    {
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("ABCDEFGHJKMNPQRS"u8)),
            ActivationCodes.HashOf("ABCDEFGHJKMNPQRS"));
    }

    [Theory]
    [InlineData("rosa.diaz", "lantern orchard copper", true)]
    [InlineData("  Rosa.Diaz@School.org ", "lantern orchard copper", true)]
    [InlineData("ro", "lantern orchard copper", false)]
    [InlineData(".rosa", "lantern orchard copper", false)]
    [InlineData("rosa diaz", "lantern orchard copper", false)]
    [InlineData("rosa\u0007", "lantern orchard copper", false)]
    [InlineData("rosa.diaz", "eleven char", false)]
    [InlineData("rosa.diaz.long", "ROSA.DIAZ.LONG", false)]
    public void User_names_and_passwords_follow_the_rules(string username, string password, bool valid)
    {
        Assert.Equal(valid, StaffAccountRules.ValidateCredentials(username, password).Count == 0);
    }

    [Fact]
    public void Staff_hold_only_the_roles_of_people()
    {
        Assert.Empty(StaffAccountRules.ValidateRoles(["advisor", "college", "steward", "admin", "researcher"]));
        Assert.Equal(["/roles/1", "/roles/2"], StaffAccountRules.ValidateRoles(["advisor", "source", "student-portal"]).Select(e => e.Path));
        Assert.Equal("/roles", Assert.Single(StaffAccountRules.ValidateRoles([])).Path);
    }

    [Theory]
    [InlineData(2014, 5, 1, false, true)]
    [InlineData(2008, 3, 2, false, true)]
    [InlineData(2008, 3, 1, false, false)]
    [InlineData(2014, 5, 1, true, false)]
    public void A_guardian_acts_for_a_minor_never_in_college_and_a_student_account_always_may(
        int year, int month, int day, bool enrolledInCollege, bool guardianActs)
    {
        var facts = StudentAccountFacts.Of(Profile(new DateOnly(year, month, day), enrolledInCollege), Today);

        Assert.Equal(guardianActs, facts.GuardianActs);
        Assert.Equal(guardianActs, facts.Allows(AccountKinds.Guardian));
        Assert.True(facts.Allows(AccountKinds.Student));
        Assert.False(facts.Allows(AccountKinds.Staff));
        Assert.Contains("cds:19647331931765", facts.Institutions);
    }

    private static StudentProfile Profile(DateOnly birthDate, bool enrolledInCollege)
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
