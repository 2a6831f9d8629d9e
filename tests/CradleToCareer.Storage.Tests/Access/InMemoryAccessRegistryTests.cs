using CradleToCareer.Domain.Access;
using CradleToCareer.Storage.InMemory.Access;
using CradleToCareer.Application.Access;

namespace CradleToCareer.Storage.Tests.Access;

public sealed class InMemoryAccessRegistryTests : AccessRegistryContract
{
    protected override Task<IAccessRegistry> CreateRegistryAsync() =>
        Task.FromResult<IAccessRegistry>(new InMemoryAccessRegistry());

    [Fact]
    public async Task Changing_the_caller_list_after_adding_does_not_change_the_stored_organization()
    {
        var sources = new List<string> { "https://sis.valley.example/events" };
        await Registry.AddOrganizationAsync(new Organization("org-copy", "Copy", sources, [], []), CancellationToken.None);

        sources.Add("https://attacker.example/events");

        var stored = await Registry.GetOrganizationAsync("org-copy", CancellationToken.None);
        Assert.Equal(["https://sis.valley.example/events"], stored?.Sources);
    }
}
