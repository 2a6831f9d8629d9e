using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Abstractions;

/// <summary>A view and the consent it was shown under (for the disclosure record).</summary>
[GenerateSerializer, Immutable]
public sealed record ConsentedProgress(
    [property: Id(0)] Consent Consent,
    [property: Id(1)] ProgressView View);
