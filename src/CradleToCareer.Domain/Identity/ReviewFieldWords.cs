using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Identity;

/// <summary>How a review reason names a field: its code and the words for each level short of agreement.</summary>
/// <param name="Code">The field in reason codes, as the review queue's evidence names it (<c>lastName</c>).</param>
/// <param name="Name">The field in words (<c>last name</c>).</param>
/// <param name="Conflict">What <see cref="Agreement.Disagree"/> means for the field.</param>
/// <param name="Partial">What <see cref="Agreement.Partial"/> means for the field.</param>
internal sealed record ReviewFieldWords(string Code, string Name, string Conflict, string Partial)
{
    private static readonly Dictionary<MatchField, ReviewFieldWords> ByField = new()
    {
        [MatchField.FirstName] = new("firstName", "first name", "first names disagree", "first names only similar (a typo?)"),
        [MatchField.LastName] = new("lastName", "last name", "last names disagree", "last names only similar (a typo?)"),
        [MatchField.BirthDate] = new("birthDate", "birth date", "birth dates disagree", "birth dates nearly equal (one digit off, or day and month swapped?)"),
        [MatchField.Sex] = new("sex", "sex", "sex disagrees", "sex only partly agrees"),
        [MatchField.StreetAddress] = new("streetAddress", "street address", "street addresses disagree (a move?)", "street addresses only similar (a typo, another unit?)"),
        [MatchField.City] = new("city", "city", "cities disagree (a move?)", "cities only similar"),
        [MatchField.PostalCode] = new("postalCode", "postal code", "postal codes disagree (a move?)", "postal codes differ within the same area"),
        [MatchField.Ssn] = new("ssn", "SSN", "SSN disagrees", "SSNs one digit apart or two digits transposed (a typo?)"),
    };

    public static ReviewFieldWords Of(MatchField field) => ByField[field];
}
