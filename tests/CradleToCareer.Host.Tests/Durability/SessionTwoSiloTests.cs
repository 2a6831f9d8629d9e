using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Pages;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// Two hosts on one database: a person signed in on one silo is signed in on the other, because the keys that protect
/// the session cookie are shared through the database; and a host started afresh still reads the session.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SessionTwoSiloTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_session_begun_on_one_silo_opens_pages_on_the_other_and_after_a_restart()
    {
        var database = await postgres.CreateDatabaseAsync("sessions");
        var cluster = "C2C:Cluster:ClusterId=sessions";
        string cookie;
        await using (var first = await ServiceUnderTest.StartAsync(database, cluster))
        {
            var staff = await first.Anonymous.NewStaffAsync(["admin"]);
            using var onFirst = new PageSession(first.Anonymous.BaseAddress!);
            Assert.Equal(HttpStatusCode.Redirect, (await onFirst.SignInAsync(staff.Username, WebPeople.Password)).StatusCode);
            cookie = onFirst.Cookies.GetCookies(first.Anonymous.BaseAddress!)["c2c-session"]!.Value;

            await using var second = await ServiceUnderTest.StartAsync(database, cluster);
            Assert.Equal(HttpStatusCode.OK, (await OpenWithAsync(second, cookie)).StatusCode);
        }

        await using var restarted = await ServiceUnderTest.StartAsync(database, cluster);
        Assert.Equal(HttpStatusCode.OK, (await OpenWithAsync(restarted, cookie)).StatusCode);
    }

    private static async Task<HttpResponseMessage> OpenWithAsync(ServiceUnderTest service, string cookie)
    {
        using var session = new PageSession(service.Anonymous.BaseAddress!);
        session.Cookies.Add(service.Anonymous.BaseAddress!, new Cookie("c2c-session", cookie));
        return await session.GetAsync("/admin/organizations");
    }
}
