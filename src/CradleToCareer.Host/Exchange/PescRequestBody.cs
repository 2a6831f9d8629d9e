using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Transcripts.Pesc.Exchange;

namespace CradleToCareer.Host.Exchange;

/// <summary>
/// A PESC TranscriptRequest v1.4.0 body: checked against the schema, then read into a request. The push address, which
/// PESC has no place for, comes from the <c>deliveryUrl</c> query parameter; its secret is generated.
/// </summary>
public static class PescRequestBody
{
    public static ReadRequestBody Read(byte[] body, string? deliveryUrl, KeyedTokenizer tokenizer, bool allowLoopback)
    {
        if (deliveryUrl is not null && WebhookUrlRules.Check(deliveryUrl, allowLoopback) is { } problem)
        {
            return TranscriptRequestBody.Refused(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["deliveryUrl"] = [problem] }, title: "The transcript request is not valid"));
        }

        var document = PescDocumentReader.Read(body, PescTranscriptRequests.Root);
        if (document.Document is not { } valid)
        {
            return TranscriptRequestBody.Refused(PescProblems.Invalid(document.Errors, "The TranscriptRequest document is not valid"));
        }

        var (request, errors) = PescTranscriptRequests.Read(valid, tokenizer);
        return request is null
            ? TranscriptRequestBody.Refused(PescProblems.Invalid(errors, "The TranscriptRequest document is not valid"))
            : new ReadRequestBody(request with { DeliveryUrl = deliveryUrl }, null, null);
    }
}
