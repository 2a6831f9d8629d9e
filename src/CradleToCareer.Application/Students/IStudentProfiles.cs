namespace CradleToCareer.Application.Students;

/// <summary>
/// The students' full profiles, for the student portal and, masked, for the identity steward; and their re-reading
/// after a steward changed which records belong to whom.
/// </summary>
public interface IStudentProfiles
{
    /// <summary>The profile object as UTF-8 JSON, from every event accepted before the call; null when no event names the person.</summary>
    Task<byte[]?> ProfileJsonAsync(string personId);

    /// <summary>Re-reads the person's events after a merge or an undo, so the profile and institution counts follow at once.</summary>
    Task RefreshIdentityAsync(string personId);
}
