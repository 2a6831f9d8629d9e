using System.Text;

namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The agreement level of every <see cref="MatchField"/> for one pair of records, packed two bits
/// per field at bit <c>2 × field</c>. A pattern is a small int, so counts of patterns fit a dictionary;
/// the default value is "every field missing".
/// </summary>
public readonly record struct ComparisonPattern(int Code)
{
    private const int BitsPerField = 2;
    private const int LevelMask = 0b11;

    /// <summary>The agreement level of one field.</summary>
    public Agreement this[MatchField field] => (Agreement)((Code >> ShiftOf(field)) & LevelMask);

    /// <summary>This pattern with one field's level replaced.</summary>
    public ComparisonPattern With(MatchField field, Agreement agreement)
    {
        if (agreement > Agreement.Agree)
        {
            throw new ArgumentOutOfRangeException(nameof(agreement), agreement, "Not an agreement level.");
        }

        var shift = ShiftOf(field);
        return new ComparisonPattern((Code & ~(LevelMask << shift)) | ((int)agreement << shift));
    }

    /// <summary>Every field with its level, e.g. <c>FirstName=Agree,LastName=Partial,…</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var index = 0; index < MatchFields.Count; index++)
        {
            var field = (MatchField)index;
            if (index > 0)
            {
                text.Append(',');
            }

            text.Append(field).Append('=').Append(this[field]);
        }

        return text.ToString();
    }

    private static int ShiftOf(MatchField field) =>
        MatchFields.IsDefined(field)
            ? (int)field * BitsPerField
            : throw new ArgumentOutOfRangeException(nameof(field), field, "Not a match field.");
}
