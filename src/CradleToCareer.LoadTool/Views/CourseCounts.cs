namespace CradleToCareer.LoadTool.Views;

/// <summary>Thread-safe minimum and mean of the course lines seen in issued JSON transcripts.</summary>
public sealed class CourseCounts
{
    private readonly Lock _lock = new();
    private long _sum;

    public int Count { get; private set; }
    public int Min { get; private set; } = int.MaxValue;

    public double? Mean
    {
        get
        {
            lock (_lock)
            {
                return Count == 0 ? null : (double)_sum / Count;
            }
        }
    }

    public void Add(int courses)
    {
        lock (_lock)
        {
            Count++;
            _sum += courses;
            Min = Math.Min(Min, courses);
        }
    }
}
