namespace CradleToCareer.Grains;

/// <summary>
/// When a student grain acts on a change of its profile (projects it, raises alerts, pushes institution counts).
/// The projection is the expensive part of applying events, so a student whose events keep coming is projected less
/// often, while one whose events come now and then, as in live operation, is acted on at once:
/// <list type="bullet">
/// <item>after a quiet spell, <see cref="FirstDelay"/>: enough to gather the stream messages of one ingest batch;</item>
/// <item>within a second of the last step, no sooner than <see cref="ShortInterval"/> after it;</item>
/// <item>once <see cref="BusySteps"/> steps in a row came within a second of each other, no sooner than
/// <see cref="LongInterval"/> after the last, until a quiet second resets it;</item>
/// <item>while the silo takes in a bulk load (<see cref="SiloEventRate.IsBulkLoad"/>), no sooner than
/// <see cref="BulkInterval"/> after the last step: in a bulk load a student's events come a second or two apart, each
/// batch touching thousands of students, and projecting each of them after every batch would cost more than taking
/// the events in.</item>
/// </list>
/// </summary>
public sealed class ChangePacing(TimeProvider clock, SiloEventRate rate)
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(20);
    public static readonly TimeSpan ShortInterval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan LongInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan BulkInterval = TimeSpan.FromSeconds(5);
    public const int BusySteps = 3;

    private DateTimeOffset _lastStep = DateTimeOffset.MinValue;
    private int _stepsInARow;

    /// <summary>How long to wait before the next step, at least <paramref name="wanted"/>.</summary>
    public TimeSpan DelayBeforeStep(TimeSpan wanted)
    {
        var interval = rate.IsBulkLoad ? BulkInterval : _stepsInARow >= BusySteps ? LongInterval : ShortInterval;
        var throttled = _lastStep == DateTimeOffset.MinValue ? TimeSpan.Zero : interval - (clock.GetUtcNow() - _lastStep);
        return throttled > wanted ? throttled : wanted;
    }

    /// <summary>Notes that a step is being taken now; returns the time.</summary>
    public DateTimeOffset Step()
    {
        var now = clock.GetUtcNow();
        _stepsInARow = _lastStep != DateTimeOffset.MinValue && now - _lastStep < LongInterval ? _stepsInARow + 1 : 0;
        _lastStep = now;
        return now;
    }
}
