using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Grains.Matching;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>The grains of a silo share one fingerprint object per record, however often the store hands it out.</summary>
public sealed class BlockLoaderTests
{
    [Fact]
    public async Task A_record_loaded_under_two_keys_at_two_times_comes_back_as_one_fingerprint()
    {
        var loader = new BlockLoader(new FreshCopies(), new FingerprintInterning());

        var underBirth = Assert.Single(await loader.LoadAsync("bk:birth:x"));
        var underZip = Assert.Single(await loader.LoadAsync("bk:given-zip:y"));

        Assert.Equal(underBirth.RecordId, underZip.RecordId);
        Assert.Same(underBirth.Fingerprint, underZip.Fingerprint);
    }

    [Fact]
    public void Different_records_keep_their_own_fingerprints()
    {
        var interning = new FingerprintInterning();
        var first = Fingerprint(1);
        var second = Fingerprint(1);

        Assert.Same(first, interning.Intern("r1", first));
        Assert.Same(second, interning.Intern("r2", second));
        Assert.Same(first, interning.Intern("r1", Fingerprint(1)));
    }

    private static MatchFingerprint Fingerprint(long firstName) => Fingerprints.Empty with { FirstName = firstName };

    /// <summary>Every read returns record r1 under each key asked for, as a new object, as a store would.</summary>
    private sealed class FreshCopies : IMatchRecordSource
    {
        public Task<IReadOnlyList<MatchRecord>> ReadAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<MatchRecord>>([.. blockingKeys.Select(key => new MatchRecord("r1", "p_1", [key], Fingerprint(7)))]);

        public Task<IReadOnlySet<string>> ExistingKeysAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<string>>(blockingKeys.ToHashSet());
    }
}
