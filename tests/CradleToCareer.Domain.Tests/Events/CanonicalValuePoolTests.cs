using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Events;
using static CradleToCareer.Domain.Tests.Events.SampleEvents;

namespace CradleToCareer.Domain.Tests.Events;

/// <summary>Events read through one pool share the values they repeat, and read back the same as without it.</summary>
public sealed class CanonicalValuePoolTests
{
    [Fact]
    public void Two_events_of_one_student_share_the_student_block_institution_and_texts()
    {
        var pool = new CanonicalValuePool();
        var course = Stored(EventTypes.K12CourseCompleted);
        var enrollment = Stored(EventTypes.K12EnrollmentStarted);

        var first = CanonicalEventJson.Read(course, pool);
        var second = CanonicalEventJson.Read(enrollment, pool);
        var unpooled = CanonicalEventJson.Read(enrollment);

        Assert.Same(first.Student, second.Student);
        Assert.Same(((K12CourseCompleted)first.Body).Institution, ((K12EnrollmentStarted)second.Body).Institution);
        Assert.Same(first.Key.Source, second.Key.Source);
        Assert.Same(((K12CourseCompleted)first.Body).SchoolYear, ((K12EnrollmentStarted)second.Body).SchoolYear);
        Assert.NotSame(second.Student, unpooled.Student);
        Assert.Equal(course, CanonicalEventJson.Write(first));
        Assert.Equal(enrollment, CanonicalEventJson.Write(second));
    }

    [Theory]
    [MemberData(nameof(AllTypes), MemberType = typeof(SampleEvents))]
    public void Every_type_read_through_a_pool_writes_back_the_same_text(string type)
    {
        var pool = new CanonicalValuePool();
        var stored = Stored(type);

        var first = CanonicalEventJson.Read(stored, pool);
        var again = CanonicalEventJson.Read(stored, pool);

        Assert.Equal(stored, CanonicalEventJson.Write(first));
        Assert.Equal(stored, CanonicalEventJson.Write(again));
        Assert.Same(first.Student, again.Student);
    }

    [Fact]
    public void A_student_block_with_another_identifier_or_name_is_kept_apart()
    {
        var pool = new CanonicalValuePool();
        var kept = CanonicalEventJson.Read(Stored(EventTypes.K12CourseCompleted), pool);
        var otherId = Valid(EventTypes.K12EnrollmentStarted).With("/data/student/ids", "[{\"system\":\"ssid\",\"value\":\"5550001113\"}]");
        var otherName = Valid(EventTypes.K12EnrollmentStarted).With("/data/student/firstName", "\"Anna\"");

        var byId = CanonicalEventJson.Read(CanonicalEventJson.Write(ParseValid(otherId)), pool);
        var byName = CanonicalEventJson.Read(CanonicalEventJson.Write(ParseValid(otherName)), pool);

        Assert.NotSame(kept.Student, byId.Student);
        Assert.Equal("5550001113", byId.Student.Ids.Single().Value);
        Assert.NotSame(kept.Student, byName.Student);
        Assert.Equal("Anna", byName.Student.FirstName);
        Assert.Same(kept.Student.LastName, byName.Student.LastName);
    }

    [Fact]
    public void A_block_read_in_the_logs_spacing_and_in_the_writers_is_one_block_whichever_comes_first()
    {
        var written = Stored(EventTypes.K12CourseCompleted);
        var spacedAsTheLogMayGiveIt = JsonNode.Parse(written)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var logFirst = new CanonicalValuePool();
        var streamFirst = new CanonicalValuePool();

        var fromLog = CanonicalEventJson.Read(spacedAsTheLogMayGiveIt, logFirst);
        var thenFromStream = CanonicalEventJson.Read(Encoding.UTF8.GetBytes(written), logFirst);
        var fromStream = CanonicalEventJson.Read(Encoding.UTF8.GetBytes(written), streamFirst);
        var thenFromLog = CanonicalEventJson.Read(spacedAsTheLogMayGiveIt, streamFirst);
        var streamAgain = CanonicalEventJson.Read(Encoding.UTF8.GetBytes(written), streamFirst);

        Assert.NotEqual(written, spacedAsTheLogMayGiveIt);
        Assert.Same(fromLog.Student, thenFromStream.Student);
        Assert.Same(fromStream.Student, thenFromLog.Student);
        Assert.Same(fromStream.Student, streamAgain.Student);
        Assert.Equal(written, CanonicalEventJson.Write(thenFromStream));
        Assert.Equal(written, CanonicalEventJson.Write(streamAgain));
    }

    private static string Stored(string type) => CanonicalEventJson.Write(ParseValid(Valid(type)));
}
