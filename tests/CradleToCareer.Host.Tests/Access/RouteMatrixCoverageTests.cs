using CradleToCareer.Host.Hosting.Telemetry;
using CradleToCareer.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>
/// The role matrix (<see cref="RouteRoleMatrixTests.Routes"/>) and the routes the running service maps are the same
/// set, compared on route pattern and method: a route added without a row in the matrix fails here by name, so no
/// route ships without a decision on who may call it; and a row for a route that is gone fails too.
/// </summary>
public sealed class RouteMatrixCoverageTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    /// <summary>
    /// The routes anyone may call, without a token: health, the token endpoint, the transcript key set, transcript
    /// verification, the public outcome figures, and the pages anyone may open (sign-in, activation, sign-out, the
    /// refusal page, outcomes, their stylesheet and the advisor's script).
    /// (Swagger is served by middleware, not by an endpoint, so it is not among the routes at all.)
    /// </summary>
    private static readonly string[] Public =
        ["GET /health/live", "GET /health/ready", "POST /oauth/token", "GET /.well-known/jwks.json", "GET /v1/transcripts/{transcriptId}/verification",
         "GET /v1/public/institutions/{institutionId}/outcomes", "GET /v1/public/outcomes",
         "ANY /", "ANY /activate", "ANY /signout", "ANY /denied", "ANY /Outcomes", "GET /assets/site.css", "GET /assets/advisor.js"];

    [Fact]
    public void Every_route_the_service_maps_has_a_row_in_the_role_matrix_or_is_public()
    {
        var covered = MatrixRows().SelectMany(row => Covered(row.Method, row.Path)).ToHashSet();

        var missing = Endpoints().Where(route => !covered.Contains(route) && !Public.Contains(route)).ToList();

        Assert.True(missing.Count == 0,
            $"Routes without a row in RouteRoleMatrixTests.Routes (add one with the roles each admits): {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_row_of_the_role_matrix_and_every_public_route_is_a_route_the_service_maps()
    {
        var endpoints = Endpoints();

        var stale = MatrixRows().Where(row => Covered(row.Method, row.Path).Count == 0).Select(row => $"{row.Method} {row.Path}")
            .Concat(Public.Where(route => !endpoints.Contains(route)))
            .ToList();

        Assert.True(stale.Count == 0, $"Listed routes the service does not map (remove or correct them): {string.Join(", ", stale)}");
    }

    /// <summary>The API's rows, and the signed-in pages of <see cref="Pages.PageRoleMatrixTests"/>, which take any method.</summary>
    private static IEnumerable<(string Method, string Path)> MatrixRows() =>
        RouteRoleMatrixTests.Routes.Select(row => ((string)row[0], (string)row[1]))
            .Concat(Pages.PageRoleMatrixTests.Pages.Select(row => ("ANY", (string)row[0])));

    /// <summary>
    /// Every endpoint as "METHOD /pattern", one entry per method it takes; but the Orleans Dashboard's, which
    /// <see cref="Telemetry.DashboardAccessTests"/> opens one by one as each kind of person.
    /// </summary>
    private List<string> Endpoints() =>
    [
        .. RouteEndpoints()
            .Where(endpoint => !PatternText(endpoint.RoutePattern).StartsWith(OrleansDashboard.Path, StringComparison.Ordinal))
            .SelectMany(endpoint => Methods(endpoint).Select(method => $"{method} {PatternText(endpoint.RoutePattern)}")),
    ];

    /// <summary>
    /// The routes a concrete path of the matrix stands for: those of its method whose pattern matches it, the most
    /// literal first, as routing itself prefers <c>/a/b</c> to <c>/a/{id}</c>.
    /// </summary>
    private List<string> Covered(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        var matching = RouteEndpoints()
            .Where(endpoint => Methods(endpoint).Contains(method) && Matches(endpoint.RoutePattern, segments))
            .ToList();
        var mostLiteral = matching.Count == 0 ? 0 : matching.Max(endpoint => Literals(endpoint.RoutePattern));
        return [.. matching.Where(endpoint => Literals(endpoint.RoutePattern) == mostLiteral).Select(endpoint => $"{method} {PatternText(endpoint.RoutePattern)}")];
    }

    private IEnumerable<RouteEndpoint> RouteEndpoints() =>
        service.Service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];

    private static bool Matches(RoutePattern pattern, string[] segments) =>
        pattern.PathSegments.Count == segments.Length
        && pattern.PathSegments.Zip(segments).All(pair => Literal(pair.First) is { } literal
            ? string.Equals(literal, pair.Second, StringComparison.OrdinalIgnoreCase)
            : pair.Second.Length > 0);

    private static int Literals(RoutePattern pattern) => pattern.PathSegments.Count(segment => Literal(segment) is not null);

    /// <summary>The text of a segment that is one literal, or null for a segment with a parameter in it.</summary>
    private static string? Literal(RoutePatternPathSegment segment) => segment.Parts is [RoutePatternLiteralPart only] ? only.Content : null;

    /// <summary>The pattern without a trailing slash, parameters in braces: <c>/v1/students/{personId}/consents</c>.</summary>
    private static string PatternText(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "?",
        }))));
}
