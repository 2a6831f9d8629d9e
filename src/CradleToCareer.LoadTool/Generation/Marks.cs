namespace CradleToCareer.LoadTool.Generation;

/// <summary>Draws marks from a student's ability so that the overall spread looks like a real grade book.</summary>
public static class Marks
{
    /// <summary>Roughly 38% A range, 28% B, 18% C, 8% D, 8% F over all students (score ~ N(0,1)).</summary>
    public static string Letter(double score) => score switch
    {
        < -1.405 => "F",
        < -0.994 => Band(score, -1.405, -0.994, "D"),
        < -0.412 => Band(score, -0.994, -0.412, "C"),
        < 0.305 => Band(score, -0.412, 0.305, "B"),
        < 0.7 => "A-",
        < 2.1 => "A",
        _ => "A+",
    };

    public static string K12(Random rng, double ability, bool passNoPass)
    {
        if (passNoPass)
        {
            return rng.NextDouble() < 0.93 ? "P" : "NP";
        }
        return rng.NextDouble() < 0.004 ? "I" : Letter(Score(rng, ability, 0));
    }

    public static string College(Random rng, double ability, bool passNoPass)
    {
        var roll = rng.NextDouble();
        if (roll < 0.08)
        {
            return "W";
        }
        if (roll < 0.09)
        {
            return "I";
        }
        if (passNoPass)
        {
            return rng.NextDouble() < 0.88 ? "P" : "NP";
        }
        return Letter(Score(rng, ability, 0));
    }

    public static double? Points(string mark) => mark switch
    {
        "A+" or "A" => 4.0,
        "A-" => 3.7,
        "B+" => 3.3,
        "B" => 3.0,
        "B-" => 2.7,
        "C+" => 2.3,
        "C" => 2.0,
        "C-" => 1.7,
        "D+" => 1.3,
        "D" => 1.0,
        "D-" => 0.7,
        "F" => 0.0,
        _ => null,
    };

    /// <summary>Credit is earned for any passing letter mark or P; F, NP, I and W earn nothing.</summary>
    public static bool EarnsCredit(string mark) => mark is not ("F" or "NP" or "I" or "W");

    private static double Score(Random rng, double ability, double shift) =>
        (0.75 * ability) + (0.66 * StudentFactory.Normal(rng)) + shift;

    private static string Band(double score, double low, double high, string letter)
    {
        var position = (score - low) / (high - low);
        return position < 1.0 / 3 ? letter + "-" : position < 2.0 / 3 ? letter : letter + "+";
    }
}
