using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Application.Students;
using CradleToCareer.Application.Tests.Identity;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Application.Tests.Ingest;

/// <summary>Identity decisions over a fresh in-memory event log, with the matcher a test scripts.</summary>
internal static class InMemoryDecisions
{
    public static IdentityDecisions For(IRecordMatcher matcher, IStudentProfiles? profiles = null) => new(
        new InMemoryEventLog(new InMemoryIdentity(), new FakeClock(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero))),
        matcher,
        profiles ?? new FakeStudentProfiles(),
        NullLogger<IdentityDecisions>.Instance);
}
