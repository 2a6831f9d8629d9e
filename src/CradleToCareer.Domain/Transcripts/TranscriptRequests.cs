using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Transcripts;

/// <summary>What a transcript request's body must hold (api.md): a known <c>level</c> and a <c>purpose</c>.</summary>
public static class TranscriptRequests
{
    /// <summary>Every problem with the body, keyed by JSON Pointer; empty when a transcript may be issued.</summary>
    public static IReadOnlyList<FieldError> Validate(string? level, string? purpose)
    {
        var errors = new List<FieldError>();
        if (!TranscriptLevels.IsKnown(level))
        {
            errors.Add(new FieldError(
                "/level", (level is null ? "is required" : "is not a level") + ": one of " + string.Join(", ", TranscriptLevels.Known)));
        }

        if (string.IsNullOrWhiteSpace(purpose))
        {
            errors.Add(new FieldError("/purpose", "is required: why the transcript is requested, e.g. admission"));
        }
        else if (purpose.Length > ConsentRules.MaxPurposeLength)
        {
            errors.Add(new FieldError("/purpose", $"is longer than {ConsentRules.MaxPurposeLength} characters"));
        }

        return errors;
    }
}
