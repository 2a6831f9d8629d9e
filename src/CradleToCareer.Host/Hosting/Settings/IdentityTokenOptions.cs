namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>The key of the keyed SSN and identifier tokens (<c>C2C:Identity:TokenKey</c>, base64 of 32 bytes or more).</summary>
public sealed class IdentityTokenOptions
{
    public const string Section = "C2C:Identity";

    public const string TokenKeyName = Section + ":TokenKey";

    public string? TokenKey { get; set; }
}
