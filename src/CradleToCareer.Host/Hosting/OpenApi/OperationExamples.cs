using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>
/// Puts a request and a response example on operations by endpoint name. A derived filter lists the
/// examples as JSON text and may give another media type (a JWS, an XML document) its own example.
/// </summary>
internal abstract class OperationExamples : IOperationFilter
{
    /// <summary>Per endpoint name: the request body (or null), the response status and the response body, as JSON.</summary>
    protected abstract IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var name = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null || !Examples.TryGetValue(name, out var example))
        {
            return;
        }

        Describe(name, operation);
        if (example.Request is { } request && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var (mediaType, media) in requestContent)
            {
                media.Example = RequestExample(mediaType, request);
            }
        }

        if (operation.Responses?.TryGetValue(example.Status, out var response) == true && response.Content is { } responseContent)
        {
            foreach (var (mediaType, media) in responseContent)
            {
                media.Example = ResponseExample(mediaType, example.Response);
            }
        }
    }

    /// <summary>Adds what the endpoint's metadata cannot say (a body the handler reads itself) before the examples are set.</summary>
    protected virtual void Describe(string endpointName, OpenApiOperation operation)
    {
    }

    /// <summary>The example for one media type of the request body; the JSON itself unless a derived filter knows better.</summary>
    protected virtual JsonNode? RequestExample(string mediaType, string json) => JsonNode.Parse(json);

    /// <summary>The example for one media type of the response; the JSON itself unless a derived filter knows better.</summary>
    protected virtual JsonNode? ResponseExample(string mediaType, string json) => JsonNode.Parse(json);
}
