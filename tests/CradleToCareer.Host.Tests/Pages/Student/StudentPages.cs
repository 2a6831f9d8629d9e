using System.Net;
using System.Text.RegularExpressions;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages.Student;

/// <summary>Students for the student pages' tests: sent by the test tenant, and signed in through the activation page.</summary>
internal static partial class StudentPages
{
    /// <summary>A student the test high school enrolled, with one completed a-g English course; the person id and ssid.</summary>
    public static async Task<(string PersonId, string Ssid)> NewStudentWithCourseAsync(this HttpClient tenant)
    {
        var ssid = TestEvents.NewSsid();
        var personId = (await tenant.PostSingleAsync(TestEvents.Enrollment("enr-" + Guid.NewGuid().ToString("N"), ssid))).PersonId();
        await tenant.PostSingleAsync(TestEvents.Course("crs-" + Guid.NewGuid().ToString("N")[..12], ssid));
        return (personId, ssid);
    }

    /// <summary>The name the test events give the student of this ssid.</summary>
    public static string NameOf(string ssid) => $"{TestPerson.Of(ssid).FirstName} {TestPerson.Of(ssid).LastName}";

    /// <summary>A page session that activated an account with the code (and so is signed in with it).</summary>
    public static async Task<PageSession> ActivatedAsync(Uri service, string code)
    {
        var session = new PageSession(service);
        var username = "student-" + Guid.NewGuid().ToString("N")[..10];
        var activated = await session.PostFormAsync("/activate", new Dictionary<string, string>
        {
            ["code"] = code, ["username"] = username, ["password"] = WebPeople.Password, ["repeat"] = WebPeople.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        return session;
    }

    /// <summary>Posts a form of the consents page to its handler.</summary>
    public static Task<HttpResponseMessage> PostConsentsAsync(this PageSession session, string handler, IDictionary<string, string> fields) =>
        session.PostFormAsync($"/student/consents?handler={handler}", fields, "/student/consents");

    /// <summary>Posts the grant form with these fields, some of them repeated (the scopes' check boxes).</summary>
    public static async Task<HttpResponseMessage> PostGrantAsync(this PageSession session, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await session.Http.GetStringAsync("/student/consents");
        var token = TokenField().Match(page);
        Assert.True(token.Success);
        var form = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await session.Http.PostAsync("/student/consents?handler=Grant", new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
