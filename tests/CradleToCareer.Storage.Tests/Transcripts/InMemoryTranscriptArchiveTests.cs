using CradleToCareer.Storage.InMemory.Transcripts;
using CradleToCareer.Application.Transcripts;

namespace CradleToCareer.Storage.Tests.Transcripts;

public sealed class InMemoryTranscriptArchiveTests : TranscriptArchiveContract
{
    protected override Task<ITranscriptArchive> CreateArchiveAsync() =>
        Task.FromResult<ITranscriptArchive>(new InMemoryTranscriptArchive());
}
