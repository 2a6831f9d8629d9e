namespace CradleToCareer.Testing.Fuzzing;

/// <summary>
/// One change to a real-looking document. It picks its node among those it applies to (any node, strings, objects)
/// by <see cref="Target"/> modulo how many there are, so every generated number names a node; where there is none
/// to apply to, the document stays as it was.
/// </summary>
public abstract record JsonMutation(int Target)
{
    public abstract FuzzJson ApplyTo(FuzzJson root);

    /// <summary>Short, for a failure report: the document itself shows what the change did.</summary>
    public sealed override string ToString() => $"{GetType().Name} #{Target}";

    private protected int Pick(FuzzJson root, Func<FuzzJson, bool> applies)
    {
        var candidates = root.NumbersOf(applies);
        return candidates.Count == 0 ? -1 : candidates[Target % candidates.Count];
    }

    /// <summary>A value in place of any node: a type swap, a huge or hostile string, a number out of range, deep nesting.</summary>
    public sealed record Replace(int Target, FuzzJson Value) : JsonMutation(Target)
    {
        public override FuzzJson ApplyTo(FuzzJson root) => root.Rewrite(Pick(root, _ => true), _ => Value);
    }

    /// <summary>A node gone from its object or list (a missing field); the root is never removed.</summary>
    public sealed record Remove(int Target) : JsonMutation(Target)
    {
        public override FuzzJson ApplyTo(FuzzJson root) => root.Rewrite(1 + Target % Math.Max(1, root.Count - 1), _ => null);
    }

    /// <summary>
    /// A string edited: <see cref="Cut"/> characters at <see cref="Position"/> replaced by <see cref="Insert"/>, the
    /// whole case-flipped when asked. A near-miss enum value, a control character inside a name, a cut-off date.
    /// </summary>
    public sealed record Edit(int Target, int Position, int Cut, string Insert, bool FlipCase) : JsonMutation(Target)
    {
        public override FuzzJson ApplyTo(FuzzJson root) =>
            root.Rewrite(Pick(root, node => node is FuzzJson.Text), node => new FuzzJson.Text(Edited(((FuzzJson.Text)node).Value)));

        private string Edited(string value)
        {
            var at = Boundary(value, Position % (value.Length + 1));
            var edited = value[..at] + Insert + value[Boundary(value, Math.Min(value.Length, at + Cut))..];
            return FlipCase ? new string([.. edited.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]) : edited;
        }

        /// <summary>The index, moved off the middle of a surrogate pair: a lone surrogate is not text a writer takes.</summary>
        private static int Boundary(string value, int index) =>
            index > 0 && index < value.Length && char.IsLowSurrogate(value[index]) ? index - 1 : index;
    }

    /// <summary>A member added to an object: an extra field, under any name.</summary>
    public sealed record Add(int Target, string Name, FuzzJson Value) : JsonMutation(Target)
    {
        public override FuzzJson ApplyTo(FuzzJson root) =>
            root.Rewrite(Pick(root, node => node is FuzzJson.Members), node =>
                new FuzzJson.Members([.. ((FuzzJson.Members)node).Items, KeyValuePair.Create(Name, Value)]));
    }

    /// <summary>
    /// A member of an object written twice under its name, before or after itself, with another value or its own:
    /// which of the two counts is the reader's choice.
    /// </summary>
    public sealed record Duplicate(int Target, int Member, FuzzJson? Value, bool Before) : JsonMutation(Target)
    {
        public override FuzzJson ApplyTo(FuzzJson root) =>
            root.Rewrite(Pick(root, node => node is FuzzJson.Members { Items.Count: > 0 }), node =>
            {
                var items = ((FuzzJson.Members)node).Items.ToList();
                var at = Member % items.Count;
                var copy = KeyValuePair.Create(items[at].Key, Value ?? items[at].Value);
                items.Insert(Before ? at : at + 1, copy);
                return new FuzzJson.Members(items);
            });
    }
}
