using System.Xml.Linq;
using CradleToCareer.Domain.Tests.Transcripts.Pesc;
using CradleToCareer.Domain.Transcripts.Pesc;
using CradleToCareer.Domain.Transcripts.Pesc.Exchange;

namespace CradleToCareer.Domain.Tests.Transcripts.Exchange;

public sealed class PescStudentIdsRoundTripTests
{
    [Fact]
    public void The_person_of_our_own_transcript_reads_back_as_its_ids_without_our_person_id()
    {
        var transcript = PescFixtures.Valid(PescFixtures.FullHistory(), "postsecondary");
        var person = new XElement(transcript.Root!.Element("Student")!.Element("Person")!);
        person.Element("HighSchool")?.Remove();
        var request = RequestAbout(person);

        var document = PescDocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(request.ToString()), PescTranscriptRequests.Root);
        var (read, errors) = PescTranscriptRequests.Read(document.Document!, PescExchangeCorpus.Tokenizer);

        Assert.Empty(document.Errors);
        Assert.Empty(errors);
        Assert.Equal(["ssid=1234567890"], read!.Student.Ids.Select(id => $"{id.System}={id.Value}"));
        Assert.Equal(("Ana", "R", "Lopez"), (read.Student.FirstName, read.Student.MiddleName, read.Student.LastName));
        Assert.Equal(new DateOnly(2007, 3, 14), read.Student.BirthDate);
    }

    private static XDocument RequestAbout(XElement person)
    {
        var ns = PescNamespaces.TranscriptRequest;
        var organization = new XElement("Organization", new XElement("IPEDS", "110635"));
        return new XDocument(new XElement(ns + "TranscriptRequest",
            new XAttribute(XNamespace.Xmlns + "TrnReq", ns),
            new XElement(ns + "TransmissionData",
                new XElement("DocumentID", "R-1"),
                new XElement("CreatedDateTime", "2026-07-01T09:30:00Z"),
                new XElement("DocumentTypeCode", "Request"),
                new XElement("TransmissionType", "Original"),
                new XElement("Source", organization),
                new XElement("Destination", organization)),
            new XElement(ns + "Request",
                new XElement("CreatedDateTime", "2026-07-01T09:30:00Z"),
                new XElement("RequestedStudent",
                    person,
                    new XElement("Attendance", new XElement("School", new XElement("OrganizationName", "Lincoln High"), new XElement("MutuallyDefined", "x"))),
                    new XElement("ReleaseAuthorizedIndicator", "true")))));
    }
}
