using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// Options bound from a configuration section and checked by a validator when the host starts. Each validator
/// lists every problem of its section; the host gathers the failures of all sections, so one failed start names
/// everything that needs fixing.
/// </summary>
internal static class ValidatedOptions
{
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services;
    }

    /// <summary>Success when there is no problem, else a failure carrying every one of them.</summary>
    public static ValidateOptionsResult Outcome(IReadOnlyCollection<string> problems) =>
        problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);

    /// <summary>The bound and validated options of a type.</summary>
    public static TOptions OptionsValue<TOptions>(this IServiceProvider provider)
        where TOptions : class =>
        provider.GetRequiredService<IOptions<TOptions>>().Value;
}
