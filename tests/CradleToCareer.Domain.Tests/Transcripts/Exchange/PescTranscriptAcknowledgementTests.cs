using CradleToCareer.Domain.Transcripts.Pesc.Exchange;

namespace CradleToCareer.Domain.Tests.Transcripts.Exchange;

public sealed class PescTranscriptAcknowledgementTests
{
    [Theory]
    [MemberData(nameof(PescExchangeCorpus.AcknowledgmentFiles), MemberType = typeof(PescExchangeCorpus))]
    public void Each_corpus_acknowledgment_reads_as_its_manifest_says(string file)
    {
        var entry = PescExchangeCorpus.Entry("acknowledgments", file);

        var result = PescDocumentReader.Read(PescExchangeCorpus.Bytes(file), PescTranscriptAcknowledgements.Root);

        if (entry.TryGetProperty("errors", out _))
        {
            Assert.Null(result.Document);
            PescExchangeCorpus.AssertErrors(entry, result.Errors);
        }
        else
        {
            Assert.Empty(result.Errors);
            var acknowledgement = PescTranscriptAcknowledgements.Read(result.Document!);
            Assert.Equal(PescExchangeCorpus.Text(entry, "documentId"), acknowledgement.DocumentId);
            Assert.Equal(PescExchangeCorpus.Text(entry, "trackingId"), acknowledgement.RequestTrackingId);
        }
    }

    [Fact]
    public void A_transcript_request_is_not_an_acknowledgment()
    {
        var result = PescDocumentReader.Read(PescExchangeCorpus.Bytes("minimal-utf8.xml"), PescTranscriptAcknowledgements.Root);

        var error = Assert.Single(result.Errors);
        Assert.Contains("'Acknowledgment' in namespace 'urn:org:pesc:message:TranscriptAcknowledgment:v1.3.0'", error.Message, StringComparison.Ordinal);
    }
}
