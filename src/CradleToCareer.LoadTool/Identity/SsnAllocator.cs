using System.Globalization;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// A different, validly shaped SSN for every person: area 001-899 without 666, group 01-99, an even serial
/// 0002-9998 (the never-issued ranges are left out). A bijection over that space, so no two persons share one; the
/// odd serial after each is left for a twin issued the next number (<see cref="NextInSequence"/>).
/// </summary>
public sealed class SsnAllocator(int seed)
{
    private const long Areas = 898;
    private const long Groups = 99;
    private const long Serials = 4_999;
    private const long Space = Areas * Groups * Serials;

    /// <summary>A prime that divides none of the space's factors (2, 3, 11, 449, 4999), so the map is one-to-one.</summary>
    private const long Multiplier = 1_000_003;

    private readonly IdScrambler _scrambler = new(Space, Multiplier, IdScrambler.Offset(seed, 41, Space));

    public string For(int personIndex)
    {
        var number = _scrambler.Map(personIndex);
        var serial = (2 * (number % Serials)) + 2;
        number /= Serials;
        var group = (number % Groups) + 1;
        var area = (number / Groups) + 1;
        return $"{(area >= 666 ? area + 1 : area):D3}-{group:D2}-{serial:D4}";
    }

    /// <summary>
    /// The SSN issued right after <paramref name="ssn"/> (its serial plus one), as twins were often issued before
    /// 2011. Never one <see cref="For"/> gives, since those serials are even.
    /// </summary>
    public static string NextInSequence(string ssn) =>
        $"{ssn[..^4]}{int.Parse(ssn[^4..], CultureInfo.InvariantCulture) + 1:D4}";
}
