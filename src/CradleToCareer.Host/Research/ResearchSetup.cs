using System.Security.Cryptography;
using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Host.Research;

/// <summary>
/// What the research use cases need from the host: the pseudonym key, derived from the identity token key so that it
/// is the same on every silo and after a restart (with a configured token key), and never the token key itself.
/// </summary>
public static class ResearchSetup
{
    public static IServiceCollection AddResearchPseudonyms(this IServiceCollection services) =>
        services.AddSingleton(provider =>
            new ResearchPseudonyms(HMACSHA256.HashData(provider.GetRequiredService<IdentityTokenKey>().Key, "c2c research pseudonyms"u8)));
}
