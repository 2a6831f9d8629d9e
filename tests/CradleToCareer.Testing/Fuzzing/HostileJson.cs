using System.Globalization;
using System.Text;
using CsCheck;

namespace CradleToCareer.Testing.Fuzzing;

/// <summary>
/// CsCheck generators of what a careless or hostile client sends in place of a good value, and of mutated cases
/// built from real-looking seed documents: type swaps, huge strings, control and bidi characters, deep nesting,
/// duplicated keys, numbers out of range, near-miss enum values and dates, missing and extra fields, cut-off bodies.
/// </summary>
public static class HostileJson
{
    /// <summary>C0 and C1 controls with DEL, and NUL on its own (PostgreSQL text cannot hold it).</summary>
    public static readonly Gen<char> ControlCharacter = Gen.OneOf(
        Gen.Char['\0', '\u001f'], Gen.Char['\u007f', '\u009f'], Gen.Const('\0'));

    /// <summary>Characters that change how text displays or compares without showing: bidi overrides, zero-width, BOM, noncharacters.</summary>
    public static readonly Gen<char> InvisibleCharacter = Gen.OneOf(
        '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f',
        '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\u00a0', '\u0301');

    public static readonly Gen<string> HostileText = Gen.Frequency(
        (4, Gen.OneOf(ControlCharacter, InvisibleCharacter).Array[1, 8].Select(characters => new string(characters))),
        (3, Gen.OneOf(
            "😀", "e\u0301", "José", "王小明", "مرحبا", "Ａｎａ", "Аna", "'; DROP TABLE c2c_event_log; --", "<script>alert(1)</script>",
            "../../etc/passwd", "%00", "${jndi:ldap://example.org/x}", "{{7*7}}", "\\u0000", "\r\n", " ", "", "null", "NaN")),
        (2, Gen.Char[' ', '\ud7ff'].Array[0, 40].Select(characters => new string(characters))));

    /// <summary>Dates, years, terms, ids and versions just outside what the contract takes.</summary>
    public static readonly Gen<string> NearMiss = Gen.OneOf(
        "0000-01-01", "9999-12-31", "2025-02-30", "2025-13-01", "1899-12-31", "2101-01-01", "2025-6-1", "2025-06-12T25:00:00Z",
        "2025-06-12T17:00:00+24:00", "2025-06-12T17:00:00.1234567890123Z", "-2025-06-12", "2024-2026", "2025-2024", "2025-FA ",
        "2025-XX", "1.0 ", "1.00", "urn:", "http://", "mailto:a@example.org", "cds:1964733193176", "ipeds:11068", "ipeds:1106800",
        "p_" + new string('0', 31), "p_" + new string('G', 32), "SSID", "123-45-678", "000-00-0000", "K", "13", "-1");

    public static readonly Gen<FuzzJson> TypeSwap = Gen.OneOf(
        "null", "true", "false", "0", "\"\"", "[]", "{}", "[null]", "{\"\":null}", "\"1\"", "\"true\"", "\"null\"", "[[]]", "[{}]")
        .Select(Raw);

    public static readonly Gen<FuzzJson> OutOfRangeNumber = Gen.OneOf(
        Gen.OneOf(
            "1e400", "-1e400", "1e-400", "-0", "0.1e1", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
            "2147483648", "-2147483649", "79228162514264337593543950336", "1.7976931348623157e309", "4.9e-324", "1E+2", "0e0",
            "5.0000000000000000001", new string('9', 400), "1e2147483648", "-1", "0").Select(Raw),
        Gen.Double.Select(number => Raw(number.ToString("R", CultureInfo.InvariantCulture))),
        Gen.Long.Select(number => Raw(number.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Strings around the usual limits (255, 1 KiB, 4 KiB, 64 KiB) and one over a megabyte.</summary>
    public static readonly Gen<FuzzJson> HugeText = Gen.Select(
        Gen.Frequency((16, Gen.Int[250, 260]), (12, Gen.Int[1_020, 1_030]), (8, Gen.Int[4_090, 4_100]), (4, Gen.Int[65_530, 65_540]), (1, Gen.Const(1_100_000))),
        Gen.OneOf("a", "9", "é", "😀", " ", "\0"),
        (length, unit) => (FuzzJson)new FuzzJson.Text(new StringBuilder().Insert(0, unit, Math.Max(1, length / unit.Length)).ToString()));

    /// <summary>Arrays or objects nested around the readers' depth limit of 64, and far beyond; sometimes never closed.</summary>
    public static readonly Gen<FuzzJson> DeepNesting = Gen.Select(
        Gen.Frequency((3, Gen.Int[60, 70]), (1, Gen.OneOf(1_000, 10_000))), Gen.Bool, Gen.Int[0, 3],
        (depth, objects, unclosed) =>
        {
            var nested = new StringBuilder().Insert(0, objects ? "{\"a\":" : "[", depth).Append('1');
            return unclosed == 0 ? Raw(nested.ToString()) : Raw(nested.Insert(nested.Length, objects ? "}" : "]", depth).ToString());
        });

    /// <summary>Text that is not JSON, or JSON strings a reader may refuse: lone surrogates, invalid or overlong UTF-8.</summary>
    public static readonly Gen<FuzzJson> Malformed = Gen.OneOf(
        Gen.OneOf(
            "\"\\ud800\"", "\"abc\\udc00\"", "\"\\udbff\\ud800\"", "\"\\u0000\"", "\"\\uZZZZ\"", "\"\\x41\"", "'single'", "tru", "nul",
            "01", "+1", ".5", "1.", "-", "\"unterminated", "[1,]", "{\"a\":1,}", "{,}", "[", "}", "\"a\" \"b\"", "/* c */ 1", "NaN", "Infinity")
            .Select(Raw),
        Gen.OneOf<byte[]>(
            [0x22, 0xC3, 0x28, 0x22], [0x22, 0xFF, 0xFE, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22],
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0xEF, 0xBB, 0xBF, 0x7B, 0x7D])
            .Select(bytes => (FuzzJson)new FuzzJson.Raw(bytes)));

    public static readonly Gen<FuzzJson> Value = Gen.Frequency(
        (4, TypeSwap), (3, OutOfRangeNumber), (4, HostileText.Select(Text)), (4, NearMiss.Select(Text)), (1, HugeText), (1, DeepNesting), (2, Malformed));

    public static readonly Gen<string> MemberName = Gen.OneOf(
        Gen.OneOf("extra", "__proto__", "$type", "$ref", "", "constructor", "ID", "Id", "data ", "student\0"), HostileText);

    private static readonly Gen<int> Target = Gen.Int[0, 10_000];

    public static readonly Gen<JsonMutation> Mutation = Gen.Frequency(
        (6, Gen.Select(Target, Value, (target, value) => (JsonMutation)new JsonMutation.Replace(target, value))),
        (3, Target.Select(target => (JsonMutation)new JsonMutation.Remove(target))),
        (5, Gen.Select(Target, Gen.Int[0, 100], Gen.Int[0, 3], Gen.OneOf(HostileText, NearMiss, Gen.Const("")), Gen.Int[0, 3],
            (target, position, cut, insert, flip) => (JsonMutation)new JsonMutation.Edit(target, position, cut, insert, flip == 0))),
        (2, Gen.Select(Target, MemberName, Value, (target, name, value) => (JsonMutation)new JsonMutation.Add(target, name, value))),
        (2, Gen.Select(Target, Gen.Int[0, 20], Value.Null(), Gen.Bool,
            (target, member, value, before) => (JsonMutation)new JsonMutation.Duplicate(target, member, value, before))));

    /// <summary>Cases from the seeds with one to four mutations each; one in twenty is cut off when <paramref name="cut"/>.</summary>
    public static Gen<FuzzCase> Cases(IReadOnlyList<FuzzSeed> seeds, bool cut = true) =>
        Cases(Gen.Int[0, seeds.Count - 1].Select(index => seeds[index]), cut);

    /// <summary>Cases from generated seeds (documents that differ in their ids, say) with one to four mutations each.</summary>
    public static Gen<FuzzCase> Cases(Gen<FuzzSeed> seeds, bool cut = true) => Gen.Select(
        seeds,
        Mutation.Array[1, 4],
        cut ? Gen.Frequency((19, Gen.Const((int?)null)), (1, Gen.Int[0, 999].Select(permille => (int?)permille))) : Gen.Const((int?)null),
        (seed, mutations, permille) => new FuzzCase(seed, mutations, permille));


    private static FuzzJson Raw(string text) => FuzzJson.Raw.Of(text);

    private static FuzzJson Text(string value) => new FuzzJson.Text(value);
}
