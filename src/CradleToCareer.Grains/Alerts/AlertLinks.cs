namespace CradleToCareer.Grains.Alerts;

/// <summary>
/// The links an alert carries. <paramref name="PublicBaseUrl"/> (C2C:PublicBaseUrl) is where receivers reach this
/// service's API; the alert's <c>progress</c> link is the person's progress view under it.
/// </summary>
public sealed record AlertLinks(Uri PublicBaseUrl)
{
    public Uri ProgressOf(string personId) =>
        new(PublicBaseUrl, $"v1/students/{Uri.EscapeDataString(personId)}/progress");
}
