namespace CradleToCareer.LoadTool.Events;

/// <summary>
/// One synthetic CloudEvent: the envelope fields, the student block and the type-specific data.
/// <paramref name="StudentNumber"/> is the generator's own bookkeeping and is not sent.
/// </summary>
public sealed record GeneratedEvent(string Source, string Id, DateTime Time, StudentBlock Student, IEventData Data, long StudentNumber)
{
    public string Type => Data.Type;
}
