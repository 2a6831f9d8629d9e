using System.Text;
using CradleToCareer.Application.Students;

namespace CradleToCareer.Application.Tests.Identity;

/// <summary>Profiles held in a test as JSON text, and every person whose profile was asked to re-read its events.</summary>
internal sealed class FakeStudentProfiles : IStudentProfiles
{
    private readonly Dictionary<string, string> _profiles = new(StringComparer.Ordinal);

    public List<string> Refreshed { get; } = [];

    public void Add(string personId, string profileJson) => _profiles[personId] = profileJson;

    public Task<byte[]?> ProfileJsonAsync(string personId) =>
        Task.FromResult(_profiles.TryGetValue(personId, out var json) ? Encoding.UTF8.GetBytes(json) : null);

    public Task RefreshIdentityAsync(string personId)
    {
        Refreshed.Add(personId);
        return Task.CompletedTask;
    }
}
