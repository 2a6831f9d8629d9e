namespace CradleToCareer.Testing;

/// <summary>The repository the tests were built from: the folder holding <c>CradleToCareer.Orleans.sln</c>.</summary>
public static class RepositoryFolder
{
    private const string SolutionFile = "CradleToCareer.Orleans.sln";

    /// <summary>The repository's folder, or null when the tests run outside it.</summary>
    public static DirectoryInfo? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory;
            }
        }

        return null;
    }

    /// <summary>The full path of <paramref name="relativePath"/> in the repository; fails when the tests run outside it.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine(
            (Find() ?? throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}")).FullName,
            relativePath);
}
