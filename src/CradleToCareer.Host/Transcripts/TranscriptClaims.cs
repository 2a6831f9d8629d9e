using System.Text.Json;
using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Host.Transcripts;

/// <summary>
/// The JWS payload of a transcript: the registered JWT claims a generic verifier looks for (<c>iss</c>,
/// <c>sub</c>, <c>aud</c>, <c>iat</c>, <c>jti</c>) followed by every member of the transcript JSON as issued.
/// There is no <c>exp</c>: a transcript does not expire.
/// </summary>
public static class TranscriptClaims
{
    public static byte[] Of(Transcript transcript, ReadOnlySpan<byte> document)
    {
        using var parsed = JsonDocument.Parse(document.ToArray());
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", transcript.Issuer);
            writer.WriteString("sub", transcript.Student.PersonId);
            writer.WriteString("aud", transcript.RecipientOrgId);
            writer.WriteNumber("iat", transcript.IssuedAt.ToUnixTimeSeconds());
            writer.WriteString("jti", transcript.TranscriptId);
            foreach (var member in parsed.RootElement.EnumerateObject())
            {
                member.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
