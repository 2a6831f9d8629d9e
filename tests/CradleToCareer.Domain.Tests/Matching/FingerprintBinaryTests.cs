using System.Text.Json;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Matching;
using static CradleToCareer.Domain.Tests.Matching.MatchingTestData;

namespace CradleToCareer.Domain.Tests.Matching;

public sealed class FingerprintBinaryTests
{
    public static TheoryData<StudentBlock> Students() =>
    [
        WithSsn(Daniela, "123456789"),
        Daniela,
        Daniela with { FirstName = "Alex", LastName = null, BirthDate = null },
        new StudentBlock([], LastName: "Okafor"),
        new StudentBlock([]),
    ];

    [Theory]
    [MemberData(nameof(Students))]
    public void A_fingerprint_reads_back_field_for_field(StudentBlock student)
    {
        var fingerprint = Fingerprint(student);

        var read = FingerprintBinary.Read(FingerprintBinary.Write(fingerprint));

        Assert.Equal(JsonSerializer.Serialize(fingerprint), JsonSerializer.Serialize(read));
        Assert.Equal(RecordComparator.Compare(fingerprint, Fingerprint(Daniela)), RecordComparator.Compare(read, Fingerprint(Daniela)));
    }

    [Fact]
    public void The_bytes_are_less_than_half_the_json()
    {
        var fingerprint = Fingerprint(WithSsn(Daniela, "123456789"));

        Assert.InRange(FingerprintBinary.Write(fingerprint).Length, 1, JsonSerializer.Serialize(fingerprint).Length / 2);
    }

    [Fact]
    public void Bytes_cut_short_or_run_on_or_of_another_version_are_refused()
    {
        var bytes = FingerprintBinary.Write(Fingerprint(WithSsn(Daniela, "123456789")));

        Assert.Throws<FormatException>(() => FingerprintBinary.Read(bytes.AsSpan(0, bytes.Length - 1)));
        Assert.Throws<FormatException>(() => FingerprintBinary.Read([.. bytes, 0]));
        Assert.Throws<FormatException>(() => FingerprintBinary.Read([2, .. bytes[1..]]));
        Assert.Throws<FormatException>(() => FingerprintBinary.Read([]));
    }

    [Fact]
    public void An_absurd_array_length_is_refused_before_anything_is_allocated()
    {
        byte[] bytes = [1, 0, 0xFF, 0xFF, 0xFF, 0x7F];

        Assert.Throws<FormatException>(() => FingerprintBinary.Read(bytes));
    }
}
