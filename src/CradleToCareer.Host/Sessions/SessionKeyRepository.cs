using System.Xml.Linq;
using CradleToCareer.Application.Accounts;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CradleToCareer.Host.Sessions;

/// <summary>Data protection's key ring, kept in the shared <see cref="ISessionKeyStore"/>.</summary>
internal sealed class SessionKeyRepository(ISessionKeyStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. store.LoadAll().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        store.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
