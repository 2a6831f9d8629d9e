using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Domain.Tests.Consent;

/// <summary>Which consent a disclosure is made under.</summary>
public sealed class NewestCoveringConsentTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_newest_active_consent_of_the_organization_covering_the_scope_is_picked()
    {
        var older = Consent("c_old", "org-a", ["progress"], Now.AddDays(-10));
        var newer = Consent("c_new", "org-a", ["progress", "finaid"], Now.AddDays(-1));
        var otherScope = Consent("c_transcript", "org-a", ["transcript"], Now);
        var otherOrganization = Consent("c_other", "org-b", ["progress"], Now);

        Assert.Equal("c_new", ConsentRules.NewestCovering([older, newer, otherScope, otherOrganization], "org-a", "progress", Now)?.ConsentId);
    }

    [Fact]
    public void Revoked_and_expired_consents_are_never_picked()
    {
        var revoked = Consent("c_revoked", "org-a", ["alerts"], Now.AddDays(-1)) with { RevokedAt = Now.AddHours(-1) };
        var expired = Consent("c_expired", "org-a", ["alerts"], Now.AddDays(-400)) with { ExpiresAt = Now.AddDays(-35) };

        Assert.Null(ConsentRules.NewestCovering([revoked, expired], "org-a", "alerts", Now));
        Assert.Null(ConsentRules.NewestCovering([revoked, expired], "org-a", null, Now));
    }

    [Fact]
    public void Without_a_scope_any_active_consent_of_the_organization_counts()
    {
        var transcriptOnly = Consent("c_transcript", "org-a", ["transcript"], Now.AddDays(-3));

        Assert.Equal("c_transcript", ConsentRules.NewestCovering([transcriptOnly], "org-a", null, Now)?.ConsentId);
        Assert.Null(ConsentRules.NewestCovering([transcriptOnly], "org-b", null, Now));
    }

    private static Domain.Consent.Consent Consent(string id, string organizationId, string[] scopes, DateTimeOffset grantedAt) =>
        new(id, "p_1", organizationId, scopes, "advising", "student", grantedAt, grantedAt.AddDays(300), null);
}
