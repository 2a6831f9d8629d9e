namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// <c>C2C:Imports</c>: how long a silo's claim on an import job lasts without a word from it (<c>LeaseSeconds</c>,
/// default 30). A silo renews it with every chunk; after a crash another silo takes the job up once it has run out.
/// </summary>
public sealed class ImportOptions
{
    public const string Section = "C2C:Imports";

    public int LeaseSeconds { get; set; } = 30;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
