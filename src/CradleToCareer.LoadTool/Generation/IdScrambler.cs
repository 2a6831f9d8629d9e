namespace CradleToCareer.LoadTool.Generation;

/// <summary>
/// Maps a student number to a fixed-width identifier without collisions: an affine map modulo the id space,
/// with a multiplier coprime to it, is a bijection, so distinct students never share an id.
/// </summary>
public sealed class IdScrambler(long space, long multiplier, long offset)
{
    public long Map(long index) => (long)((((Int128)index * multiplier) + offset) % space);

    public static IdScrambler Digits(int digits, long multiplier, int seed, int salt)
    {
        var space = (long)Math.Pow(10, digits);
        return new IdScrambler(space, multiplier, Offset(seed, salt, space));
    }

    public static long Offset(int seed, int salt, long space) =>
        (long)((((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)salt * 0xBF58476D1CE4E5B9UL)) % (ulong)space);
}
