using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Identity;

/// <summary>
/// The identity-index tokens of one batch's identifiers, each computed once. A batch often carries many events of one
/// student (a term of course records, a year of attendance), and every token is an HMAC; the events also share the
/// token strings instead of holding a copy each.
/// </summary>
/// <remarks>
/// One instance serves one batch on one thread and is dropped with it, so the identifier values it keeps (never an
/// SSN, which is tokenized at parse) live no longer than the batch's own parsed events.
/// </remarks>
public sealed class BatchIdentifierTokens(KeyedTokenizer tokenizer)
{
    private readonly Dictionary<(string System, string Value), string> tokens = [];

    /// <summary>The base64 identity-index token of one identifier.</summary>
    public string For(StudentIdentifier id)
    {
        if (!tokens.TryGetValue((id.System, id.Value), out var token))
        {
            token = Convert.ToBase64String(tokenizer.IdentifierToken(id.System, id.Value));
            tokens.Add((id.System, id.Value), token);
        }

        return token;
    }
}
