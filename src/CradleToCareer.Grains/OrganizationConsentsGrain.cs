using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Grains;

/// <summary>The index of consents granted to one organization, persisted under its own state name.</summary>
public sealed class OrganizationConsentsGrain(
    [PersistentState("organization-consents")] IPersistentState<OrganizationConsents> consents)
    : Grain, IOrganizationConsentsGrain
{
    public async Task RecordAsync(Consent consent)
    {
        consents.State.Items[consent.ConsentId] = consent;
        await consents.WriteStateAsync();
    }

    public Task<IReadOnlyList<Consent>> ListAsync() =>
        Task.FromResult<IReadOnlyList<Consent>>([.. consents.State.Items.Values.OrderBy(c => c.GrantedAt)]);
}
