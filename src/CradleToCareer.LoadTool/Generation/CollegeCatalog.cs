namespace CradleToCareer.LoadTool.Generation;

public sealed record CollegeCourse(string Code, string Title, decimal Units, bool PassNoPass = false);

/// <summary>A program of study: its CIP code, award titles and whether it is a short vocational certificate.</summary>
public sealed record Program(string Cip, string Title, bool Vocational = false);

/// <summary>College courses and programs for community-college and university terms.</summary>
public static class CollegeCatalog
{
    public static readonly CollegeCourse[] CommunityCollegeCourses =
    [
        new("ENGL 1A", "College Composition", 4m), new("ENGL 1B", "Critical Thinking and Literature", 3m),
        new("MATH 110", "Elementary Statistics", 4m), new("MATH 120", "Calculus I", 4m), new("MATH 80", "Intermediate Algebra", 4m),
        new("BIOL 10", "Introduction to Biology", 4m), new("CHEM 1A", "General Chemistry", 4m), new("PHYS 2A", "General Physics", 4m),
        new("HIST 17A", "History of the United States", 3m), new("POLS 1", "American Government", 3m), new("PSYC 1", "General Psychology", 3m),
        new("SOC 1", "Introduction to Sociology", 3m), new("ECON 1", "Principles of Macroeconomics", 3m), new("COMM 1", "Public Speaking", 3m),
        new("CIS 10", "Introduction to Computing", 3m), new("ACCT 1", "Financial Accounting", 4m), new("ART 2", "Drawing", 3m),
        new("MUS 10", "Music Appreciation", 3m), new("SPAN 1", "Elementary Spanish", 4m), new("KIN 20", "Fitness for Life", 3m, true),
        new("COUN 10", "College Success", 3m, true), new("NUTR 10", "Nutrition", 3m), new("ECE 1", "Child Development", 3m),
        new("AUTO 50", "Automotive Fundamentals", 4m, true), new("WELD 10", "Welding Fundamentals", 4m, true),
    ];

    public static readonly CollegeCourse[] UniversityCourses =
    [
        new("WRIT 100", "Advanced Composition", 3m), new("STAT 201", "Applied Statistics", 4m), new("BIOL 300", "Cell Biology", 4m),
        new("CHEM 310", "Organic Chemistry", 4m), new("PSYC 300", "Research Methods", 4m), new("ECON 300", "Intermediate Microeconomics", 3m),
        new("CSC 130", "Data Structures", 4m), new("CSC 300", "Algorithms", 3m), new("HIST 350", "California History", 3m),
        new("SOC 310", "Social Inequality", 3m), new("BUS 300", "Business Finance", 3m), new("MGMT 310", "Organizational Behavior", 3m),
        new("NURS 300", "Clinical Practice", 4m, true), new("EDUC 400", "Teaching Practicum", 4m, true), new("POLS 320", "Public Policy", 3m),
        new("ENGR 200", "Statics", 3m), new("MATH 250", "Linear Algebra", 3m), new("PHIL 310", "Ethics", 3m),
    ];

    public static readonly Program[] Programs =
    [
        new("24.0101", "Liberal Arts and Sciences"), new("52.0201", "Business Administration"), new("11.0701", "Computer Science"),
        new("26.0101", "Biology"), new("42.0101", "Psychology"), new("51.3801", "Registered Nursing"),
        new("45.1101", "Sociology"), new("14.0101", "Engineering"), new("13.1210", "Early Childhood Education"),
        new("45.1001", "Political Science"), new("47.0604", "Automotive Technology", true), new("48.0508", "Welding Technology", true),
        new("51.0801", "Medical Assisting", true),
    ];

    public static readonly string[] Naics =
    [
        "722513", "445110", "455110", "622110", "611110", "541511", "561320", "238220", "621111", "522110", "493110", "541211", "624410",
    ];
}
