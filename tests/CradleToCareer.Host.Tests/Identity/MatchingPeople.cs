using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Identity;

/// <summary>
/// Student blocks for matching tests. Every call makes a surname and address of its own, so tests that
/// share a host never match each other's people.
/// </summary>
public sealed class MatchingPeople
{
    private readonly TestPerson _seed = TestPerson.Of(Guid.NewGuid().ToString());

    /// <summary>A surname no other test uses.</summary>
    public string Surname => _seed.LastName;

    public string BirthDate => _seed.BirthDate;

    public static JsonObject Block(
        JsonArray ids, string firstName, string lastName, string birthDate, string? sex = null,
        string? street = null, string? city = null, string? postalCode = null)
    {
        var block = new JsonObject { ["ids"] = ids, ["firstName"] = firstName, ["lastName"] = lastName, ["birthDate"] = birthDate };
        Add(block, "sex", sex);
        Add(block, "streetAddress", street);
        Add(block, "city", city);
        Add(block, "postalCode", postalCode);
        return block;
    }

    public static JsonArray Ssid(string ssid) => [new JsonObject { ["system"] = "ssid", ["value"] = ssid }];

    public static JsonArray CollegeId() =>
        [new JsonObject { ["system"] = "local:ipeds:110334", ["value"] = "C" + Random.Shared.Next(10_000_000, 99_999_999) }];

    /// <summary>A street name of this test's own, so addresses are never shared by accident.</summary>
    public string Street(int number) => $"{number} {_seed.FirstName} St";

    private static void Add(JsonObject block, string name, string? value)
    {
        if (value is not null)
        {
            block[name] = value;
        }
    }
}
