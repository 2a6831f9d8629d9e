namespace CradleToCareer.Application.Identity;

/// <summary>What asking for a page of the merge journal came to.</summary>
public abstract record MergesOutcome
{
    private MergesOutcome()
    {
    }

    /// <summary>The page size asked for is not between 1 and <see cref="ListMerges.MaxPageSize"/>.</summary>
    public sealed record LimitOutOfRange : MergesOutcome;

    /// <summary>One page of merges, newest first, each with both persons masked.</summary>
    public sealed record Listed(IReadOnlyList<MaskedMerge> Merges) : MergesOutcome;
}

/// <summary>A journaled merge with its two persons masked as the review queue masks them.</summary>
public sealed record MaskedMerge(JournaledMerge Merge, MaskedPerson Survivor, MaskedPerson Merged);

/// <summary>
/// The steward's merge journal, newest first: every merge with who made it, when and why, and whether it was undone.
/// Paged by the last merge id of the previous page.
/// </summary>
public sealed class ListMerges(IMergeJournal journal, Students.IStudentProfiles students)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public async Task<MergesOutcome> RunAsync(int? limit, string? after, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            return new MergesOutcome.LimitOutOfRange();
        }

        var page = await journal.ListMergesAsync(limit ?? DefaultPageSize, after, cancellationToken);
        var merges = await Task.WhenAll(page.Select(async merge => new MaskedMerge(
            merge, await MaskAsync(merge.SurvivorId), await MaskAsync(merge.MergedId))));
        return new MergesOutcome.Listed(merges);
    }

    private async Task<MaskedPerson> MaskAsync(string personId) =>
        MaskedPerson.Of(personId, await students.ProfileJsonAsync(personId));
}
