namespace CradleToCareer.LoadTool.Generation;

/// <summary>Running grade-point average over graded courses, weighted by credits or units attempted.</summary>
public sealed class GpaTally
{
    private double _points;
    private double _weight;

    public decimal UnitsEarned { get; private set; }

    public double? Gpa => _weight == 0 ? null : _points / _weight;

    public void Add(string mark, decimal attempted)
    {
        if (Marks.Points(mark) is { } points)
        {
            _points += points * (double)attempted;
            _weight += (double)attempted;
        }
        if (Marks.EarnsCredit(mark))
        {
            UnitsEarned += attempted;
        }
    }
}
