namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// <c>C2C:Imports</c>: how long a silo's claim on an import job lasts without a word from it (<c>LeaseSeconds</c>,
/// default 30; a silo renews it with every chunk, and after a crash another silo takes the job up once it has run out);
/// how many jobs one organization may have being uploaded, queued or running at once
/// (<c>MaxUnfinishedPerOrganization</c>, default 10); and for how many days a done job's lines and results are kept (<c>KeepResultsDays</c>, default 30).
/// </summary>
public sealed class ImportOptions
{
    public const string Section = "C2C:Imports";

    public int LeaseSeconds { get; set; } = 30;

    public int MaxUnfinishedPerOrganization { get; set; } = 10;

    public int KeepResultsDays { get; set; } = 30;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan KeepResults => TimeSpan.FromDays(KeepResultsDays);
}
