using System.Globalization;
using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>How the PDF writes the transcript's values for people; numbers and dates in the invariant culture.</summary>
internal static class TranscriptPdfText
{
    /// <summary>Written where a value is unknown or does not apply, such as the GPA of a term with no graded course.</summary>
    public const string None = "—";

    private static readonly Dictionary<string, string> AgSubjects = new(StringComparer.Ordinal)
    {
        ["a"] = "History/Social Science",
        ["b"] = "English",
        ["c"] = "Mathematics",
        ["d"] = "Laboratory Science",
        ["e"] = "Language Other Than English",
        ["f"] = "Visual and Performing Arts",
        ["g"] = "College-Preparatory Elective",
    };

    private static readonly Dictionary<string, string> DiplomaTypes = new(StringComparer.Ordinal)
    {
        ["standard"] = "High school diploma",
        ["certificate-of-completion"] = "Certificate of completion",
    };

    private static readonly Dictionary<string, string> K12Terms = new(StringComparer.Ordinal)
    {
        ["FA"] = "Fall",
        ["SP"] = "Spring",
        ["SU"] = "Summer",
    };

    /// <summary>Two decimals, as the JSON transcript and rules.md have them.</summary>
    public static string Gpa(decimal? gpa) => gpa?.ToString("0.00", CultureInfo.InvariantCulture) ?? None;

    /// <summary>Credits and units with at least one decimal: 5.0, 2.5, 0.25.</summary>
    public static string Credits(decimal credits) => credits.ToString("0.0##", CultureInfo.InvariantCulture);

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None;

    public static string IssueTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string FullName(TranscriptStudent student)
    {
        var name = string.Join(' ', new[] { student.FirstName, student.MiddleName, student.LastName }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return name.Length > 0 ? name : None;
    }

    public static string Level(string level) => level switch
    {
        "k12" => "K-12",
        "postsecondary" => "Postsecondary",
        _ => "K-12 and postsecondary",
    };

    /// <summary>A K-12 term as people say it: <c>2024-2025 Fall</c>.</summary>
    public static string K12Term(string schoolYear, string term) => $"{schoolYear} {K12Terms.GetValueOrDefault(term, term)}";

    public static string AgSubject(string subject) =>
        AgSubjects.TryGetValue(subject, out var name) ? $"{subject} {name}" : subject;

    public static string Diploma(string diplomaType) =>
        DiplomaTypes.GetValueOrDefault(diplomaType, $"High school credential ({diplomaType})");

    /// <summary>A term's totals and the cumulative ones through it, in <paramref name="unit"/> (credits or units).</summary>
    public static string TermTotals(decimal attempted, decimal earned, decimal? gpa, decimal cumulativeEarned, decimal? cumulativeGpa, string unit) =>
        $"Term: {Credits(attempted)} {unit} attempted, {Credits(earned)} earned, GPA {Gpa(gpa)}. " +
        $"Cumulative: {Credits(cumulativeEarned)} {unit} earned, GPA {Gpa(cumulativeGpa)}.";

    /// <summary>An institution's name, or its id when the transcript has no name for it.</summary>
    public static string Institution(string institutionId, string? name) => string.IsNullOrWhiteSpace(name) ? institutionId : name;
}
