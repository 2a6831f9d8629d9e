namespace CradleToCareer.LoadTool.Generation;

/// <summary>A year-long high-school course; each semester of it is one course record.</summary>
public sealed record K12Course(string Code, string Title, string? AgCategory, bool Honors = false, bool PassNoPass = false);

/// <summary>A plausible six-course schedule per grade, shaped by the student's math track and ability.</summary>
public static class K12CourseCatalog
{
    private static readonly K12Course[] MathSequence =
    [
        new("2403", "Algebra 1", "c"), new("2413", "Geometry", "c"), new("2404", "Algebra 2", "c"),
        new("2414", "Precalculus", "c"), new("2480", "AP Calculus AB", "c", true), new("2481", "AP Calculus BC", "c", true),
    ];

    private static readonly K12Course[] English =
    [
        new("2130", "English 9", "b"), new("2131", "English 10", "b"), new("2132", "English 11", "b"), new("2133", "English 12", "b"),
    ];

    private static readonly K12Course[] HonorsEnglish =
    [
        new("2130", "English 9", "b"), new("2161", "Honors English 10", "b", true),
        new("2170", "AP English Language and Composition", "b", true), new("2171", "AP English Literature and Composition", "b", true),
    ];

    private static readonly K12Course[] Spanish =
    [
        new("2201", "Spanish 1", "e"), new("2202", "Spanish 2", "e"), new("2203", "Spanish 3", "e"), new("2270", "AP Spanish Language", "e", true),
    ];

    private static readonly K12Course[] Arts =
    [
        new("2601", "Art 1", "f"), new("2620", "Concert Band", "f"), new("2640", "Drama 1", "f"), new("2660", "Digital Photography", "f"),
    ];

    private static readonly K12Course[] Electives =
    [
        new("2801", "Psychology", "g"), new("2802", "Computer Science Principles", "g"), new("2803", "Journalism", "g"),
        new("2804", "Yearbook", null), new("2805", "Culinary Arts", null), new("2806", "Teacher Aide", null, PassNoPass: true), new("2807", "Sports Medicine", "g"),
    ];

    private static readonly K12Course PhysicalEducation = new("2901", "Physical Education", null);
    private static readonly K12Course Health = new("2902", "Health", null);
    private static readonly K12Course EthnicStudies = new("2301", "Ethnic Studies", "a");
    private static readonly K12Course WorldHistory = new("2310", "World History", "a");
    private static readonly K12Course ApWorldHistory = new("2370", "AP World History", "a", true);
    private static readonly K12Course UsHistory = new("2320", "US History", "a");
    private static readonly K12Course ApUsHistory = new("2371", "AP US History", "a", true);
    private static readonly K12Course Government = new("2330", "American Government", "a");
    private static readonly K12Course Economics = new("2340", "Economics", "a");
    private static readonly K12Course Biology = new("2501", "Biology", "d");
    private static readonly K12Course Chemistry = new("2502", "Chemistry", "d");
    private static readonly K12Course Physics = new("2503", "Physics", "d");
    private static readonly K12Course ApBiology = new("2570", "AP Biology", "d", true);
    private static readonly K12Course Anatomy = new("2510", "Anatomy and Physiology", "d");

    /// <summary>The six courses of one semester (<c>FA</c> or <c>SP</c>) for a grade 9..12; open slots get distinct electives.</summary>
    public static IReadOnlyList<K12Course> Semester(Random rng, int grade, string term, int mathTrack, bool honorsTrack, bool takesSpanish)
    {
        var year = grade - 9;
        var english = honorsTrack ? HonorsEnglish[year] : English[year];
        var mathIndex = year + mathTrack;
        K12Course? math = mathIndex < MathSequence.Length && (mathTrack > 0 || year < 3) ? MathSequence[mathIndex] : null;
        K12Course? language = takesSpanish && (year < 3 || honorsTrack) ? Spanish[year] : null;
        K12Course?[] core = grade switch
        {
            9 => [english, math, Biology, language, PhysicalEducation, term == "FA" ? Health : EthnicStudies],
            10 => [english, math, Chemistry, honorsTrack ? ApWorldHistory : WorldHistory, language, PhysicalEducation],
            11 => [english, math, honorsTrack ? ApBiology : Physics, honorsTrack ? ApUsHistory : UsHistory, language, Arts[(grade + mathTrack) % Arts.Length]],
            _ => [english, math, term == "FA" ? Government : Economics, Anatomy],
        };
        var courses = core.OfType<K12Course>().ToList();
        var electives = Electives.Where(e => !courses.Contains(e)).ToList();
        while (courses.Count < 6)
        {
            var pick = rng.Next(electives.Count);
            courses.Add(electives[pick]);
            electives.RemoveAt(pick);
        }
        return courses;
    }
}
