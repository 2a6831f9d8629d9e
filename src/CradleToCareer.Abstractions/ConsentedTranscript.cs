using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Abstractions;

/// <summary>A transcript and the consent it was issued under (for the disclosure record).</summary>
[GenerateSerializer, Immutable]
public sealed record ConsentedTranscript(
    [property: Id(0)] Consent Consent,
    [property: Id(1)] Transcript Transcript);
