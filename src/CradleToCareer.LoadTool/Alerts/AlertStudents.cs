using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// The run's students: <see cref="Consented"/> consent to alerts and receive the milestone events;
/// <see cref="Background"/> (as many) receive the background events and consent to nothing. They are drawn from the
/// seed mixed with the tag, so a new tag gives new persons with new ids.
/// </summary>
public sealed record AlertStudents(IReadOnlyList<StudentProfile> Consented, IReadOnlyList<StudentProfile> Background)
{
    public IEnumerable<StudentProfile> All => Consented.Concat(Background);

    public static AlertStudents Draw(int count, int seed, string tag)
    {
        var mixed = BackgroundLoad.Seed(seed, tag);
        var rng = new Random(mixed);
        var factory = new StudentFactory(mixed);
        var drawn = Enumerable.Range(0, 2 * count).Select(index => factory.Create(rng, index)).ToArray();
        return new AlertStudents(drawn[..count], drawn[count..]);
    }
}
