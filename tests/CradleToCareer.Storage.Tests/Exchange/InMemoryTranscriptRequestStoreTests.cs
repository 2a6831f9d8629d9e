using CradleToCareer.Application.Exchange;
using CradleToCareer.Storage.InMemory.Exchange;

namespace CradleToCareer.Storage.Tests.Exchange;

public sealed class InMemoryTranscriptRequestStoreTests : TranscriptRequestStoreContract
{
    protected override Task<(ITranscriptRequestStore Store, ITranscriptPushQueue Pushes)> CreateAsync()
    {
        var store = new InMemoryTranscriptRequests();
        return Task.FromResult<(ITranscriptRequestStore, ITranscriptPushQueue)>((store, store));
    }
}
