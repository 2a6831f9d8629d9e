namespace CradleToCareer.Application.Views;

/// <summary>
/// A per-person change pulse for live views: a version that moves whenever the person's record or consents change. It
/// carries no student data: whoever wakes reads the view again through the use case, under the consent rules.
/// </summary>
public interface IProfileChanges
{
    /// <summary>
    /// The person's change version as soon as it differs from <paramref name="seen"/>, or after <paramref name="wait"/>
    /// (then it may equal <paramref name="seen"/>); with a zero wait, the version now. A version is opaque: only equality
    /// means anything.
    /// </summary>
    Task<long> WaitAsync(string personId, long seen, TimeSpan wait, CancellationToken cancellationToken);
}
