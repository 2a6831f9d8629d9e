using System.Text;
using CradleToCareer.Application.Transcripts;

namespace CradleToCareer.Storage.Tests.Transcripts;

/// <summary>The behaviour every <see cref="ITranscriptArchive"/> shares; each implementation runs it through a subclass.</summary>
public abstract class TranscriptArchiveContract : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Whole microseconds, as PostgreSQL keeps them, at an offset other than UTC.</summary>
    protected static readonly DateTimeOffset IssuedAt = new DateTimeOffset(2026, 5, 2, 10, 3, 11, TimeSpan.FromHours(-7)).AddTicks(2_017_450);

    private ITranscriptArchive? _archive;

    protected ITranscriptArchive Archive => _archive ?? throw new InvalidOperationException("The archive is not created yet.");

    protected abstract Task<ITranscriptArchive> CreateArchiveAsync();

    public async Task InitializeAsync() => _archive = await CreateArchiveAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Keys out of alphabetical order, odd spacing and non-ASCII text: what jsonb or a re-encoding would not keep.</summary>
    protected static byte[] Document(string transcriptId, string firstName = "Ana Sofía") => Encoding.UTF8.GetBytes(
        $$$"""{"transcriptId":"{{{transcriptId}}}", "issuedAt":"2026-05-02T17:03:11.201Z","student":{"personId":"p_1","firstName":"{{{firstName}}}","lastName":"López"},"k12":{"gpa":3.45,  "creditsEarned":120.0}}""");

    protected static IssuedTranscript Sample(string transcriptId, string firstName = "Ana Sofía") =>
        new(transcriptId, "p_1", "org_college", "all", IssuedAt, Document(transcriptId, firstName), "K7QM-2XPD-9HWT-4BNC");

    [Fact]
    public async Task Added_transcript_is_found_with_every_field_and_the_same_bytes()
    {
        var transcript = Sample("t_found");

        await Archive.AddAsync(transcript, None);
        var found = await Archive.FindAsync("t_found", None);

        Assert.NotNull(found);
        Assert.Equal("t_found", found.TranscriptId);
        Assert.Equal("p_1", found.PersonId);
        Assert.Equal("org_college", found.RecipientOrgId);
        Assert.Equal("all", found.Level);
        Assert.Equal(IssuedAt, found.IssuedAt);
        Assert.Equal(transcript.Document, found.Document);
        Assert.Equal("K7QM-2XPD-9HWT-4BNC", found.VerificationCode);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        await Archive.AddAsync(Sample("t_known"), None);

        Assert.Null(await Archive.FindAsync("t_unknown", None));
    }

    [Fact]
    public async Task Transcripts_are_found_by_their_own_id()
    {
        await Archive.AddAsync(Sample("t_first", "Ana"), None);
        await Archive.AddAsync(Sample("t_second", "Luis") with { Level = "k12" }, None);

        var first = await Archive.FindAsync("t_first", None);
        var second = await Archive.FindAsync("t_second", None);

        Assert.Equal(Document("t_first", "Ana"), first?.Document);
        Assert.Equal("all", first?.Level);
        Assert.Equal(Document("t_second", "Luis"), second?.Document);
        Assert.Equal("k12", second?.Level);
    }

    [Fact]
    public async Task Adding_a_taken_id_is_refused_and_the_first_transcript_stays()
    {
        var first = Sample("t_taken", "Ana");
        await Archive.AddAsync(first, None);
        var second = Sample("t_taken", "Mallory") with { PersonId = "p_2", RecipientOrgId = "org_other", IssuedAt = IssuedAt.AddDays(1) };

        var error = await Assert.ThrowsAsync<TranscriptIdTakenException>(() => Archive.AddAsync(second, None));

        Assert.Equal("t_taken", error.TranscriptId);
        Assert.Contains("t_taken", error.Message);
        var kept = await Archive.FindAsync("t_taken", None);
        Assert.NotNull(kept);
        Assert.Equal(first.Document, kept.Document);
        Assert.Equal("p_1", kept.PersonId);
        Assert.Equal("org_college", kept.RecipientOrgId);
        Assert.Equal(IssuedAt, kept.IssuedAt);
    }

    [Fact]
    public async Task Adding_one_id_at_once_from_many_callers_keeps_exactly_one()
    {
        var attempts = Enumerable.Range(0, 8).Select(i => Sample("t_race", $"Caller {i}")).ToList();

        var outcomes = await Task.WhenAll(attempts.Select(attempt => Task.Run(async () =>
        {
            try
            {
                await Archive.AddAsync(attempt, None);
                return attempt;
            }
            catch (TranscriptIdTakenException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(outcomes, outcome => outcome is not null);
        Assert.Equal(winner!.Document, (await Archive.FindAsync("t_race", None))?.Document);
    }

    [Fact]
    public async Task Changing_the_callers_bytes_does_not_change_the_kept_document()
    {
        var transcript = Sample("t_copy");
        var issued = transcript.Document.ToArray();
        await Archive.AddAsync(transcript, None);

        transcript.Document[0] = (byte)'X';
        var found = await Archive.FindAsync("t_copy", None);
        found!.Document[1] = (byte)'Y';

        Assert.Equal(issued, (await Archive.FindAsync("t_copy", None))?.Document);
    }
}
