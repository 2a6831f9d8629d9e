namespace CradleToCareer.Domain.Profile;

public sealed record ReachedMilestone(string Id, DateOnly ReachedOn);
