using CradleToCareer.Domain.Profile;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>
/// The full profile's schema gets the <c>asOf</c> the HTTP layer puts into every answer (the domain type has only
/// the calendar day, <c>asOfDate</c>), so the document shows what clients read.
/// </summary>
internal sealed class ProfileAsOfSchema : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(StudentProfile) || schema is not OpenApiSchema profile)
        {
            return;
        }

        profile.Properties ??= new Dictionary<string, IOpenApiSchema>();
        profile.Properties["asOf"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "date-time",
            Description = "The instant of the answer (UTC): every event accepted before it is reflected.",
        };
    }
}
