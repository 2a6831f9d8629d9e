namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Common English and Spanish given-name variants (nicknames, diminutives, spellings) and the name
/// each belongs to, so "Bill" and "William" compare as the same first name. Nicknames shared by
/// names of different people (Alex, Chris, Sam, Pat, Jess, Frank, Beto, …) are left out on purpose:
/// mapping them would make, say, an Alexander and an Alexandra agree.
/// </summary>
internal static class GivenNameVariants
{
    // Each line: the root, then its variants; all normalized (lower case, letters only).
    private static readonly string[] Groups =
    [
        // English, male
        "william bill billy will willy willie liam",
        "robert bob bobby rob robbie robby",
        "richard rick ricky rich richie dick",
        "james jim jimmy jimbo",
        "john johnny jack",
        "jonathan jonathon jonatan",
        "joseph joe joey",
        "michael mike mikey mick mickey micheal",
        "christopher cristopher christoper topher kit",
        "matthew matt matty mathew",
        "daniel dan danny",
        "david dave davey davy",
        "anthony tony antony",
        "thomas tom tommy",
        "nicholas nicolas nickolas nick nicky nico",
        "alexander xander alec alexzander",
        "benjamin ben benny benji",
        "andrew andy drew",
        "edward ed eddie eddy ted teddy ned",
        "charles charlie chuck chas",
        "henry hank",
        "lawrence laurence larry",
        "timothy tim timmy",
        "steven stephen steve stevie",
        "jeffrey jeffery geoffrey jeff",
        "gregory greg",
        "kenneth ken kenny",
        "ronald ron ronnie",
        "donald don donnie",
        "raymond ray",
        "gerald gerry",
        "patrick paddy",
        "peter pete",
        "walter walt wally",
        "frederick fredrick fred freddy freddie",
        "zachary zachery zach zack zak",
        "jacob jakob jake",
        "joshua josh",
        "nathaniel nathanial",
        "theodore theo",
        "leonard len lenny",
        "dominic dominick dom",
        "vincent vince vinny",
        "gabriel gabe",
        "cameron cam",
        "douglas doug",
        "phillip philip phil",
        "samuel samual",
        "bradley brad",
        "gary garry",
        "terrence terence terry",
        "abraham abe",
        "isaac issac",
        // English, female
        "margaret peggy maggie meg marge margie",
        "katherine catherine kathryn katharine kathrine cathryn kate katie katy kathy cathy kitty",
        "elizabeth elisabeth liz lizzy lizzie beth betty betsy bess libby eliza",
        "jennifer jen jenn jenny",
        "patricia trish tricia patty patsy",
        "barbara barb barbie",
        "susan sue susie suzie suzy",
        "deborah debra deb debbie",
        "rebecca rebekah becky becca",
        "victoria vicky vicki tori",
        "christina cristina kristina",
        "abigail abby abbie abbey",
        "dorothy dot dottie",
        "eleanor elinor nell nellie",
        "melissa missy",
        "pamela pam",
        "kimberly kimberley",
        "stephanie stefanie stephany steph",
        "jacqueline jaqueline jacquelyn jackie",
        "angela angie",
        "cynthia cindy",
        "judith judy",
        "virginia ginny ginger",
        "sarah sara",
        "amanda mandy",
        "allison alison allyson alyson",
        "natalie nathalie",
        "madeline madeleine madelyn maddie",
        "isabella izabella bella",
        "josephine josie",
        "cassandra cassie",
        "veronica vero",
        "theresa teresa tess terri",
        "gabriela gabriella gabby gabi",
        "daniela daniella",
        // Spanish
        "jose pepe pepito chepe",
        "francisco paco pancho paquito cisco",
        "guadalupe lupe lupita",
        "jesus chuy chucho",
        "ignacio nacho",
        "enrique kike quique",
        "alejandro jandro",
        "guillermo memo guille",
        "manuel manny manolo manu",
        "rafael rafa rafi",
        "antonio tono",
        "fernando nando",
        "eduardo lalo",
        "luis lucho",
        "salvador chava chavo",
        "santiago santi chago",
        "concepcion concha conchita",
        "dolores lola lolita",
        "graciela chela",
        "mercedes meche",
        "rosario charo",
        "consuelo chelo",
        "soledad sole",
        "josefina josefa pepa chepa",
        "ana anita",
        "juan juanito",
        "carlos carlitos",
        "isabel isabelle izabel chabela",
        "alfredo fredo",
        "gustavo tavo",
        "reynaldo reinaldo naldo",
        "ernesto neto",
        "humberto umberto",
        "federico fede",
        "alfonso poncho",
        "ramon moncho",
        "catalina cata",
        "valentina vale",
        "jimena ximena",
        "javier javi",
        "sebastian sebas",
    ];

    private static readonly Dictionary<string, string> RootByName = BuildIndex(Groups);

    /// <summary>The root of a normalized given name: "bill" → "william"; a name the table does not know is its own root.</summary>
    public static string RootOf(string normalizedName) =>
        RootByName.TryGetValue(normalizedName, out var root) ? root : normalizedName;

    private static Dictionary<string, string> BuildIndex(string[] groups)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var names = group.Split(' ');
            foreach (var name in names)
            {
                if (!index.TryAdd(name, names[0]) && index[name] != names[0])
                {
                    throw new InvalidOperationException($"The given name '{name}' is listed under two roots.");
                }
            }
        }

        return index;
    }
}
