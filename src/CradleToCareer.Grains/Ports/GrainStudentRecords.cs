using CradleToCareer.Domain.Accounts;
using Orleans.Concurrency;
using CradleToCareer.Abstractions;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Grains.Ports;

/// <summary>
/// The students' live records are their grains: one call to the person's <see cref="IStudentGrain"/> each. Views and
/// consents come back as <see cref="Immutable{T}"/>, so a call within one silo does not copy them through the serializer.
/// </summary>
public sealed class GrainStudentRecords(IGrainFactory grains) : IStudentRecords
{
    public async Task<Consent?> ConsentAsync(string personId, string organizationId, string? scope) =>
        (await grains.Keyed<IStudentGrain>(personId).ConsentForAsync(organizationId, scope)).Value;

    public async Task<ProgressView?> ProgressAsync(string personId, IReadOnlyList<string> scopes) =>
        (await grains.Keyed<IStudentGrain>(personId).GetProgressAsync(scopes.AsImmutable())).Value;

    public Task<StudentAccountFacts?> AccountFactsAsync(string personId) =>
        grains.Keyed<IStudentGrain>(personId).GetAccountFactsAsync();

    public async Task<Transcript?> TranscriptAsync(string personId, TranscriptIssue issue) =>
        (await grains.Keyed<IStudentGrain>(personId).GetTranscriptAsync(issue)).Value;
}
