using System.Text.Json;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Pesc.Exchange;
using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Domain.Tests.Transcripts.Exchange;

public sealed class PescTranscriptRequestCorpusTests
{
    private const string Requests = "requests";

    [Fact]
    public void The_corpus_has_at_least_twenty_requests_accepted_and_refused()
    {
        var entries = PescExchangeCorpus.Entries(Requests);

        Assert.True(entries.Count >= 20);
        Assert.Contains(entries, e => e.TryGetProperty("request", out _));
        Assert.Contains(entries, e => e.TryGetProperty("errors", out _));
    }

    [Theory]
    [MemberData(nameof(PescExchangeCorpus.RequestFiles), MemberType = typeof(PescExchangeCorpus))]
    public void Each_corpus_request_reads_as_its_manifest_says(string file)
    {
        var entry = PescExchangeCorpus.Entry(Requests, file);

        var (request, errors) = Read(PescExchangeCorpus.Bytes(file));

        if (entry.TryGetProperty("request", out var expected))
        {
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
            AssertRequest(expected, request!);
        }
        else
        {
            Assert.Null(request);
            PescExchangeCorpus.AssertErrors(entry, errors);
        }
    }

    [Fact]
    public void A_stream_reads_like_the_same_bytes()
    {
        using var stream = new MemoryStream(PescExchangeCorpus.Bytes("utf16be-bom.xml"));

        var result = PescDocumentReader.Read(stream, PescTranscriptRequests.Root);

        Assert.Empty(result.Errors);
        Assert.Equal(PescTranscriptRequests.Root, result.Document!.Root!.Name);
    }

    /// <summary>Reads as the route will: the document first, then the request, with the errors of whichever refused it.</summary>
    internal static (RequestedTranscript? Request, IReadOnlyList<PescDocumentError> Errors) Read(byte[] body)
    {
        var document = PescDocumentReader.Read(body, PescTranscriptRequests.Root);
        return document.Document is null
            ? (null, document.Errors)
            : PescTranscriptRequests.Read(document.Document, PescExchangeCorpus.Tokenizer);
    }

    private static void AssertRequest(JsonElement expected, RequestedTranscript request)
    {
        var student = request.Student;
        var ids = expected.TryGetProperty("ids", out var list) ? list.EnumerateArray().Select(id => id.GetString()!).ToList() : [];
        Assert.Equal(ids, student.Ids.Select(id => $"{id.System}={id.Value}").ToList());
        Assert.Equal(PescExchangeCorpus.Text(expected, "firstName"), student.FirstName);
        Assert.Equal(PescExchangeCorpus.Text(expected, "middleName"), student.MiddleName);
        Assert.Equal(PescExchangeCorpus.Text(expected, "lastName"), student.LastName);
        Assert.Equal(PescExchangeCorpus.Text(expected, "birthDate"), student.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var ssn = PescExchangeCorpus.Text(expected, "ssn");
        Assert.Equal(ssn is null ? null : PescExchangeCorpus.Tokenizer.Tokenize(ssn), student.SsnToken);
        Assert.Equal(ssn is null ? null : PescExchangeCorpus.Tokenizer.NearTokens(ssn), student.SsnNearTokens);
        Assert.Equal(PescExchangeCorpus.Text(expected, "level") ?? TranscriptLevels.All, request.Level);
        Assert.Equal(PescExchangeCorpus.Text(expected, "purpose") ?? "admission", request.Purpose);
        Assert.Equal(PescExchangeCorpus.Text(expected, "format") ?? TranscriptRequestFormats.Xml, request.Format);
        Assert.Equal(PescExchangeCorpus.Text(expected, "trackingId"), request.RequestTrackingId);
        Assert.Null(request.DeliveryUrl);
    }
}
