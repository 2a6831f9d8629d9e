namespace CradleToCareer.Grains;

/// <summary>
/// References to string-keyed grains without Orleans' per-call lookup: <see cref="IGrainFactory.GetGrain{TGrainInterface}(string, string?)"/>
/// reads the interface's attributes by reflection on every call to find its grain type, which a steady-state sample put
/// at 2.3 % of the host's time (every profile read, every institution push, every blocking-key comparison). The grain
/// type and interface type of <typeparamref name="TGrain"/> are found once, through that call, and reused.
/// </summary>
public static class KeyedGrains
{
    public static TGrain Keyed<TGrain>(this IGrainFactory grains, string key)
        where TGrain : IGrainWithStringKey
    {
        if (Resolved<TGrain>.Types is { } types)
        {
            return (TGrain)grains.GetGrain(GrainId.Create(types.Grain, key), types.Interface);
        }

        var grain = grains.GetGrain<TGrain>(key);
        Resolved<TGrain>.Types = new GrainTypes(grain.GetGrainId().Type, ((GrainReference)(object)grain).InterfaceType);
        return grain;
    }

    private sealed record GrainTypes(GrainType Grain, GrainInterfaceType Interface);

    /// <summary>What one interface resolves to; the same on every silo of a cluster running one build.</summary>
    private static class Resolved<TGrain>
    {
        public static GrainTypes? Types;
    }
}
