using System.Net;
using CradleToCareer.Host.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>Until access control lands, only this machine may call the service.</summary>
public sealed class LoopbackOnlyMiddlewareTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("192.0.2.10", false)]
    [InlineData("2001:db8::1", false)]
    public async Task Only_loopback_callers_get_through(string remote, bool passes)
    {
        var reached = false;
        var middleware = new LoopbackOnlyMiddleware(_ =>
        {
            reached = true;
            return Task.CompletedTask;
        });
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
            Connection = { RemoteIpAddress = IPAddress.Parse(remote) },
            Response = { Body = new MemoryStream() },
        };

        await middleware.InvokeAsync(context);

        Assert.Equal(passes, reached);
        Assert.Equal(passes ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden, context.Response.StatusCode);
    }
}
