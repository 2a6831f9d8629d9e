using Xunit;

namespace CradleToCareer.Testing;

/// <summary>
/// A fact that needs a file of the shared folder beside the repository (<see cref="SharedFolder"/>): skipped, with
/// the file named in the reason, when the repository was cloned on its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFileFactAttribute : FactAttribute
{
    public SharedFileFactAttribute(string relativePath)
    {
        if (SharedFolder.FileAt(relativePath) is null)
        {
            Skip = $"needs ../shared/{relativePath} beside the repository, which is not there (the repository alone has everything else)";
        }
    }
}
