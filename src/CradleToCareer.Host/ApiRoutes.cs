using CradleToCareer.Host.Access;
using CradleToCareer.Host.Alerts;
using CradleToCareer.Host.Api;
using CradleToCareer.Host.Exchange;
using CradleToCareer.Host.Imports;
using CradleToCareer.Host.Outcomes;
using CradleToCareer.Host.Research;
using CradleToCareer.Host.Transcripts;

namespace CradleToCareer.Host;

/// <summary>
/// Every route of the service, by resource: the unversioned ones (health, the token endpoint, the transcript key set
/// at its well-known address), then one <c>/v1</c> group with a group per resource. Each feature file maps the
/// endpoints of the group it is given, with their roles and OpenAPI metadata.
/// </summary>
public static class ApiRoutes
{
    public static void MapServiceApi(this WebApplication app)
    {
        app.MapGroup("/health").MapHealthApi();
        app.MapTokenApi();
        app.MapTranscriptKeySetApi();

        var v1 = app.MapGroup("/v1");
        v1.MapMeApi();
        v1.MapGroup("/organizations").MapOrganizationsApi();
        v1.MapGroup("/organizations/{orgId}/accounts").MapStaffAccountsApi();
        v1.MapGroup("/signing-keys").MapSigningKeysApi();
        v1.MapGroup("/transcript-keys").MapTranscriptKeysApi();
        v1.MapGroup("/events").MapEventsApi();
        v1.MapGroup("/imports").MapImportsApi();
        v1.MapResolveApi();

        var student = v1.MapGroup("/students/{personId}");
        student.MapStudentsApi();
        student.MapProgressApi();
        student.MapTranscriptIssueApi();
        student.MapGroup("/consents").MapStudentConsentsApi();
        student.MapDisclosuresApi();
        student.MapActivationCodesApi();

        v1.MapGroup("/transcripts").MapIssuedTranscriptsApi();
        v1.MapGroup("/transcript-requests").MapTranscriptRequestsApi();
        v1.MapGroup("/consents").MapGrantedConsentsApi();
        v1.MapGroup("/subscriptions").MapSubscriptionsApi();
        v1.MapGroup("/alerts").MapAlertStreamApi();
        v1.MapGroup("/institutions").MapInstitutionsApi().MapInstitutionOutcomesApi();
        v1.MapGroup("/public").MapPublicOutcomesApi();
        v1.MapGroup("/research").MapResearchApi();
        v1.MapGroup("/identity").MapIdentityApi();
    }
}
