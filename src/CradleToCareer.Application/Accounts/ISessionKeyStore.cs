namespace CradleToCareer.Application.Accounts;

/// <summary>
/// Where the keys that protect the pages' session cookies live when several silos serve the pages: each key is an XML
/// element of ASP.NET Core data protection's key ring, stored under its name and never changed. The synchronous shape
/// is data protection's own.
/// </summary>
public interface ISessionKeyStore
{
    IReadOnlyList<string> LoadAll();

    void Store(string name, string xml);
}
