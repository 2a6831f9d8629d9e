namespace CradleToCareer.LoadTool.Identity;

/// <summary>Nicknames and short forms a record may carry instead of the given name, sound-alike spellings, and accent stripping.</summary>
public static class NameVariants
{
    private const string Accented = "áéíóúüñÁÉÍÓÚÜÑ";
    private const string Plain = "aeiouunAEIOUUN";

    /// <summary>Spellings a clerk writes down from hearing the name: Stephanie as Stefanie, Katie as Katy, Allison as Alison.</summary>
    private static readonly SpellingSwaps SoundAlikes = new(
        [
            ("ph", "f"), ("f", "ph"), ("ca", "ka"), ("ka", "ca"), ("co", "ko"), ("ko", "co"), ("cu", "ku"), ("ck", "k"),
            ("th", "t"), ("s", "z"), ("z", "s"),
            ("l", "ll"), ("ll", "l"), ("n", "nn"), ("nn", "n"), ("r", "rr"), ("rr", "r"), ("t", "tt"), ("tt", "t"),
            ("s", "ss"), ("ss", "s"), ("m", "mm"), ("mm", "m"),
        ],
        [("ie", "y"), ("y", "ie"), ("ey", "y")],
        StringComparison.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string[]> Nicknames = new(StringComparer.Ordinal)
    {
        ["William"] = ["Bill", "Will", "Billy"],
        ["Robert"] = ["Bob", "Rob", "Bobby"],
        ["Richard"] = ["Rick", "Rich"],
        ["James"] = ["Jim", "Jimmy", "Jamie"],
        ["John"] = ["Jack", "Johnny"],
        ["Michael"] = ["Mike", "Mikey"],
        ["Christopher"] = ["Chris"],
        ["Matthew"] = ["Matt"],
        ["Joseph"] = ["Joe", "Joey"],
        ["Daniel"] = ["Dan", "Danny"],
        ["David"] = ["Dave"],
        ["Anthony"] = ["Tony"],
        ["Thomas"] = ["Tom", "Tommy"],
        ["Nicholas"] = ["Nick"],
        ["Benjamin"] = ["Ben"],
        ["Samuel"] = ["Sam"],
        ["Alexander"] = ["Alex", "Xander"],
        ["Jonathan"] = ["Jon"],
        ["Andrew"] = ["Andy", "Drew"],
        ["Joshua"] = ["Josh"],
        ["Zachary"] = ["Zach"],
        ["Timothy"] = ["Tim"],
        ["Edward"] = ["Ed", "Eddie"],
        ["Charles"] = ["Charlie"],
        ["Steven"] = ["Steve"],
        ["Gregory"] = ["Greg"],
        ["Patrick"] = ["Pat"],
        ["Jacob"] = ["Jake"],
        ["Nathan"] = ["Nate"],
        ["Kenneth"] = ["Ken", "Kenny"],
        ["Elizabeth"] = ["Liz", "Beth", "Eliza"],
        ["Katherine"] = ["Kate", "Katie", "Kathy"],
        ["Margaret"] = ["Peggy", "Maggie", "Meg"],
        ["Jennifer"] = ["Jenny", "Jen"],
        ["Rebecca"] = ["Becky"],
        ["Victoria"] = ["Vicky", "Tori"],
        ["Abigail"] = ["Abby"],
        ["Alexandra"] = ["Alex", "Lexi"],
        ["Samantha"] = ["Sam", "Sammy"],
        ["Jessica"] = ["Jess"],
        ["Christina"] = ["Tina", "Chris"],
        ["Patricia"] = ["Pat", "Trish"],
        ["Deborah"] = ["Debbie"],
        ["Susan"] = ["Sue"],
        ["Madison"] = ["Maddie"],
        ["Natalie"] = ["Nat"],
        ["Isabella"] = ["Bella", "Izzy"],
        ["José"] = ["Pepe", "Joe"],
        ["Francisco"] = ["Paco", "Pancho", "Frank"],
        ["Guadalupe"] = ["Lupe"],
        ["Jesús"] = ["Chuy"],
        ["Ignacio"] = ["Nacho"],
        ["Alejandro"] = ["Alex", "Ale"],
        ["Enrique"] = ["Kike", "Henry"],
        ["Roberto"] = ["Beto"],
        ["Alberto"] = ["Beto"],
        ["Eduardo"] = ["Lalo"],
        ["Manuel"] = ["Manny", "Manolo"],
        ["Antonio"] = ["Tony", "Toño"],
        ["Guillermo"] = ["Memo", "Willy"],
        ["Rafael"] = ["Rafa"],
        ["Gerardo"] = ["Jerry"],
        ["Fernando"] = ["Nando"],
        ["Ricardo"] = ["Rico", "Ricky"],
        ["Daniela"] = ["Dani"],
        ["Alejandra"] = ["Ale"],
        ["Gabriela"] = ["Gaby"],
        ["María"] = ["Mari"],
        ["Concepción"] = ["Concha"],
        ["Dolores"] = ["Lola"],
        ["Rosario"] = ["Chayo"],
        ["Mercedes"] = ["Meche"],
        ["Graciela"] = ["Chela"],
        ["Josefina"] = ["Pepa", "Josie"],
        ["Valentina"] = ["Vale"],
        ["Valeria"] = ["Vale"],
        ["Sofía"] = ["Sofi"],
        ["Camila"] = ["Cami"],
        ["Ximena"] = ["Xime"],
        ["Natalia"] = ["Nati"],
        ["Mariana"] = ["Mari"],
        ["Fernanda"] = ["Fer"],
        ["Lucía"] = ["Lucy"],
        ["Angélica"] = ["Angie"],
        ["Verónica"] = ["Vero"],
        ["Emily"] = ["Em", "Emmy"],
        ["Olivia"] = ["Liv", "Livvy"],
        ["Ashley"] = ["Ash"],
        ["Andrea"] = ["Andy"],
        ["Stephanie"] = ["Steph"],
        ["Kimberly"] = ["Kim"],
        ["Melanie"] = ["Mel"],
        ["Nicole"] = ["Nikki"],
        ["Evelyn"] = ["Evie"],
        ["Brianna"] = ["Bri"],
        ["Jacqueline"] = ["Jackie"],
        ["Sebastián"] = ["Sebas"],
        ["Mateo"] = ["Teo"],
        ["Santiago"] = ["Santi"],
        ["Emiliano"] = ["Emi"],
        ["Leonardo"] = ["Leo"],
        ["Nicolás"] = ["Nico"],
        ["Joaquín"] = ["Joaco"],
        ["Andrés"] = ["Andy"],
        ["Gabriel"] = ["Gabe"],
        ["Javier"] = ["Javi"],
        ["Jorge"] = ["George"],
        ["Miguel"] = ["Mike"],
        ["Luis"] = ["Lucho"],
    };

    public static bool HasNickname(string givenName) => Nicknames.ContainsKey(givenName);

    public static string PickNickname(Random rng, string givenName)
    {
        var nicknames = Nicknames[givenName];
        return nicknames[rng.Next(nicknames.Length)];
    }

    public static bool HasSoundAlike(string name) => SoundAlikes.AppliesTo(name);

    /// <summary>One sound-alike respelling; the name must have one (<see cref="HasSoundAlike"/>).</summary>
    public static string SoundAlike(Random rng, string name) => SoundAlikes.ApplyOne(rng, name);

    public static bool HasAccent(string text) => text.AsSpan().IndexOfAny(Accented) >= 0;

    /// <summary>"José Núñez" becomes "Jose Nunez", as systems limited to ASCII write it.</summary>
    public static string StripAccents(string text) =>
        string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var at = Accented.IndexOf(source[i], StringComparison.Ordinal);
                chars[i] = at < 0 ? source[i] : Plain[at];
            }
        });
}
