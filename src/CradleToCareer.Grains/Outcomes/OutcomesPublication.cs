using System.Security.Cryptography;
using System.Text;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Grains.Outcomes;

/// <summary>
/// The served form of a grain's outcome figures. The figures are computed again only after a change, and the document
/// (with a new <c>asOf</c> and entity tag) only when the figures differ: a change that moves no published number leaves
/// the entity tag alone, so caches keep what they hold.
/// </summary>
internal sealed class OutcomesPublication(string? institutionId, TimeProvider clock)
{
    private OutcomesDocument? _document;
    private string? _figures;
    private bool _stale = true;

    public void MarkStale() => _stale = true;

    public OutcomesDocument Current(IEnumerable<CohortMember> members)
    {
        if (_stale || _document is null)
        {
            var cohorts = OutcomeFigures.Of(members);
            var figures = OutcomesJson.Write(new InstitutionOutcomes(institutionId, DateTimeOffset.UnixEpoch, cohorts));
            if (_document is null || figures != _figures)
            {
                var asOf = clock.GetUtcNow();
                var json = Encoding.UTF8.GetBytes(OutcomesJson.Write(new InstitutionOutcomes(institutionId, asOf, cohorts)));
                _document = new OutcomesDocument(json, EntityTagOf(json), asOf);
                _figures = figures;
            }

            _stale = false;
        }

        return _document;
    }

    private static string EntityTagOf(byte[] json) => $"\"{Convert.ToBase64String(SHA256.HashData(json).AsSpan(0, 12)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
}
