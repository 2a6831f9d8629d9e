namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>One bar of the issue as judged: what it asks, what the run measured, and whether that meets it.</summary>
public sealed record BarCheck(string Bar, string Measured, bool Met)
{
    public string Verdict => Met ? "PASS" : "MISS";
}
