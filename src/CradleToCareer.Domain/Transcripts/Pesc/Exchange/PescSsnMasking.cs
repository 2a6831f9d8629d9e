using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// Keeps SSNs out of error messages. The schema validator quotes the value of an element it refuses, so an error
/// about an SSN or PartialSSN element gets a message of its own that does not; and anything shaped like an SSN
/// (9 digits, or 3-2-4 with dashes, not part of a longer number) in any message is masked.
/// </summary>
internal static partial class PescSsnMasking
{
    private const string Mask = "*********";

    /// <summary>The message to report for a problem with <paramref name="node"/>.</summary>
    public static string Message(XObject? node, string message) =>
        node is XElement { Name.LocalName: "SSN" or "PartialSSN" } element
            ? $"The '{element.Name.LocalName}' element is invalid: PESC allows exactly {(element.Name.LocalName == "SSN" ? 9 : 4)} digits there. Its value is not repeated."
            : Masked(message);

    /// <summary>The message with every SSN-shaped number replaced by asterisks.</summary>
    public static string Masked(string message) => SsnShape().Replace(message, Mask);

    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SsnShape();
}
