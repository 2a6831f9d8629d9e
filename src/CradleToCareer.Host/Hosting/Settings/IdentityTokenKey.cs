using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>The identity token key this process runs with: the configured one, or one generated for this run.</summary>
public sealed record IdentityTokenKey(byte[] Key, bool Generated)
{
    /// <summary>Binds and validates <c>C2C:Identity:TokenKey</c> and registers the key and the tokenizer built on it.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddValidatedOptions<IdentityTokenOptions, IdentityTokenOptionsValidator>(IdentityTokenOptions.Section);
        services.AddSingleton(provider =>
        {
            var (key, generated) = ConfiguredKeys.ConfiguredOrGenerated(provider.OptionsValue<IdentityTokenOptions>().TokenKey);
            return new IdentityTokenKey(key, generated);
        });
        services.AddSingleton(provider => new KeyedTokenizer(provider.GetRequiredService<IdentityTokenKey>().Key));
    }
}
