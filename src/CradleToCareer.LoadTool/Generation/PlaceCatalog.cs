using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>A school district: its feed, city, ZIP prefix, high schools and a middle school.</summary>
public sealed record District(string Source, string City, string ZipPrefix, Institution[] HighSchools, Institution MiddleSchool, College CommunityCollege);

/// <summary>A college: its institution block, its feed and the org key used for its <c>local:</c> student numbers.</summary>
public sealed record College(Institution Institution, string Source, string OrgKey);

/// <summary>The fictional districts, schools and colleges the generated students move through.</summary>
public static class PlaceCatalog
{
    public static readonly College[] CommunityColleges =
    [
        Ccc("231", "113101", "Capitol City College"),
        Ccc("571", "113202", "Valley Central College"),
        Ccc("741", "113303", "Harbor Gateway College"),
        Ccc("061", "113404", "Mesa Bay College"),
        Ccc("341", "113505", "Lakeshore College"),
        Ccc("471", "113606", "Evergreen Hills College"),
        Ccc("521", "113707", "Kern River College"),
        Ccc("911", "113808", "Inland Empire College"),
    ];

    public static readonly College[] CsuCampuses =
    [
        Four("csu", "1", "110401", "California State University, Capitol", Institution.Csu),
        Four("csu", "2", "110402", "California State University, Central Valley", Institution.Csu),
        Four("csu", "3", "110403", "California State University, Harbor", Institution.Csu),
        Four("csu", "4", "110404", "California State University, Bayside", Institution.Csu),
    ];

    public static readonly College[] UcCampuses =
    [
        Four("uc", "1", "110501", "University of California, Sierra", Institution.Uc),
        Four("uc", "2", "110502", "University of California, Coast", Institution.Uc),
        Four("uc", "3", "110503", "University of California, Golden Gate", Institution.Uc),
    ];

    public static readonly College PrivateUniversity =
        Four("college", "120601", "120601", "Pacific Crest University", Institution.PrivateNonprofit);

    public static readonly District[] Districts =
    [
        Lea("3467439", "Sacramento", "958", ["Lincoln High", "Sierra High"], "Jefferson Middle", 0),
        Lea("1062166", "Fresno", "937", ["Roosevelt High", "Valley High"], "Madison Middle", 1),
        Lea("1964733", "Los Angeles", "900", ["Kennedy High", "Mission High"], "Franklin Middle", 2),
        Lea("3768338", "San Diego", "921", ["Pacific High", "Hoover High"], "Monroe Middle", 3),
        Lea("0161259", "Oakland", "946", ["Grant High", "Westside High"], "Wilson Middle", 4),
        Lea("4369666", "San Jose", "951", ["Central High", "Evergreen High"], "Lowell Middle", 5),
        Lea("1563529", "Bakersfield", "933", ["Foothill High", "Ridgeview High"], "Washington Middle", 6),
        Lea("3367215", "Riverside", "925", ["Arlington High", "Canyon High"], "Chavez Middle", 7),
    ];

    public static IEnumerable<string> AllSources() =>
        Districts.Select(d => d.Source)
            .Concat(AllColleges().Select(c => c.Source))
            .Concat([StateAgencies.Csac, StateAgencies.Edd, StateAgencies.Cdss]);

    public static IEnumerable<string> AllInstitutionIds() =>
        Districts.SelectMany(d => d.HighSchools.Append(d.MiddleSchool)).Select(i => i.Id)
            .Concat(AllColleges().Select(c => c.Institution.Id));

    private static IEnumerable<College> AllColleges() =>
        CommunityColleges.Concat(CsuCampuses).Concat(UcCampuses).Append(PrivateUniversity);

    private static College Ccc(string code, string ipeds, string name) =>
        new(new Institution($"ipeds:{ipeds}", name, Institution.CommunityCollege), $"urn:c2c:source:ccc:{code}", $"ccc-{code}");

    private static College Four(string system, string code, string ipeds, string name, string kind) =>
        new(new Institution($"ipeds:{ipeds}", name, kind), $"urn:c2c:source:{system}:{code}", $"{system}-{code}");

    private static District Lea(string code, string city, string zipPrefix, string[] highSchools, string middleSchool, int collegeIndex)
    {
        var schools = highSchools.Select((name, i) => School(code, 100 + i, name)).ToArray();
        return new District($"urn:c2c:source:lea:{code}", city, zipPrefix, schools, School(code, 200, middleSchool), CommunityColleges[collegeIndex]);
    }

    private static Institution School(string districtCode, int schoolNumber, string name) =>
        new($"cds:{districtCode}{schoolNumber * 7919 % 10_000_000:D7}", name, Institution.K12School);
}

/// <summary>Statewide feeds: student aid commission, employment department, social services.</summary>
public static class StateAgencies
{
    public const string Csac = "urn:c2c:source:csac";
    public const string Edd = "urn:c2c:source:edd";
    public const string Cdss = "urn:c2c:source:cdss";
}
