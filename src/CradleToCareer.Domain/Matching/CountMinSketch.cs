namespace CradleToCareer.Domain.Matching;

/// <summary>
/// How often each keyed token was seen, in a fixed amount of memory: a Count-Min sketch of <see cref="Rows"/> rows of
/// <see cref="Width"/> counters with conservative update. An estimate is never below the true count and rarely more
/// than a few above it (a token shares each row's counter with about total / <see cref="Width"/> others, and the
/// estimate is the smallest of its counters). It holds counters only, no token, so it cannot say which names it saw.
/// </summary>
public sealed class CountMinSketch
{
    /// <summary>Rows of counters; each row indexes a token by other bits of it.</summary>
    public const int Rows = 2;

    /// <summary>Counters per row (2^16).</summary>
    public const int Width = 1 << WidthBits;

    private const int WidthBits = 16;

    /// <summary>Odd multipliers that spread a token's bits over each row's index (Fibonacci hashing).</summary>
    private static readonly ulong[] RowMultipliers = [0x9E3779B97F4A7C15UL, 0xC2B2AE3D27D4EB4FUL];

    private readonly int[] _counters;

    /// <summary>An empty sketch.</summary>
    public CountMinSketch()
        : this(new int[Rows * Width], 0)
    {
    }

    /// <summary>A sketch restored from its <see cref="Counters"/> and <see cref="Total"/>.</summary>
    /// <exception cref="ArgumentException">The counters are not <see cref="Rows"/> × <see cref="Width"/>, or one is negative.</exception>
    public CountMinSketch(int[] counters, long total)
    {
        ArgumentNullException.ThrowIfNull(counters);
        if (counters.Length != Rows * Width || counters.Any(counter => counter < 0))
        {
            throw new ArgumentException($"A sketch has {Rows * Width} counters, none negative.", nameof(counters));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(total);
        _counters = counters;
        Total = total;
    }

    /// <summary>How many tokens were added.</summary>
    public long Total { get; private set; }

    /// <summary>The counters, row after row: what is persisted.</summary>
    public ReadOnlySpan<int> Counters => _counters;

    /// <summary>Counts one more occurrence of <paramref name="token"/>, raising only its counters that hold the minimum.</summary>
    public void Add(long token)
    {
        var estimate = Estimate(token);
        for (var row = 0; row < Rows; row++)
        {
            ref var counter = ref _counters[IndexOf(token, row)];
            if (counter == estimate && counter < int.MaxValue)
            {
                counter++;
            }
        }

        Total++;
    }

    /// <summary>How many times <paramref name="token"/> was added, or slightly more, never less.</summary>
    public int Estimate(long token)
    {
        var smallest = int.MaxValue;
        for (var row = 0; row < Rows; row++)
        {
            smallest = Math.Min(smallest, _counters[IndexOf(token, row)]);
        }

        return smallest;
    }

    private static int IndexOf(long token, int row) =>
        (row * Width) + (int)(unchecked((ulong)token * RowMultipliers[row]) >> (64 - WidthBits));
}
