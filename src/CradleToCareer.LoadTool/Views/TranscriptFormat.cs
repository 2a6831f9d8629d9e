namespace CradleToCareer.LoadTool.Views;

/// <summary>A transcript representation asked for with <c>Accept</c>, and how its body is checked.</summary>
public sealed record TranscriptFormat(string Name, string MediaType)
{
    public static readonly TranscriptFormat Json = new("JSON", "application/json");
    public static readonly TranscriptFormat Jws = new("JWS", "application/jwt");

    /// <summary>Null when the body is a transcript in this format; JSON bodies add their course lines to <paramref name="courses"/>.</summary>
    public string? CheckBody(ReadOnlySpan<byte> body, CourseCounts courses)
    {
        if (this != Json)
        {
            return TranscriptCheck.Jws(body);
        }
        var failure = TranscriptCheck.Json(body, out var lines);
        if (failure is null)
        {
            courses.Add(lines);
        }
        return failure;
    }
}
