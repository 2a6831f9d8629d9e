namespace CradleToCareer.LoadTool.Pages;

/// <summary>One timed page request: which page, its address, and which session asks (0 the advisor, 1.. a student).</summary>
public sealed record PageRequest(PageKind Kind, string Path, int Session);

/// <summary>
/// Which page request number n is, in a repeating cycle of ten: six advisor student pages, two caseload pages and two
/// student record pages (advisor student pages instead when there is no student account). Students, caseload pages
/// and student accounts each go round in turn.
/// </summary>
public sealed class PageMix(IReadOnlyList<string> studentTokens, int caseloadPages, int studentAccounts)
{
    public const int Cycle = 10;

    public PageRequest Next(long n)
    {
        var slot = n % Cycle;
        var turn = n / Cycle;
        if (slot is 6 or 7)
        {
            return new PageRequest(PageKind.Caseload, $"/Advisor/Caseload?p={(2 * turn + slot - 6) % caseloadPages + 1}", 0);
        }
        if (slot is 8 or 9 && studentAccounts > 0)
        {
            return new PageRequest(PageKind.StudentRecord, "/student/record", 1 + (int)((2 * turn + slot - 8) % studentAccounts));
        }
        // The how-manieth advisor student page this is: six a cycle, eight without student accounts.
        var ordinal = studentAccounts > 0 ? 6 * turn + slot : 8 * turn + (slot < 6 ? slot : slot - 2);
        var token = studentTokens[(int)(ordinal % studentTokens.Count)];
        return new PageRequest(PageKind.AdvisorStudent, CaseloadLinks.StudentPath(token), 0);
    }
}
