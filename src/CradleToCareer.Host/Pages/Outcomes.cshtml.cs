using System.Text.Json;
using CradleToCareer.Abstractions;
using CradleToCareer.Grains;
using CradleToCareer.Host.Api;
using CradleToCareer.Host.Outcomes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages;

/// <summary>
/// The outcomes page of people.md, for anyone: an institution's cohorts, or one cohort statewide, as charts and an
/// accessible table. It reads the very documents the public routes serve, from the same grains, so the page can never
/// show a figure the API would suppress.
/// </summary>
public sealed class OutcomesModel(IClusterClient cluster, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The institution asked for (<c>?institution=cds:…</c> or <c>ipeds:…</c>).</summary>
    public string? Institution { get; private set; }

    /// <summary>The statewide cohort asked for (<c>?cohort=graduates:2024-2025</c>).</summary>
    public string? Cohort { get; private set; }

    /// <summary>The figures, once found.</summary>
    public OutcomesShape? Figures { get; private set; }

    /// <summary>Why there are no figures to show, in words for the reader; null when there are, or nothing was asked.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? institution, string? cohort)
    {
        Institution = string.IsNullOrWhiteSpace(institution) ? null : institution.Trim();
        Cohort = string.IsNullOrWhiteSpace(cohort) ? null : cohort.Trim();
        if (Institution is not null)
        {
            await ShowInstitutionAsync(Institution);
        }
        else if (Cohort is not null)
        {
            await ShowStatewideAsync(Cohort);
        }
    }

    private async Task ShowInstitutionAsync(string institutionId)
    {
        if (InstitutionAccess.MalformedId(institutionId) is not null)
        {
            Refuse(StatusCodes.Status400BadRequest, "An institution id is cds: followed by 14 digits, or ipeds: followed by 6 digits.");
        }
        else if (await cluster.Keyed<IInstitutionGrain>(institutionId).GetOutcomesAsync() is { } document)
        {
            Figures = Read(document);
        }
        else
        {
            Refuse(StatusCodes.Status404NotFound, "No records name this institution.");
        }
    }

    private async Task ShowStatewideAsync(string cohort)
    {
        if (!PlausibleCohort.Is(cohort, clock))
        {
            Refuse(StatusCodes.Status400BadRequest, "A cohort " + PlausibleCohort.Rule + ".");
        }
        else if (await cluster.Keyed<IStatewideCohortGrain>(cohort).GetOutcomesAsync() is { } document)
        {
            Figures = Read(document);
        }
        else
        {
            Refuse(StatusCodes.Status503ServiceUnavailable, "These statewide figures are being gathered. Try again in a few seconds.");
        }
    }

    private void Refuse(int status, string problem)
    {
        Response.StatusCode = status;
        Problem = problem;
    }

    private static OutcomesShape Read(OutcomesDocument document) =>
        JsonSerializer.Deserialize<OutcomesShape>(document.Utf8Json, Json)
        ?? throw new InvalidOperationException("An outcomes document read as null.");
}
