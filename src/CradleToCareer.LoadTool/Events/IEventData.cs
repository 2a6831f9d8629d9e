using System.Text.Json;

namespace CradleToCareer.LoadTool.Events;

/// <summary>The part of <c>data</c> that depends on the event type (everything but <c>student</c>).</summary>
public interface IEventData
{
    string Type { get; }

    /// <summary>Writes the type-specific properties into the already opened <c>data</c> object.</summary>
    void WriteProperties(Utf8JsonWriter writer);
}
