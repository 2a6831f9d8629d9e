using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Exchange;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages.Student;

/// <summary>
/// The student pages over plain HTTP: only the account's own person is ever shown or changed, whatever the address or
/// the form says; bad grants change nothing; waiting transcript requests are approved or declined; a guardian grants
/// as the guardian.
/// </summary>
public sealed class StudentPagesTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private Uri Root => service.Anonymous.BaseAddress!;

    [Fact]
    public async Task Another_students_record_stays_out_of_reach_whatever_the_address_says()
    {
        var (own, ownSsid) = await service.Http.NewStudentWithCourseAsync();
        var (other, otherSsid) = await service.Http.NewStudentWithCourseAsync();
        using var session = await StudentPages.ActivatedAsync(Root, await service.Http.ActivationCodeAsync(own));

        foreach (var path in new[] { $"/Student/Record?personId={other}", "/student/record", $"/Student/Disclosures?personId={other}", $"/Student/Consents?personId={other}" })
        {
            var response = await session.GetAsync(path);
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.DoesNotContain(StudentPages.NameOf(otherSsid), page, StringComparison.Ordinal);
            Assert.DoesNotContain(other, page, StringComparison.Ordinal);
            if (path.Contains("Record", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Contains(StudentPages.NameOf(ownSsid), page, StringComparison.Ordinal);
            }
        }

        var byPath = await session.GetAsync($"/Student/Record/{other}");
        Assert.NotEqual(HttpStatusCode.OK, byPath.StatusCode);
        Assert.DoesNotContain(StudentPages.NameOf(otherSsid), await byPath.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await session.GetAsync($"/v1/students/{other}");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_forged_consent_id_revokes_nothing_and_is_not_found()
    {
        var (orgId, _) = await service.Anonymous.NewClientTokenAsync(["advisor"]);
        var (own, _) = await service.Http.NewStudentWithCourseAsync();
        var (other, _) = await service.Http.NewStudentWithCourseAsync();
        var othersConsent = await service.Http.GrantConsentAsync(other, orgId, "advising", "progress");
        using var session = await StudentPages.ActivatedAsync(Root, await service.Http.ActivationCodeAsync(own));

        var forged = await session.PostConsentsAsync("Revoke", new Dictionary<string, string> { ["consentId"] = othersConsent });

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var page = await forged.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
        Assert.Contains("Consent not found", page, StringComparison.Ordinal);
        var consents = await service.Http.GetJsonArrayAsync($"/v1/students/{other}/consents");
        Assert.Equal("active", Assert.Single(consents)!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_grant_with_no_section_and_a_last_day_past_a_year_shows_both_errors_and_grants_nothing()
    {
        var (orgId, _) = await service.Anonymous.NewClientTokenAsync(["advisor"]);
        var (personId, _) = await service.Http.NewStudentWithCourseAsync();
        using var session = await StudentPages.ActivatedAsync(Root, await service.Http.ActivationCodeAsync(personId));
        var tooLate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).AddDays(2).ToString("yyyy-MM-dd");

        var refused = await session.PostGrantAsync([new("recipientOrgId", orgId), new("purpose", "<b>advising</b>"), new("expires", tooLate)]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("id=\"grant-problems\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"scopes-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"expires-error\"", page, StringComparison.Ordinal);
        Assert.Contains("at most one year ahead", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;advising&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Empty(await service.Http.GetJsonArrayAsync($"/v1/students/{personId}/consents"));

        var forgedScope = await session.PostGrantAsync(
            [new("recipientOrgId", orgId), new("scopes", "everything"), new("purpose", "advising"), new("expires", tooLate[..4])]);
        Assert.Equal(HttpStatusCode.BadRequest, forgedScope.StatusCode);
        Assert.Contains("must be a date", await forgedScope.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await service.Http.GetJsonArrayAsync($"/v1/students/{personId}/consents"));
    }

    [Fact]
    public async Task A_waiting_transcript_request_is_approved_and_issued_and_a_declined_one_still_awaits_consent_for_the_college()
    {
        var (personId, ssid) = await service.Http.NewStudentWithCourseAsync();
        var (approvedOrg, approvingToken) = await service.Anonymous.NewClientTokenAsync(["college"]);
        var (_, decliningToken) = await service.Anonymous.NewClientTokenAsync(["college"]);
        using var approving = TestTenant.Authenticated(Root, approvingToken);
        using var declining = TestTenant.Authenticated(Root, decliningToken);
        var toApprove = (await approving.AcceptedAsync(TranscriptRequestClient.JsonRequest(ssid, trackingId: "ADM-1"))).RequestId();
        var toDecline = (await declining.AcceptedAsync(TranscriptRequestClient.JsonRequest(ssid))).RequestId();
        using var session = await StudentPages.ActivatedAsync(Root, await service.Http.ActivationCodeAsync(personId));

        var waiting = await session.Http.GetStringAsync("/student/consents");
        Assert.Contains(toApprove, waiting, StringComparison.Ordinal);
        Assert.Contains(toDecline, waiting, StringComparison.Ordinal);

        var declined = await session.PostConsentsAsync("Decline", new Dictionary<string, string> { ["requestId"] = toDecline });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var approved = await session.PostConsentsAsync("Approve", new Dictionary<string, string> { ["requestId"] = toApprove });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var after = await session.Http.GetStringAsync("/student/consents?done=approved");
        Assert.DoesNotContain(toDecline, after, StringComparison.Ordinal);
        Assert.Contains("None waiting.", after, StringComparison.Ordinal);
        Assert.Contains("e-transcript request " + toApprove, after, StringComparison.Ordinal);
        Assert.Equal("issued", (await approving.GetJsonAsync($"/v1/transcript-requests/{toApprove}")).Status());
        Assert.Equal("awaiting-consent", (await declining.GetJsonAsync($"/v1/transcript-requests/{toDecline}")).Status());
        var consent = Assert.Single(await service.Http.GetJsonArrayAsync($"/v1/students/{personId}/consents"))!;
        Assert.Equal((approvedOrg, "transcript"), (consent["recipientOrgId"]!.GetValue<string>(), consent["scopes"]!.AsArray().Single()!.GetValue<string>()));
        Assert.InRange(consent["expiresAt"]!.GetValue<DateTimeOffset>(), DateTimeOffset.UtcNow.AddDays(29), DateTimeOffset.UtcNow.AddDays(31));

        var issued = await session.PostConsentsAsync("Decline", new Dictionary<string, string> { ["requestId"] = toApprove });
        Assert.Equal(HttpStatusCode.NotFound, issued.StatusCode);
        Assert.Contains("Request not found", await issued.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("issued", (await approving.GetJsonAsync($"/v1/transcript-requests/{toApprove}")).Status());
    }

    [Fact]
    public async Task Someone_elses_waiting_request_can_be_neither_approved_nor_declined()
    {
        var (own, _) = await service.Http.NewStudentWithCourseAsync();
        var (_, otherSsid) = await service.Http.NewStudentWithCourseAsync();
        var (_, collegeToken) = await service.Anonymous.NewClientTokenAsync(["college"]);
        using var college = TestTenant.Authenticated(Root, collegeToken);
        var requestId = (await college.AcceptedAsync(TranscriptRequestClient.JsonRequest(otherSsid))).RequestId();
        using var session = await StudentPages.ActivatedAsync(Root, await service.Http.ActivationCodeAsync(own));

        foreach (var handler in new[] { "Approve", "Decline" })
        {
            var forged = await session.PostConsentsAsync(handler, new Dictionary<string, string> { ["requestId"] = requestId });
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        }

        Assert.Equal("awaiting-consent", (await college.GetJsonAsync($"/v1/transcript-requests/{requestId}")).Status());
        Assert.Empty(await service.Http.GetJsonArrayAsync($"/v1/students/{own}/consents"));
    }

    [Fact]
    public async Task A_guardian_activates_with_a_guardian_code_and_grants_as_the_guardian()
    {
        var (orgId, _) = await service.Anonymous.NewClientTokenAsync(["advisor"]);
        var minor = (await service.Http.NewMinorAsync(DateOnly.FromDateTime(DateTime.UtcNow))).PersonId;
        using var session = await StudentPages.ActivatedAsync(Root, await service.Http.ActivationCodeAsync(minor, "guardian"));
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd");

        var granted = await session.PostGrantAsync(
            [new("recipientOrgId", orgId), new("scopes", "progress"), new("scopes", "alerts"), new("purpose", "middle school counseling"), new("expires", lastDay)]);

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var consent = Assert.Single(await service.Http.GetJsonArrayAsync($"/v1/students/{minor}/consents"))!;
        Assert.Equal(("guardian", orgId), (consent["grantor"]!.GetValue<string>(), consent["recipientOrgId"]!.GetValue<string>()));
        Assert.Equal(["progress", "alerts"], consent["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()));
        Assert.Contains("by the guardian", await session.Http.GetStringAsync("/student/consents"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_field_of_the_consents_page_has_its_label_and_the_page_one_h1()
    {
        var (personId, _) = await service.Http.NewStudentWithCourseAsync();
        using var session = await StudentPages.ActivatedAsync(Root, await service.Http.ActivationCodeAsync(personId));

        var page = await session.Http.GetStringAsync("/student/consents");

        var fields = System.Text.RegularExpressions.Regex.Matches(page, "<(input|select)(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"")
            .Select(match => match.Groups[2].Value).ToList();
        Assert.Equal(9, fields.Count);
        Assert.All(fields, id => Assert.Contains($"<label for=\"{id}\">", page, StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<h1"));
    }

    [Fact]
    public async Task The_disclosure_record_lists_the_pages_own_readings_newest_first_with_its_check()
    {
        var (personId, _) = await service.Http.NewStudentWithCourseAsync();
        using var session = await StudentPages.ActivatedAsync(Root, await service.Http.ActivationCodeAsync(personId));
        await session.Http.GetStringAsync("/student/record");

        var page = await session.Http.GetStringAsync("/student/disclosures");

        Assert.Contains("Checked: all", page, StringComparison.Ordinal);
        Assert.Contains("Your whole record", page, StringComparison.Ordinal);
        Assert.Contains("These pages (your own account)", page, StringComparison.Ordinal);
        var record = await service.Http.GetJsonAsync($"/v1/students/{personId}/disclosures");
        Assert.Contains(record["entries"]!.AsArray(), entry => entry!["clientId"]!.GetValue<string>() == "c2c:web" && entry["scope"]!.GetValue<string>() == "profile");
    }
}
