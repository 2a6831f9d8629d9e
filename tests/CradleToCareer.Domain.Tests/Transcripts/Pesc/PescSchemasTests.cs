using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using CradleToCareer.Domain.Transcripts.Pesc;
using CradleToCareer.Testing;

namespace CradleToCareer.Domain.Tests.Transcripts.Pesc;

public sealed class PescSchemasTests
{
    [Fact]
    public void The_committed_sample_college_transcript_validates()
    {
        var sample = XDocument.Load(Path.Combine(PescSchemas.SchemaDirectory(), "sample-college-transcript.xml"));

        Assert.Equal(PescNamespaces.CollegeTranscript + "CollegeTranscript", sample.Root!.Name);
        Assert.Empty(PescSchemas.Validate(sample));
    }

    [Fact]
    public void A_value_outside_its_enumeration_is_reported_with_its_element()
    {
        var sample = XDocument.Load(Path.Combine(PescSchemas.SchemaDirectory(), "sample-college-transcript.xml"));
        sample.XPathSelectElement("/*/TransmissionData/DocumentTypeCode")!.Value = "Transcript";

        var problem = Assert.Single(PescSchemas.Validate(sample));

        Assert.Contains("/CollegeTranscript/TransmissionData/DocumentTypeCode", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_transcript_messages_are_compiled_once()
    {
        var schemas = PescSchemas.Load();

        Assert.Same(schemas, PescSchemas.Load());
        Assert.True(schemas.IsCompiled);
        Assert.Contains(new XmlQualifiedName("CollegeTranscript", PescNamespaces.CollegeTranscript.NamespaceName), schemas.GlobalElements.Names.Cast<XmlQualifiedName>());
        Assert.Contains(new XmlQualifiedName("HighSchoolTranscript", PescNamespaces.HighSchoolTranscript.NamespaceName), schemas.GlobalElements.Names.Cast<XmlQualifiedName>());
    }
}
