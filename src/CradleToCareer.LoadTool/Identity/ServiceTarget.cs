using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>One service instance of the run: its own pooled client and tokens, and passes with the run's batch size and concurrency.</summary>
public sealed class ServiceTarget : IDisposable
{
    private ServiceTarget(string name, HttpClient http, AccessTokenSource tokens, IngestPass pass)
    {
        Name = name;
        Http = http;
        Tokens = tokens;
        Pass = pass;
    }

    /// <summary>"main host" or "baseline host", for progress lines and notes.</summary>
    public string Name { get; }
    public HttpClient Http { get; }
    public AccessTokenSource Tokens { get; }
    public IngestPass Pass { get; }

    /// <summary>Authenticates with the run's auth options; admin credentials register the organization and client on this instance too.</summary>
    public static async Task<ServiceTarget> ConnectAsync(string name, Uri url, IdentityOptions o, string[] roles, RunStop stop, CancellationToken ct)
    {
        var http = ServiceHttp.CreateClient(url, o.Concurrency, o.Timeout);
        try
        {
            var tokens = await AccessTokenSource.CreateAsync(http, o.Auth, roles, ct);
            return new ServiceTarget(name, http, tokens, new IngestPass(http, tokens, stop, o.Batch, o.Concurrency));
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public void Dispose() => Http.Dispose();
}
