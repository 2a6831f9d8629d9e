namespace CradleToCareer.Abstractions;

/// <summary>One grain per webhook subscription (key: the subscription id): what to send where, and for whom.</summary>
public interface ISubscriptionGrain : IGrainWithStringKey
{
    /// <summary>Creates the subscription, unless this id is taken or the organization is at its limit of active ones.</summary>
    Task<SubscriptionCreationResult> CreateAsync(NewSubscription request);

    /// <summary>The subscription, or null when none has this id.</summary>
    Task<SubscriptionView?> GetAsync();

    /// <summary>Stops sending; stopping again changes nothing. Null when none has this id.</summary>
    Task<SubscriptionView?> StopAsync();

    /// <summary>Stops sending because the receiver answered <c>410 Gone</c>; like a stop, once is enough.</summary>
    Task<SubscriptionView?> DisableAsync();
}
