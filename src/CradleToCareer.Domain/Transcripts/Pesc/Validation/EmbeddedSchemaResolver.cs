using System.Reflection;
using System.Xml;

namespace CradleToCareer.Domain.Transcripts.Pesc.Validation;

/// <summary>
/// Resolves the PESC schemas, and the relative <c>schemaLocation</c> of every import between them, to the copies
/// embedded in this assembly. Each schema has the address <c>pesc-schema:///{file name}</c>; any other address is
/// refused, so compiling the schemas never touches the file system or the network.
/// </summary>
internal sealed class EmbeddedSchemaResolver : XmlResolver
{
    public const string Scheme = "pesc-schema";
    private const string ResourcePrefix = "PescSchemas/";

    private static readonly Assembly Holder = typeof(EmbeddedSchemaResolver).Assembly;

    /// <summary>The address of the embedded schema <paramref name="fileName"/>.</summary>
    public static Uri AddressOf(string fileName) => new($"{Scheme}:///{fileName}");

    public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        if (ofObjectToReturn is not null && ofObjectToReturn != typeof(Stream))
        {
            throw new XmlException($"Only streams are resolved, not {ofObjectToReturn.Name}.");
        }

        if (absoluteUri.Scheme != Scheme)
        {
            throw new XmlException($"'{absoluteUri}' is not an embedded PESC schema; nothing outside them is resolved.");
        }

        var fileName = absoluteUri.AbsolutePath.TrimStart('/');
        return Holder.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new XmlException($"No PESC schema '{fileName}' is embedded.");
    }
}
