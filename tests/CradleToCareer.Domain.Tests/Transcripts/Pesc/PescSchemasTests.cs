using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.XPath;
using CradleToCareer.Domain.Transcripts.Pesc;
using CradleToCareer.Domain.Transcripts.Pesc.Validation;
using CradleToCareer.Testing;

namespace CradleToCareer.Domain.Tests.Transcripts.Pesc;

public sealed class PescSchemasTests
{
    private const string ContractSample = "spec/pesc/sample-college-transcript.xml";

    [Fact]
    public void The_embedded_schemas_compile_once_with_every_message()
    {
        var schemas = PescSchemaSet.Schemas;

        Assert.Same(schemas, PescSchemaSet.Schemas);
        Assert.True(schemas.IsCompiled);
        var roots = schemas.GlobalElements.Names.Cast<XmlQualifiedName>().ToList();
        Assert.Contains(new XmlQualifiedName("CollegeTranscript", PescNamespaces.CollegeTranscript.NamespaceName), roots);
        Assert.Contains(new XmlQualifiedName("HighSchoolTranscript", PescNamespaces.HighSchoolTranscript.NamespaceName), roots);
        Assert.Contains(new XmlQualifiedName("TranscriptRequest", PescNamespaces.TranscriptRequest.NamespaceName), roots);
        Assert.Contains(new XmlQualifiedName("TranscriptResponse", PescNamespaces.TranscriptResponse.NamespaceName), roots);
        Assert.Contains(new XmlQualifiedName("Acknowledgment", PescNamespaces.TranscriptAcknowledgment.NamespaceName), roots);
    }

    [Fact]
    public void A_value_outside_its_enumeration_is_reported_with_its_element()
    {
        var document = PescFixtures.Valid(PescFixtures.FullHistory(), "postsecondary");
        document.XPathSelectElement("/*/TransmissionData/DocumentTypeCode")!.Value = "Transcript";

        var problem = Assert.Single(PescSchemaSet.Validate(document));

        Assert.Equal(XmlSeverityType.Error, problem.Severity);
        Assert.Equal("/CollegeTranscript/TransmissionData/DocumentTypeCode", problem.Path);
    }

    [Fact]
    public void Every_problem_is_reported_and_repeated_elements_carry_their_position()
    {
        var document = PescFixtures.Valid(PescFixtures.FullHistory(), "postsecondary");
        var secondCourse = document.XPathSelectElements("/*/Student/AcademicRecord/AcademicSession[1]/Course").ElementAt(1);
        secondCourse.AddFirst(new XElement("NotAPescElement", "x"));
        document.XPathSelectElement("/*/TransmissionData/DocumentTypeCode")!.Value = "Transcript";

        var paths = PescSchemaSet.Validate(document).Select(p => p.Path).ToList();

        Assert.Contains("/CollegeTranscript/TransmissionData/DocumentTypeCode", paths);
        Assert.Contains(paths, p => p.StartsWith("/CollegeTranscript/Student/AcademicRecord/AcademicSession[1]/Course[2]", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_but_the_embedded_schemas_is_resolved()
    {
        var resolver = new EmbeddedSchemaResolver();

        Assert.Throws<XmlException>(() => resolver.GetEntity(new Uri("https://www.pesc.org/CoreMain_v1.14.0.xsd"), null, typeof(Stream)));
        Assert.Throws<XmlException>(() => resolver.GetEntity(new Uri("file:///etc/passwd"), null, typeof(Stream)));
        Assert.Throws<XmlException>(() => resolver.GetEntity(EmbeddedSchemaResolver.AddressOf("Unknown_v1.0.0.xsd"), null, typeof(Stream)));
        using var stream = (Stream)resolver.GetEntity(EmbeddedSchemaResolver.AddressOf("CoreMain_v1.14.0.xsd"), null, typeof(Stream));
        Assert.True(stream.Length > 0);
    }

    [SharedFileFact(ContractSample)]
    public void The_contract_sample_college_transcript_validates()
    {
        var sample = XDocument.Load(SharedFolder.FileAt(ContractSample)!);

        Assert.Equal(PescNamespaces.CollegeTranscript + "CollegeTranscript", sample.Root!.Name);
        Assert.Empty(PescSchemaSet.Validate(sample));
    }
}
