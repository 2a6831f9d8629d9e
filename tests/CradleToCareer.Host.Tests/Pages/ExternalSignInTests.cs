using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using OpenQA.Selenium;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary>
/// Staff sign-in through an external OpenID Connect provider (people.md, Signing in): the provider proves who the
/// person is, and only an enabled staff account with the same user name gets a session; everyone else goes back to the
/// sign-in page with a fixed message and no session. The flow is followed by hand over HTTP, and once in Chromium.
/// </summary>
public sealed class ExternalSignInTests(ExternalSignInFixture fixture) : IClassFixture<ExternalSignInFixture>
{
    private const string NoAccount = "no active staff account here has the user name it gave";

    private Uri Service => fixture.Service.Anonymous.BaseAddress!;

    [Fact]
    public async Task A_staff_member_the_provider_vouches_for_signs_in_to_their_first_page()
    {
        var staff = await fixture.Service.Anonymous.NewStaffAsync(["advisor"]);
        fixture.Provider.NextUser = staff.Username.ToUpperInvariant();
        using var session = new PageSession(Service);

        var (callback, challenge) = await ExternalSignInAsync(session);

        Assert.Equal("/", callback.Headers.Location!.OriginalString);
        Assert.Contains(callback.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("c2c-session=", StringComparison.Ordinal));
        var correlation = Assert.Single(challenge.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".AspNetCore.Correlation.", StringComparison.Ordinal));
        Assert.Contains("samesite=lax", correlation, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", correlation, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", correlation, StringComparison.OrdinalIgnoreCase);
        var home = await session.GetAsync("/");
        Assert.Equal("/advisor/caseload", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/advisor/caseload")).StatusCode);
    }

    [Fact]
    public async Task Off_loopback_the_sign_in_cookies_are_secure()
    {
        using var session = new PageSession(Service);
        session.Http.DefaultRequestHeaders.Host = "records.example.org";

        var challenge = await session.GetAsync("/?handler=External");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.All(
            challenge.Headers.GetValues("Set-Cookie").Where(cookie => cookie.StartsWith(".AspNetCore.", StringComparison.Ordinal)),
            cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Someone_with_no_account_here_a_student_and_a_disabled_staff_member_are_refused_without_a_session()
    {
        var student = await ActivatedStudentAsync();
        var disabled = await fixture.Service.Anonymous.NewStaffAsync(["admin"]);
        var admin = await fixture.Service.Anonymous.AdminTokenAsync();
        var disabling = await fixture.Service.Anonymous.PostWithTokenAsync(
            $"/v1/organizations/{disabled.OrganizationId}/accounts/{disabled.AccountId}/disable", new { }, admin);
        Assert.Equal(HttpStatusCode.NoContent, disabling.StatusCode);

        foreach (var username in new[] { "stranger-" + Guid.NewGuid().ToString("N")[..8], student, disabled.Username })
        {
            fixture.Provider.NextUser = username;
            using var session = new PageSession(Service);

            var (callback, _) = await ExternalSignInAsync(session);

            Assert.Equal("/?oidc=no-account", callback.Headers.Location!.OriginalString);
            Assert.False(callback.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("c2c-session=", StringComparison.Ordinal)));
            var page = await session.GetAsync(callback.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains(NoAccount, html, StringComparison.Ordinal);
            Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain(username, html, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin/organizations")).StatusCode);
        }
    }

    [Fact]
    public async Task A_refusal_by_the_provider_and_an_unknown_flag_say_what_they_should()
    {
        fixture.Provider.NextUser = null;
        using var session = new PageSession(Service);

        var (callback, _) = await ExternalSignInAsync(session);
        var unknown = await (await session.GetAsync("/?oidc=%3Cb%3Ehi%3C%2Fb%3E")).Content.ReadAsStringAsync();

        Assert.Equal("/?oidc=failed", callback.Headers.Location!.OriginalString);
        Assert.Contains("did not complete", await (await session.GetAsync("/?oidc=failed")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>hi", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_email_as_user_name_only_an_address_the_provider_verified_signs_in()
    {
        await using var byEmail = await ServiceUnderTest.StartAsync(
            null, [.. fixture.Provider.SignInSettings(), "C2C:Web:OpenIdConnect:UsernameClaim=email"]);
        var staff = await byEmail.Anonymous.NewStaffAsync(["advisor"]);
        var service = byEmail.Anonymous.BaseAddress!;

        var outcomes = new List<string>();
        foreach (bool? verified in new bool?[] { false, null, true })
        {
            fixture.Provider.NextUser = staff.Username;
            fixture.Provider.NextEmailVerified = verified;
            using var session = new PageSession(service);
            var (callback, _) = await ExternalSignInAsync(session);
            outcomes.Add(callback.Headers.Location!.OriginalString);
        }

        fixture.Provider.NextEmailVerified = null;
        Assert.Equal(["/?oidc=unverified", "/?oidc=unverified", "/"], outcomes);
        using var shown = new PageSession(service);
        Assert.Contains("did not confirm the email address", await (await shown.GetAsync("/?oidc=unverified")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_browser_a_staff_member_clicks_the_providers_button_and_lands_signed_in()
    {
        var staff = await fixture.Service.Anonymous.NewStaffAsync(["steward"]);
        fixture.Provider.NextUser = staff.Username;
        using var browser = new Browser(1280, 900);

        browser.Open(Service);
        var button = browser.Driver.FindElement(By.Id("external-sign-in"));
        Assert.Equal("Sign in with Test Provider", button.Text);
        button.Click();

        browser.WaitUntil(() => new Uri(browser.Driver.Url).AbsolutePath == "/steward/reviews", "the external sign-in to reach the steward's first page");
        Assert.Equal(Service.Authority, new Uri(browser.Driver.Url).Authority);
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("form[action='/signout'], a[href='/signout']")));
    }

    /// <summary>
    /// Follows an external sign-in from the sign-in page's link through the provider and back; returns the service's
    /// answer at the callback and its answer to the link (the challenge).
    /// </summary>
    private static async Task<(HttpResponseMessage Callback, HttpResponseMessage Challenge)> ExternalSignInAsync(PageSession session)
    {
        var challenge = await session.GetAsync("/?handler=External");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var atProvider = await session.Http.GetAsync(challenge.Headers.Location!);
        Assert.Equal(HttpStatusCode.Redirect, atProvider.StatusCode);
        var callback = await session.Http.GetAsync(atProvider.Headers.Location!);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return (callback, challenge);
    }

    /// <summary>A student who activated an account; returns its user name.</summary>
    private async Task<string> ActivatedStudentAsync()
    {
        var personId = await fixture.Service.Http.NewStudentAsync();
        var code = await fixture.Service.Http.ActivationCodeAsync(personId);
        var username = "stu-" + Guid.NewGuid().ToString("N")[..8];
        using var session = new PageSession(Service);
        var activated = await session.PostFormAsync("/activate", new Dictionary<string, string>
        {
            ["code"] = code, ["username"] = username, ["password"] = WebPeople.Password, ["repeat"] = WebPeople.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        return username;
    }
}
