using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Profile;

/// <summary>The profile is a function of the set of events: shuffling and duplicating never changes it.</summary>
public sealed class ArrivalOrderTests
{
    private const int Permutations = 200;
    private static readonly DateOnly AsOf = new(2028, 3, 1);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Shuffled_and_duplicated_histories_give_the_same_profile(int seed)
    {
        var history = HistoryFixture.Build(seed).Events;
        var expected = ProfileJson.Serialize(StudentProjection.Project("p_1", history, AsOf));
        var random = new Random(seed * 7919);

        for (var permutation = 0; permutation < Permutations; permutation++)
        {
            var arrived = ShuffleWithDuplicates(history, random);

            Assert.Equal(expected, ProfileJson.Serialize(StudentProjection.Project("p_1", arrived, AsOf)));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void The_fixture_history_exercises_the_rules(int seed)
    {
        var history = HistoryFixture.Build(seed).Events;
        var profile = StudentProjection.Project("p_1", history, AsOf);

        Assert.Contains(profile.Milestones, m => m.Id == MilestoneIds.Graduated);
        Assert.Contains(profile.Milestones, m => m.Id == MilestoneIds.Transferred && m.ReachedOn == new DateOnly(2027, 8, 1));
        Assert.Contains(profile.Milestones, m => m.Id == MilestoneIds.CredentialEarned);
        Assert.Contains(profile.Milestones, m => m.Id == MilestoneIds.ThirtyUnits);
        Assert.DoesNotContain(profile.K12.Courses, c => c.CourseCode == "CHEM4SP");
        Assert.Equal(10, profile.Workforce.Wages.Count);
        Assert.Equal(2, profile.Postsecondary.Enrollments.Count(e => e.InstitutionId == TestEvents.University));
        Assert.Equal(4, profile.K12.Attendance.Count);
        Assert.Equal("2028-SP", profile.CurrentEnrollment?.Term);
        Assert.Equal(history.Count(e => e.Body is not Retraction) - 3, profile.EventCount);
    }

    private static List<SourceEvent> ShuffleWithDuplicates(IReadOnlyList<SourceEvent> history, Random random)
    {
        var arrived = new List<SourceEvent>(history);
        var duplicates = random.Next(history.Count / 2);
        for (var i = 0; i < duplicates; i++)
        {
            arrived.Add(history[random.Next(history.Count)] with { });
        }

        var shuffled = arrived.ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled];
    }
}
