namespace CradleToCareer.Domain.Matching;

/// <summary>Facts about <see cref="MatchField"/> as a whole.</summary>
internal static class MatchFields
{
    /// <summary>How many fields there are; fields are numbered 0 to <c>Count - 1</c>.</summary>
    public const int Count = 8;

    public static bool IsDefined(MatchField field) => (uint)field < Count;
}
