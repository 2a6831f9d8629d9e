using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>Source A: K-12 school districts. Source B: colleges. They share no identifier.</summary>
public enum SourceSide
{
    A,
    B,
}

/// <summary>
/// How one source knows one true person: its own <c>local:</c> id, the (possibly corrupted) student block, the
/// feed and institution it arrives from, and the fall it starts there (<paramref name="EntryYear"/>).
/// </summary>
public sealed record SourceRecord(
    SourceSide Side, int Index, int PersonIndex, string Source, Institution Institution, int EntryYear, StudentBlock Student, CorruptionKinds Kinds);
