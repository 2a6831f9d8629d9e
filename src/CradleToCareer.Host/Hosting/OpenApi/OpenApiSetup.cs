using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>The OpenAPI document served at <c>/swagger/v1/swagger.json</c>.</summary>
internal static class OpenApiSetup
{
    public static void Configure(SwaggerGenOptions options)
    {
        options.SwaggerDoc("v1", new OpenApiInfo
        {
            Title = "Cradle-to-Career record service",
            Version = "v1",
            Description =
                "Links a student's education, financial aid, workforce and social-service records into one " +
                "continuously updated longitudinal profile. Sources send CloudEvents (events.md); every error is " +
                "application/problem+json.",
        });
        options.AddSecurityDefinition(BearerSecurity.SchemeName, BearerSecurity.Scheme);
        options.AddSecurityDefinition(BearerSecurity.ClientCredentialsSchemeName, BearerSecurity.ClientCredentialsScheme);
        options.OperationFilter<BearerSecurity>();
        options.OperationFilter<TokenExamples>();
        options.OperationFilter<AccessExamples>();
        options.OperationFilter<ConsentExamples>();
        options.OperationFilter<ProgressExamples>();
        options.OperationFilter<InstitutionExamples>();
        options.OperationFilter<IngestExamples>();
        options.OperationFilter<IdentityExamples>();
        options.OperationFilter<TranscriptExamples>();
        options.OperationFilter<AlertExamples>();
        options.OperationFilter<ExchangeExamples>();
        options.OperationFilter<OutcomesExamples>();
        options.OperationFilter<ResearchExamples>();
        options.OperationFilter<ImportExamples>();
        options.OperationFilter<AccountExamples>();
        options.SchemaFilter<ProfileAsOfSchema>();
        var documentation = Path.Combine(AppContext.BaseDirectory, "CradleToCareer.Host.xml");
        if (File.Exists(documentation))
        {
            options.IncludeXmlComments(documentation);
        }
    }
}
