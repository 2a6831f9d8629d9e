namespace CradleToCareer.Domain.Alerts;

/// <summary>What came of storing a new webhook subscription.</summary>
public enum SubscriptionCreation
{
    /// <summary>Stored, active.</summary>
    Created,

    /// <summary>Another subscription has this id; nothing changed.</summary>
    IdTaken,

    /// <summary>The organization already has as many active subscriptions as it may; nothing changed.</summary>
    LimitReached,
}
