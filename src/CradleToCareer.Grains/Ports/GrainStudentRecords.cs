using CradleToCareer.Abstractions;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Grains.Ports;

/// <summary>The students' live records are their grains: one call to the person's <see cref="IStudentGrain"/> each.</summary>
public sealed class GrainStudentRecords(IGrainFactory grains) : IStudentRecords
{
    public Task<Consent?> ConsentAsync(string personId, string organizationId, string? scope) =>
        grains.GetGrain<IStudentGrain>(personId).ConsentForAsync(organizationId, scope);

    public Task<ProgressView?> ProgressAsync(string personId, IReadOnlyList<string> scopes) =>
        grains.GetGrain<IStudentGrain>(personId).GetProgressAsync(scopes);

    public Task<Transcript?> TranscriptAsync(string personId, TranscriptIssue issue) =>
        grains.GetGrain<IStudentGrain>(personId).GetTranscriptAsync(issue);
}
