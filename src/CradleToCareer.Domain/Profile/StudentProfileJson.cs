using System.Text.Json;

namespace CradleToCareer.Domain.Profile;

/// <summary>The api.md JSON shape of a profile: System.Text.Json web defaults (camelCase).</summary>
public static class StudentProfileJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize(StudentProfile profile) => JsonSerializer.SerializeToUtf8Bytes(profile, Options);
}
