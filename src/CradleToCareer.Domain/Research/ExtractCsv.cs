using System.Buffers;
using System.Text;
using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Research;

/// <summary>
/// The CSV of an extract (RFC 4180): UTF-8 without a byte order mark, lines ended by CRLF, a cell quoted when it holds
/// a comma, a quote or a line break (quotes doubled). Every row has <c>pseudonym,birth_year,sex,cohort,institution_id</c>,
/// then the columns of each approved field in <see cref="ResearchFields.All"/> order:
/// <list type="bullet">
/// <item><see cref="ResearchFields.Milestones"/>: <c>months_to_&lt;milestone&gt;</c> for each of
/// <see cref="MilestoneIds.All"/> ('.' and '-' written '_'), the <see cref="ExtractBands.MonthsBetween"/> from
/// <c>d0</c> to the earliest reaching, empty when not reached;</item>
/// <item><see cref="ResearchFields.GpaBands"/>: <c>k12_gpa_band,postsecondary_gpa_band</c>;</item>
/// <item><see cref="ResearchFields.UnitsBand"/>: <c>units_band</c>;</item>
/// <item><see cref="ResearchFields.AwardLevel"/>: <c>award_level</c>, the highest award level, empty when none;</item>
/// <item><see cref="ResearchFields.WageBand"/>: <c>wage_band</c>;</item>
/// <item><see cref="ResearchFields.SocialServices"/>: <c>social_services</c>, <c>yes</c> or <c>no</c>.</item>
/// </list>
/// No name, birth date, person id, address or exact date is ever written. No column holds free text: every cell is a
/// pseudonym, a number, a band, a cohort key, an institution id or a word from a fixed vocabulary, so no cell is
/// prefixed against spreadsheet formulas (doing it would turn a negative month count like <c>-1</c> into text). A free
/// text column added later must prefix a cell starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>.
/// </summary>
public sealed class ExtractCsv
{
    /// <summary>How the file is encoded: UTF-8, no byte order mark.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public const string LineEnd = "\r\n";

    private static readonly SearchValues<char> NeedQuoting = SearchValues.Create(",\"\r\n");

    private static readonly string[] CommonColumns = ["pseudonym", "birth_year", "sex", "cohort", "institution_id"];

    private readonly HashSet<string> fields;

    /// <summary>A CSV with the columns of <paramref name="approvedFields"/> (names outside <see cref="ResearchFields.All"/> add nothing).</summary>
    public ExtractCsv(IEnumerable<string> approvedFields)
    {
        ArgumentNullException.ThrowIfNull(approvedFields);
        fields = new HashSet<string>(approvedFields, StringComparer.Ordinal);
        Columns = [.. CommonColumns, .. ResearchFields.All.Where(fields.Contains).SelectMany(ColumnsOf)];
        HeaderLine = Line(Columns);
    }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The header line, CRLF included.</summary>
    public string HeaderLine { get; }

    /// <summary>The milestone column's name: <c>months_to_</c> and the id with '.' and '-' as '_'.</summary>
    public static string MonthsColumnOf(string milestoneId) =>
        "months_to_" + milestoneId.Replace('.', '_').Replace('-', '_');

    /// <summary>One member's row, CRLF included; <paramref name="birthYear"/> is the cell k-anonymity decided.</summary>
    public string RowLine(string pseudonym, string birthYear, CohortMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var cells = new List<string>(Columns.Count) { pseudonym, birthYear, member.Sex, member.Cohort, member.InstitutionId };
        foreach (var field in ResearchFields.All.Where(fields.Contains))
        {
            cells.AddRange(CellsOf(field, member));
        }

        return Line(cells);
    }

    /// <summary>The cell as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, a quote, CR or LF.</summary>
    public static string Cell(string value) =>
        !value.AsSpan().ContainsAny(NeedQuoting) ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell)) + LineEnd;

    private static IEnumerable<string> ColumnsOf(string field) => field switch
    {
        ResearchFields.Milestones => MilestoneIds.All.Select(MonthsColumnOf),
        ResearchFields.GpaBands => ["k12_gpa_band", "postsecondary_gpa_band"],
        ResearchFields.UnitsBand => ["units_band"],
        ResearchFields.AwardLevel => ["award_level"],
        ResearchFields.WageBand => ["wage_band"],
        ResearchFields.SocialServices => ["social_services"],
        _ => [],
    };

    private static IEnumerable<string> CellsOf(string field, CohortMember member) => field switch
    {
        ResearchFields.Milestones => MilestoneIds.All.Select(id => ExtractBands.Months(member.Start, EarliestReaching(member, id))),
        ResearchFields.GpaBands => [ExtractBands.Gpa(member.Traits.K12Gpa), ExtractBands.Gpa(member.Traits.PostsecondaryGpa)],
        ResearchFields.UnitsBand => [ExtractBands.Units(member.Traits.UnitsEarned)],
        ResearchFields.AwardLevel => [member.Traits.HighestAwardLevel ?? ""],
        ResearchFields.WageBand => [ExtractBands.AnnualWages(member.Traits.AnnualWages)],
        ResearchFields.SocialServices => [member.SocialServices ? OutcomeBreakdowns.Yes : OutcomeBreakdowns.No],
        _ => [],
    };

    private static DateOnly? EarliestReaching(CohortMember member, string milestoneId) =>
        member.Milestones.Where(m => m.Id == milestoneId).Select(m => (DateOnly?)m.ReachedOn).Min();
}
