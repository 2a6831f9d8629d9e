namespace CradleToCareer.Application.Tests.Diagnostics;

/// <summary>
/// The service's meter and activity source are process-wide, so the tests that listen to them run alone: no other test
/// ingests or discloses meanwhile, and every measurement they see is their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry, alone";
}
