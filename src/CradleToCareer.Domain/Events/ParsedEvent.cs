namespace CradleToCareer.Domain.Events;

/// <summary>
/// The outcome of parsing one submitted event: the validated <see cref="SourceEvent"/>, or every error found.
/// <see cref="Id"/> and <see cref="Source"/> carry whatever could be read, so a response can name the event.
/// </summary>
public sealed class ParsedEvent
{
    private ParsedEvent(string? id, string? source, SourceEvent? @event, IReadOnlyList<FieldError> errors)
    {
        Id = id;
        Source = source;
        Event = @event;
        Errors = errors;
    }

    public string? Id { get; }

    public string? Source { get; }

    /// <summary>The validated event; null exactly when <see cref="Errors"/> is not empty.</summary>
    public SourceEvent? Event { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public bool IsValid => Event is not null;

    public static ParsedEvent Valid(SourceEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return new ParsedEvent(@event.Key.Id, @event.Key.Source, @event, []);
    }

    public static ParsedEvent Invalid(string? id, string? source, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid event needs at least one error.", nameof(errors));
        }

        return new ParsedEvent(id, source, null, errors);
    }
}
