using System.Text.Json;

namespace CradleToCareer.Host.Exchange;

/// <summary>
/// The JSON body of <c>POST /v1/transcript-requests</c> as the OpenAPI document describes it (exchange.md); the service
/// reads it with <c>TranscriptRequestJson</c>, which reports every error at its JSON Pointer.
/// </summary>
/// <param name="Student">The student block of events.md.</param>
/// <param name="Level"><c>k12</c>, <c>postsecondary</c> or <c>all</c>.</param>
/// <param name="Purpose">Why the transcript is requested, up to 500 characters.</param>
/// <param name="Format"><c>application/json</c> (default), <c>application/jwt</c>, <c>application/xml</c> or <c>application/pdf</c>.</param>
/// <param name="Delivery">Where status changes are pushed; without it the requester polls.</param>
/// <param name="RequestTrackingId">The requester's own reference, up to 50 characters, echoed in pushes and the PESC response.</param>
public sealed record TranscriptRequestJsonBody(
    JsonElement Student, string Level, string Purpose, string? Format, DeliveryBody? Delivery, string? RequestTrackingId);

/// <summary>A push address (the address rules of webhook subscriptions) and, optionally, the <c>whsec_</c> secret to sign with.</summary>
public sealed record DeliveryBody(string Url, string? Secret);
