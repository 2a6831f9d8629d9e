using CradleToCareer.Abstractions;
using CradleToCareer.Application.Students;

namespace CradleToCareer.Grains.Ports;

/// <summary>A profile is kept, serialized once per change, by the person's <see cref="IStudentGrain"/>.</summary>
public sealed class GrainStudentProfiles(IGrainFactory grains) : IStudentProfiles
{
    public async Task<byte[]?> ProfileJsonAsync(string personId) =>
        await grains.Keyed<IStudentGrain>(personId).GetProfileAsync() is { EventCount: > 0 } profile ? profile.Utf8Json : null;

    public Task RefreshIdentityAsync(string personId) => grains.Keyed<IStudentGrain>(personId).RefreshIdentityAsync();
}
