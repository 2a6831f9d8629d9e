using System.Text.Json;
using CradleToCareer.Domain.Events.Parsing;
using CradleToCareer.Domain.Text;

namespace CradleToCareer.Domain.Events;

/// <summary>
/// Validates one submitted CloudEvents 1.0 event against events.md and turns it into a <see cref="SourceEvent"/>.
/// Every error in the event is reported, each at its JSON Pointer. No message echoes a submitted value.
/// A string anywhere in the event that is not <see cref="PlainText"/> is an error at its path, which
/// then carries no other error.
/// </summary>
public static class EventParser
{
    private static readonly FieldKind<string> SpecVersion = FieldKinds.Exactly("1.0");
    private static readonly FieldKind<string> EventId = FieldKinds.Text(FieldLimits.EventIdLength);
    private static readonly FieldKind<string> Source = FieldKinds.AbsoluteUri(FieldLimits.EventIdLength);
    private static readonly FieldKind<string> EventType = FieldKinds.OneOf(EventTypes.All.Order(StringComparer.Ordinal).ToArray());

    /// <summary>
    /// A student block on its own, validated as in an event, with JSON Pointers from the block's root;
    /// the block is null exactly when there are errors.
    /// </summary>
    public static (StudentBlock? Block, IReadOnlyList<FieldError> Errors) ParseStudentBlock(JsonElement element, ISsnTokenizer ssn)
    {
        ArgumentNullException.ThrowIfNull(ssn);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, [new FieldError("", "must be a JSON object: a student block as in events.md")]);
        }

        var errors = new List<FieldError>();
        var block = StudentParser.ParseBlock(new JsonObjectReader(element, "", errors), ssn);
        var all = WithTextErrors(PlainTextInJson.Errors(element), errors);
        return all.Count == 0 ? (block, []) : (null, all);
    }

    public static ParsedEvent Parse(JsonElement element, ISsnTokenizer ssn)
    {
        ArgumentNullException.ThrowIfNull(ssn);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ParsedEvent.Invalid(null, null, [new FieldError("", "must be a JSON object: a CloudEvents 1.0 event")]);
        }

        var errors = new List<FieldError>();
        var envelope = new JsonObjectReader(element, "", errors);
        envelope.Required("specversion", SpecVersion);
        var id = envelope.Required("id", EventId);
        var source = envelope.Required("source", Source);
        var type = envelope.Required("type", EventType);
        DateTimeOffset? time = envelope.TryOptional("time", FieldKinds.Timestamp, out var timestamp) ? timestamp : null;
        envelope.TryOptional("datacontenttype", FieldKinds.MediaType, out _);

        var data = envelope.RequiredObject("data");
        var student = data is null ? null : StudentParser.Parse(data, ssn);
        var body = data is null || envelope.Failed("type")
            ? null
            : BodyParser.Parse(type, data, envelope.Failed("source") ? null : source, envelope.Failed("id") ? null : id);

        var all = WithTextErrors(PlainTextInJson.Errors(element), errors);
        if (all.Count > 0)
        {
            return ParsedEvent.Invalid(ReadableText(element, "id"), ReadableText(element, "source"), all);
        }

        return ParsedEvent.Valid(new SourceEvent(new EventKey(source, id), type, time, student!, body!));
    }

    /// <summary>A string that is not text is the reason at its path; what a field's kind says there adds nothing.</summary>
    internal static List<FieldError> WithTextErrors(IReadOnlyList<FieldError> textErrors, List<FieldError> fieldErrors)
    {
        if (textErrors.Count == 0)
        {
            return fieldErrors;
        }

        var paths = textErrors.Select(error => error.Path).ToHashSet(StringComparer.Ordinal);
        return [.. textErrors, .. fieldErrors.Where(error => !paths.Contains(error.Path))];
    }

    private static string? ReadableText(JsonElement envelope, string name) =>
        envelope.TryGetProperty(name, out var field) && FieldKinds.TryString(field, out var text) ? text : null;
}
