using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary>
/// Every signed-in page, opened by no one, by a student, and by staff of each role: the sign-in page for no one, the
/// refusal page for the wrong person, and the page itself for the right one. The API's routes never take the session
/// cookie.
/// </summary>
public sealed class PageRoleMatrixTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private static readonly string[] People = ["student", "advisor", "college", "steward", "admin"];

    /// <summary>Each signed-in page and who may open it: "student" (students and guardians) or a staff role.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/Admin/Organizations", "admin" },
        { "/Admin/Organization", "admin" },
        { "/Student/Record", "student" },
        { "/Student/Consents", "student" },
        { "/Student/Disclosures", "student" },
        { "/Registrar/Requests", "college" },
        { "/Registrar/Transcript", "college" },
        { "/Steward/Reviews", "steward" },
        { "/Steward/Journal", "steward" },
        { "/Advisor/Caseload", "advisor" },
        { "/Advisor/Student", "advisor" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_opens_for_its_people_only(string path, string who)
    {
        using var nobody = new PageSession(service.Anonymous.BaseAddress!);
        var anonymous = await nobody.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/", anonymous.Headers.Location!.AbsolutePath());

        foreach (var person in People)
        {
            using var session = await SignedInAsync(person);
            var response = await session.GetAsync(path);
            if (person == who)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{person} opens {path}: {(int)response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{person} is refused {path}: {(int)response.StatusCode}");
                Assert.Equal("/denied", response.Headers.Location!.AbsolutePath());
            }
        }
    }

    [Fact]
    public async Task The_session_cookie_opens_no_route_of_the_API()
    {
        using var session = await SignedInAsync("admin");

        var response = await session.GetAsync("/v1/organizations");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<PageSession> SignedInAsync(string person)
    {
        var session = new PageSession(service.Anonymous.BaseAddress!);
        string username;
        if (person == "student")
        {
            var personId = await service.Http.NewStudentAsync();
            var code = await service.Http.ActivationCodeAsync(personId);
            username = "student-" + Guid.NewGuid().ToString("N")[..10];
            var activated = await session.PostFormAsync("/activate", new Dictionary<string, string>
            {
                ["code"] = code, ["username"] = username, ["password"] = WebPeople.Password, ["repeat"] = WebPeople.Password,
            });
            Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
            return session;
        }

        username = (await service.Anonymous.NewStaffAsync([person])).Username;
        var signedIn = await session.SignInAsync(username, WebPeople.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }
}

internal static class LocationPaths
{
    /// <summary>The path of a redirect's location, relative or absolute.</summary>
    public static string AbsolutePath(this Uri location) =>
        location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
}
