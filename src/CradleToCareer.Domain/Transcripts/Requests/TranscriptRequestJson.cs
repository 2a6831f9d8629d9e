using System.Text.Json;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Events.Parsing;
using CradleToCareer.Domain.Text;

namespace CradleToCareer.Domain.Transcripts.Requests;

/// <summary>A JSON transcript request read: what it asks, the delivery secret it named (null: generate one), or every error.</summary>
public sealed record ParsedTranscriptRequest(RequestedTranscript? Request, string? DeliverySecret, IReadOnlyList<FieldError> Errors);

/// <summary>
/// Reads the JSON body of <c>POST /v1/transcript-requests</c> (exchange.md): the student block as in events.md, a
/// known <c>level</c>, a <c>purpose</c>, an optional <c>format</c> (default <c>application/json</c>), an optional
/// <c>delivery</c> with the <c>url</c> status changes are pushed to (the address rules of webhook subscriptions) and
/// an optional <c>secret</c> to sign them with, and an optional <c>requestTrackingId</c>. Every error is reported at
/// its JSON Pointer; no message echoes a submitted value, and the SSN becomes a keyed token here.
/// </summary>
public static class TranscriptRequestJson
{
    public const int MaxTrackingIdLength = 50;

    private static readonly FieldKind<string> Level = FieldKinds.OneOf([.. TranscriptLevels.Known]);
    private static readonly FieldKind<string> Purpose = FieldKinds.Text(ConsentRules.MaxPurposeLength);
    private static readonly FieldKind<string> Format = FieldKinds.OneOf([.. TranscriptRequestFormats.Known]);

    public static ParsedTranscriptRequest Parse(JsonElement body, ISsnTokenizer ssn, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(ssn);
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new ParsedTranscriptRequest(null, null, [new FieldError("", "must be a JSON object: a transcript request as in exchange.md")]);
        }

        var errors = new List<FieldError>();
        var root = new JsonObjectReader(body, "", errors);
        var studentReader = root.RequiredObject("student");
        var student = studentReader is null ? null : StudentParser.ParseBlock(studentReader, ssn);
        var level = root.Required("level", Level);
        var purpose = root.Required("purpose", Purpose);
        var format = TranscriptRequestFormats.Json;
        if (root.Has("format") && root.TryOptional("format", Format, out var named))
        {
            format = named;
        }

        var (deliveryUrl, secret) = ReadDelivery(root.OptionalObject("delivery"), allowLoopback);
        var trackingId = root.OptionalText("requestTrackingId", MaxTrackingIdLength);
        var all = EventParser.WithTextErrors(PlainTextInJson.Errors(body), errors);
        return all.Count > 0 || student is null
            ? new ParsedTranscriptRequest(null, null, all)
            : new ParsedTranscriptRequest(
                new RequestedTranscript(student, level, purpose.Trim(), format, deliveryUrl, trackingId), secret, []);
    }

    private static (string? Url, string? Secret) ReadDelivery(JsonObjectReader? delivery, bool allowLoopback)
    {
        if (delivery is null)
        {
            return (null, null);
        }

        var url = delivery.Has("url") && delivery.TryOptional("url", FieldKinds.Text(WebhookUrlRules.MaxLength + 1), out var text) ? text : null;
        if (!delivery.Failed("url") && WebhookUrlRules.Check(url, allowLoopback) is { } problem)
        {
            delivery.Error("url", problem);
        }

        var secret = delivery.OptionalText("secret", 200);
        if (secret is not null && !WebhookSecret.TryParse(secret, out _))
        {
            delivery.Error("secret", WebhookSecret.FormatError);
        }

        return (url, secret);
    }
}
