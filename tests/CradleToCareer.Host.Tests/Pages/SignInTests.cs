using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary>
/// Signing in on the root page over HTTP, as a browser does: the session cookie's flags, forms refused without their
/// antiforgery token, failures told apart from nothing, lockout, and sessions that end when the account does.
/// </summary>
public sealed class SignInTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task Staff_sign_in_to_their_first_page_with_an_httponly_samesite_cookie_not_secure_on_loopback()
    {
        var staff = await service.Anonymous.NewStaffAsync(["steward", "admin"]);
        using var session = new PageSession(service.Anonymous.BaseAddress!);

        var signedIn = await session.SignInAsync(staff.Username.ToUpperInvariant(), WebPeople.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/steward/reviews", signedIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), header => header.StartsWith("c2c-session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        var home = await session.GetAsync("/");
        Assert.Equal("/steward/reviews", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Without_an_external_provider_configured_the_page_offers_none()
    {
        var page = await service.Anonymous.GetStringAsync("/");
        using var challenge = await service.Anonymous.GetAsync("/?handler=External");

        Assert.DoesNotContain("external-sign-in", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, challenge.StatusCode);
    }

    [Fact]
    public async Task Off_loopback_the_session_cookie_is_secure()
    {
        var staff = await service.Anonymous.NewStaffAsync(["admin"]);
        using var session = new PageSession(service.Anonymous.BaseAddress!);
        session.Http.DefaultRequestHeaders.Host = "records.example.org";

        var signedIn = await session.SignInAsync(staff.Username, WebPeople.Password);

        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), header => header.StartsWith("c2c-session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_saying_which_part_and_sets_no_session()
    {
        var staff = await service.Anonymous.NewStaffAsync(["advisor"]);
        using var session = new PageSession(service.Anonymous.BaseAddress!);

        var wrong = await session.SignInAsync(staff.Username, WebPeople.Password + "!");
        var unknown = await session.SignInAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], WebPeople.Password);

        foreach (var response in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("The user name or password is wrong, or the account is not active.", page, StringComparison.Ordinal);
            Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain(WebPeople.Password, page, StringComparison.Ordinal);
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("c2c-session=", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Repeated_failures_lock_the_user_name_out_even_for_the_right_password()
    {
        var staff = await service.Anonymous.NewStaffAsync(["advisor"]);
        using var session = new PageSession(service.Anonymous.BaseAddress!);

        HttpResponseMessage last;
        var attempts = 0;
        do
        {
            last = await session.SignInAsync(staff.Username, "not the password at all");
            attempts++;
        }
        while (last.StatusCode == HttpStatusCode.BadRequest && attempts < 30);
        var right = await session.SignInAsync(staff.Username, WebPeople.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
        Assert.Contains("Too many failed sign-ins", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_field_that_is_not_text_is_400_naming_the_field_and_changes_nothing()
    {
        var admin = await service.Anonymous.NewStaffAsync(["admin"]);
        using var session = new PageSession(service.Anonymous.BaseAddress!);
        var orgId = "ctl-" + Guid.NewGuid().ToString("N")[..8];

        var signIn = await session.SignInAsync(admin.Username + "\u0001", WebPeople.Password);
        var nul = await session.SignInAsync(admin.Username + "\u0000", WebPeople.Password);
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Equal("application/problem+json", nul.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(admin.Username, WebPeople.Password)).StatusCode);
        var register = await session.PostFormAsync("/admin/organizations", new Dictionary<string, string>
        {
            ["id"] = orgId, ["name"] = "Harbor\u202EUnified",
        });

        foreach (var (response, field) in new[] { (signIn, "username"), (register, "name") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(JsonNode.Parse(body)!["errors"]?[field] is not null, field + ": " + body);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/admin/organization?id={orgId}")).StatusCode);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        var staff = await service.Anonymous.NewStaffAsync(["advisor"]);
        using var session = new PageSession(service.Anonymous.BaseAddress!);

        var response = await session.Http.PostAsync("/", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = staff.Username, ["password"] = WebPeople.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("c2c-session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task After_sign_in_a_local_return_address_is_followed_and_another_site_is_not()
    {
        var staff = await service.Anonymous.NewStaffAsync(["admin"]);
        using var local = new PageSession(service.Anonymous.BaseAddress!);
        using var foreign = new PageSession(service.Anonymous.BaseAddress!);
        var form = new Dictionary<string, string> { ["username"] = staff.Username, ["password"] = WebPeople.Password };

        var followed = await local.PostFormAsync("/?returnUrl=%2Foutcomes", form, formPage: "/");
        var refused = await foreign.PostFormAsync("/?returnUrl=https%3A%2F%2Fevil.example%2F", form, formPage: "/");

        Assert.Equal("/outcomes", followed.Headers.Location!.OriginalString);
        Assert.Equal("/admin/organizations", refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_disabled_accounts_open_session_ends_at_its_next_request()
    {
        var staff = await service.Anonymous.NewStaffAsync(["admin"]);
        using var session = new PageSession(service.Anonymous.BaseAddress!);
        await session.SignInAsync(staff.Username, WebPeople.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/")).StatusCode);

        var admin = await service.Anonymous.AdminTokenAsync();
        var disabled = await service.Anonymous.PostWithTokenAsync(
            $"/v1/organizations/{staff.OrganizationId}/accounts/{staff.AccountId}/disable", new { }, admin);
        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);

        var after = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("id=\"sign-in\"", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await session.SignInAsync(staff.Username, WebPeople.Password)).StatusCode);
    }

    [Fact]
    public async Task A_student_activates_with_a_code_once_and_is_signed_in_to_their_record()
    {
        var personId = await service.Http.NewStudentAsync();
        var code = await service.Http.ActivationCodeAsync(personId);
        using var session = new PageSession(service.Anonymous.BaseAddress!);
        using var second = new PageSession(service.Anonymous.BaseAddress!);
        var username = "stu-" + Guid.NewGuid().ToString("N")[..8];
        Dictionary<string, string> Form(string name) => new()
        {
            ["code"] = code.ToLowerInvariant(), ["username"] = name, ["password"] = WebPeople.Password, ["repeat"] = WebPeople.Password,
        };

        var activated = await session.PostFormAsync("/activate", Form(username));
        var reused = await second.PostFormAsync("/activate", Form(username + "x"));

        Assert.Equal("/student/record", activated.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("is not valid: it may be mistyped, used already or expired", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guardians_open_session_ends_when_the_student_enrolls_in_college()
    {
        var minor = await service.Http.NewMinorAsync(DateOnly.FromDateTime(DateTime.UtcNow));
        var code = await service.Http.ActivationCodeAsync(minor.PersonId, "guardian");
        using var session = new PageSession(service.Anonymous.BaseAddress!);
        var username = "parent-" + Guid.NewGuid().ToString("N")[..8];
        var activated = await session.PostFormAsync("/activate", new Dictionary<string, string>
        {
            ["code"] = code, ["username"] = username, ["password"] = WebPeople.Password, ["repeat"] = WebPeople.Password,
        });
        Assert.Equal("/student/record", activated.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/student/record")).StatusCode);

        var enrolled = await service.Http.PostSingleAsync(TestEvents.CollegeEnrollmentOf("col-" + Guid.NewGuid().ToString("N"), minor.Student));
        Assert.Equal(minor.PersonId, enrolled.PersonId());

        var after = await session.GetAsync("/student/record");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/", after.Headers.Location!.AbsolutePath());
        Assert.Equal(HttpStatusCode.BadRequest, (await session.SignInAsync(username, WebPeople.Password)).StatusCode);
    }

    [Fact]
    public async Task Activation_names_each_problem_beside_its_field_and_creates_nothing()
    {
        using var session = new PageSession(service.Anonymous.BaseAddress!);

        var response = await session.PostFormAsync("/activate", new Dictionary<string, string>
        {
            ["code"] = "<script>alert(1)</script>", ["username"] = "x", ["password"] = "short", ["repeat"] = "short",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"code-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"username-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"password-error\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_accounts_are_listed_without_their_password_and_refuse_machine_roles()
    {
        var staff = await service.Anonymous.NewStaffAsync(["advisor"]);
        var admin = await service.Anonymous.AdminTokenAsync();

        var refused = await service.Anonymous.PostWithTokenAsync(
            $"/v1/organizations/{staff.OrganizationId}/accounts", new { username = "x", password = "short", roles = new[] { "source" } }, admin);
        var list = TestTenant.Authenticated(service.Anonymous.BaseAddress!, admin);
        var listed = await list.GetStringAsync($"/v1/organizations/{staff.OrganizationId}/accounts");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["/password", "/roles/0", "/username"], errors.Select(error => error.Key).Order(StringComparer.Ordinal));
        Assert.Contains(staff.Username, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("pbkdf2", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("password", listed, StringComparison.OrdinalIgnoreCase);
    }
}
