using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// Checks a <c>POST /v1/subscriptions</c> body. Errors carry JSON Pointers: <c>/url</c>, <c>/milestones</c>,
/// <c>/milestones/{index}</c>, <c>/secret</c>. An empty list means the subscription is acceptable.
/// </summary>
public static class SubscriptionRules
{
    /// <summary>
    /// <paramref name="allowLoopback"/> (<c>C2C:Webhooks:AllowLoopback</c>) lets the URL point at a loopback host,
    /// over http or https; private, link-local and other non-public addresses stay refused.
    /// A secret of <c>null</c> means "generate one"; any other value must parse with <see cref="WebhookSecret"/>.
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(
        string? url,
        IReadOnlyList<string>? milestones,
        string? secret,
        bool allowLoopback)
    {
        var errors = new List<FieldError>();
        if (WebhookUrlRules.Check(url, allowLoopback) is { } urlProblem)
        {
            errors.Add(new FieldError("/url", urlProblem));
        }

        errors.AddRange(MilestoneErrors(milestones));
        if (secret is not null && !WebhookSecret.TryParse(secret, out _))
        {
            errors.Add(new FieldError("/secret", WebhookSecret.FormatError));
        }

        return errors;
    }

    private static IEnumerable<FieldError> MilestoneErrors(IReadOnlyList<string>? milestones)
    {
        if (milestones is null || milestones.Count == 0)
        {
            yield return new FieldError("/milestones", $"List at least one milestone or risk flag id, or \"{SubscribableIds.Everything}\" for all.");
            yield break;
        }

        if (milestones.Count > 1 && milestones.Contains(SubscribableIds.Everything, StringComparer.Ordinal))
        {
            yield return new FieldError("/milestones", $"\"{SubscribableIds.Everything}\" already covers every id and must be the only entry.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < milestones.Count; index++)
        {
            var id = milestones[index];
            if (id is null || (id != SubscribableIds.Everything && !SubscribableIds.All.Contains(id, StringComparer.Ordinal)))
            {
                yield return new FieldError(
                    $"/milestones/{index}",
                    $"Unknown id \"{id}\"; expected \"{SubscribableIds.Everything}\" or one of: {string.Join(", ", SubscribableIds.All)}.");
            }
            else if (!seen.Add(id))
            {
                yield return new FieldError($"/milestones/{index}", $"\"{id}\" is listed more than once.");
            }
        }
    }
}
