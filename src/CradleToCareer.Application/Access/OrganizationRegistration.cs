namespace CradleToCareer.Application.Access;

/// <summary>What became of registering an organization (<see cref="IAccessRegistry.AddOrganizationAsync"/>).</summary>
public abstract record OrganizationRegistration
{
    private OrganizationRegistration()
    {
    }

    /// <summary>Registered with its sources and institutions.</summary>
    public sealed record Added : OrganizationRegistration;

    /// <summary>An organization with this id exists already; nothing changed.</summary>
    public sealed record IdTaken : OrganizationRegistration;

    /// <summary>Some of its sources or institutions belong to other organizations; nothing changed.</summary>
    public sealed record AlreadyHeld(IReadOnlyList<HeldClaim> Claims) : OrganizationRegistration;
}

/// <summary>What an organization can hold alone: a source URI, or an institution id.</summary>
public enum ClaimKind
{
    Source,
    Institution,
}

/// <summary>A source URI or institution id that another organization holds already.</summary>
public sealed record HeldClaim(ClaimKind Kind, string Value, string OrganizationId);
