using Orleans.Serialization;

namespace CradleToCareer.Abstractions;

/// <summary>
/// Domain types stay free of Orleans attributes; Orleans carries them between silos as System.Text.Json.
/// </summary>
public static class DomainSerialization
{
    public static ISerializerBuilder AddDomainTypes(this ISerializerBuilder builder) =>
        builder.AddJsonSerializer(isSupported: IsDomainType);

    private static bool IsDomainType(Type type) =>
        type.Namespace?.StartsWith("CradleToCareer.Domain", StringComparison.Ordinal) == true;
}
