namespace CradleToCareer.Testing;

/// <summary>
/// The optional <c>shared</c> folder beside the repository (<c>../shared</c> from the folder holding
/// <c>CradleToCareer.Orleans.sln</c>): the integration contract's own files. The repository needs nothing from it;
/// a few tests also check the service against files there when they are present.
/// </summary>
public static class SharedFolder
{
    /// <summary>The full path of <paramref name="relativePath"/> under the shared folder, or null when there is no such file.</summary>
    public static string? FileAt(string relativePath)
    {
        var repository = RepositoryFolder.Find();
        if (repository?.Parent is null)
        {
            return null;
        }

        var path = Path.Combine(repository.Parent.FullName, "shared", relativePath);
        return File.Exists(path) ? path : null;
    }
}
