using CradleToCareer.Application.Research;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>Extract jobs started in a test: only remembered, or refused when the runner is made to be down.</summary>
internal sealed class FakeExtractJobs : IExtractJobs
{
    public List<string> Started { get; } = [];

    public bool Down { get; set; }

    public Task StartAsync(string extractId, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new InvalidOperationException("The job runner is down.");
        }

        Started.Add(extractId);
        return Task.CompletedTask;
    }
}
