using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc.Validation;

/// <summary>
/// The path of a node by local names from the root, such as <c>/CollegeTranscript/Student/AcademicRecord[2]/Course[3]</c>:
/// a position (from 1) only where siblings share the name.
/// </summary>
internal static class XmlNodePaths
{
    public static string Of(object? node) =>
        node switch
        {
            XElement element => string.Concat(element.AncestorsAndSelf().Reverse().Select(Step)),
            XAttribute attribute => $"{Of(attribute.Parent)}/@{attribute.Name.LocalName}",
            _ => "/",
        };

    private static string Step(XElement element)
    {
        var sameName = element.Parent?.Elements(element.Name).ToList();
        return sameName is null || sameName.Count == 1
            ? $"/{element.Name.LocalName}"
            : $"/{element.Name.LocalName}[{sameName.IndexOf(element) + 1}]";
    }
}
