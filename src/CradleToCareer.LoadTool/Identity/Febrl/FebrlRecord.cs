namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary>
/// One row of a FEBRL person file, blank fields as null. <paramref name="PersonNumber"/> is the <c>n</c> of
/// <c>rec-n-org</c> / <c>rec-n-dup-k</c>: two records are the same person exactly when it is equal. The state column
/// is not read: the student block has no field for it.
/// </summary>
public sealed record FebrlRecord(
    string RecId,
    int PersonNumber,
    bool IsOriginal,
    string? GivenName,
    string? Surname,
    string? StreetNumber,
    string? Address1,
    string? Address2,
    string? Suburb,
    string? Postcode,
    string? DateOfBirth,
    string? SocSecId);
