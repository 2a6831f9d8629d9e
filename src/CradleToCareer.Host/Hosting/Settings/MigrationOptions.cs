namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>Whether the host applies the database migrations before it starts (<c>C2C:Database:MigrateOnStart</c>, default true).</summary>
public sealed class MigrationOptions
{
    public const string Section = "C2C:Database";

    public bool MigrateOnStart { get; set; } = true;
}
