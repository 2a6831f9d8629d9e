namespace CradleToCareer.Host.Access;

/// <summary>The bootstrap admin client (<c>C2C:Admin</c>): its id (default <c>admin</c>) and secret.</summary>
public sealed class AdminOptions
{
    public const string Section = "C2C:Admin";

    public string? ClientId { get; set; }

    /// <summary>Unset on the embedded default: one is generated and printed once.</summary>
    public string? ClientSecret { get; set; }
}
