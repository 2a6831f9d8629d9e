using CradleToCareer.Application.Students;

namespace CradleToCareer.Storage.Tests;

/// <summary>For storage tests of ingest: no profile grains to refresh after a matcher's merge.</summary>
internal sealed class NoProfileRefresh : IStudentProfiles
{
    public static readonly NoProfileRefresh Instance = new();

    public Task<byte[]?> ProfileJsonAsync(string personId) => Task.FromResult<byte[]?>(null);

    public Task RefreshIdentityAsync(string personId) => Task.CompletedTask;
}
