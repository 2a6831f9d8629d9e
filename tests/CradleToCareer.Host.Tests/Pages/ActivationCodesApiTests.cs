using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary><c>POST /v1/students/{personId}/activation-codes</c> over HTTP: who may issue codes, of which kind.</summary>
public sealed class ActivationCodesApiTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task The_portal_gets_a_student_code_valid_for_14_days_without_a_body()
    {
        var personId = await service.Http.NewStudentAsync();

        var response = await service.Http.PostAsync($"/v1/students/{personId}/activation-codes", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", body["code"]!.GetValue<string>());
        Assert.Equal("student", body["kind"]!.GetValue<string>());
        var expiresIn = body["expiresAt"]!.GetValue<DateTimeOffset>() - DateTimeOffset.UtcNow;
        Assert.InRange(expiresIn, TimeSpan.FromDays(14) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(14));
    }

    [Fact]
    public async Task A_schools_staff_issue_codes_for_its_students_only()
    {
        var personId = await service.Http.NewStudentAsync();
        var (_, ownSchool) = await service.Anonymous.NewClientTokenAsync(["advisor"], institutions: [TestEvents.NewSchool()]);
        var (clientId, secret) = await service.Anonymous.NewTenantClientAsync("source");
        var studentsSchool = await service.Anonymous.TokenAsync(clientId, secret);

        var elsewhere = await service.Anonymous.PostWithTokenAsync($"/v1/students/{personId}/activation-codes", new { }, ownSchool);
        var unknown = await service.Http.PostAsJsonAsync("/v1/students/p_00000000000000000000000000000000/activation-codes", new { });

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await service.Anonymous.PostWithTokenAsync($"/v1/students/{personId}/activation-codes", new { }, studentsSchool)).StatusCode);
    }

    [Fact]
    public async Task A_guardian_code_is_refused_for_an_adult_and_an_unknown_kind_names_the_field()
    {
        var adult = await service.Http.NewStudentAsync();
        var minor = (await service.Http.NewMinorAsync(DateOnly.FromDateTime(DateTime.UtcNow))).PersonId;

        var forAdult = await service.Http.PostAsJsonAsync($"/v1/students/{adult}/activation-codes", new { kind = "guardian" });
        var unknownKind = await service.Http.PostAsJsonAsync($"/v1/students/{adult}/activation-codes", new { kind = "staff" });
        var forMinor = await service.Http.PostAsJsonAsync($"/v1/students/{minor}/activation-codes", new { kind = "guardian" });

        Assert.Equal(HttpStatusCode.BadRequest, forAdult.StatusCode);
        Assert.Contains("/kind", await forAdult.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
        Assert.Equal(HttpStatusCode.Created, forMinor.StatusCode);
    }
}
