namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The Fellegi-Sunter probabilities of one field: m, the chance of each level for two records of
/// the same person, and u, for two records of different people. A level a field never produces
/// (Partial for Sex and City) has m = u = 0 and carries no weight.
/// </summary>
public sealed record FieldProbabilities(double MAgree, double MPartial, double MDisagree, double UAgree, double UPartial, double UDisagree)
{
    /// <summary>m of a level; 0 for <see cref="Agreement.Missing"/>.</summary>
    internal double M(Agreement level) => level switch
    {
        Agreement.Agree => MAgree,
        Agreement.Partial => MPartial,
        Agreement.Disagree => MDisagree,
        _ => 0,
    };

    /// <summary>u of a level; 0 for <see cref="Agreement.Missing"/>.</summary>
    internal double U(Agreement level) => level switch
    {
        Agreement.Agree => UAgree,
        Agreement.Partial => UPartial,
        Agreement.Disagree => UDisagree,
        _ => 0,
    };
}
