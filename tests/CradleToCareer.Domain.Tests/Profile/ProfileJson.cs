using System.Text.Json;
using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Tests.Profile;

internal static class ProfileJson
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static string Serialize(StudentProfile profile) => JsonSerializer.Serialize(profile, Web);

    public static JsonElement Parse(StudentProfile profile) => JsonDocument.Parse(Serialize(profile)).RootElement;
}
