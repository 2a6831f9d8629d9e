using CradleToCareer.Domain.Transcripts.Pesc;
using CradleToCareer.Domain.Transcripts.Pesc.Exchange;
using CradleToCareer.Testing;

namespace CradleToCareer.Domain.Tests.Transcripts.Exchange;

/// <summary>
/// The reader on a PESC document this project did not make: the real College Transcript of the contract (UTF-16LE with
/// a BOM, from the pescCDS project). It reads without a problem under its own root, and sent where a request belongs it
/// is refused with one error that names the root expected.
/// </summary>
public sealed class PescPublicSampleTests
{
    private const string Sample = "spec/pesc/sample-college-transcript.xml";

    [SharedFileFact(Sample)]
    public void The_public_college_transcript_reads_without_a_problem_under_its_own_root()
    {
        var result = PescDocumentReader.Read(File.ReadAllBytes(SharedFolder.FileAt(Sample)!), PescNamespaces.CollegeTranscript + "CollegeTranscript");

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Document);
    }

    [SharedFileFact(Sample)]
    public void The_public_college_transcript_sent_as_a_request_is_refused_naming_the_root_expected()
    {
        var result = PescDocumentReader.Read(File.ReadAllBytes(SharedFolder.FileAt(Sample)!), PescTranscriptRequests.Root);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Contains("TranscriptRequest", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 1 && error.Column >= 1);
    }
}
