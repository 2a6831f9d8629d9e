namespace CradleToCareer.Domain.Identity;

/// <summary>
/// One reason a pair is in the review queue: a short code to sort and count by, and the same in plain words for a
/// steward. Reasons name fields, never their values.
/// </summary>
/// <param name="Code">
/// <c>below-link-threshold</c>, <c>above-link-threshold</c>, <c>below-review-threshold</c>, <c>identifier-conflict</c>,
/// or a kind and a field: <c>conflict:lastName</c>, <c>partial:firstName</c>, <c>unconfirmed:birthDate</c>, <c>missing:ssn</c>.
/// </param>
/// <param name="Text">The reason in words, e.g. "last names disagree".</param>
public sealed record ReviewReason(string Code, string Text);
