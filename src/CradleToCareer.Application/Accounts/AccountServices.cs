using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Application.Accounts;

public static class AccountServices
{
    /// <summary>The use cases of web accounts: codes, activation, sign-in and staff accounts.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<IssueActivationCode>();
        services.AddSingleton<ActivateAccount>();
        services.AddSingleton<WebSignIn>();
        services.AddSingleton<StaffAccounts>();
        return services;
    }
}
