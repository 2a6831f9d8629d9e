namespace CradleToCareer.Host.Hosting;

/// <summary>What <c>--help</c> prints: the commands and the main configuration keys with their defaults.</summary>
internal static class Usage
{
    public const string Text = """
        Cradle-to-Career record service: an Orleans silo and the REST API in one process.

        Usage:
          CradleToCareer.Host [run] [--Key=value ...]     serve (the default); Swagger UI at /swagger
          CradleToCareer.Host migrate [--Key=value ...]   apply the database migrations to ConnectionStrings:Postgres, exit
          CradleToCareer.Host health [--url URL]          ask a running host whether it is live (default URL
                                                          http://127.0.0.1:5080/health/live, 3 s timeout), exit
          CradleToCareer.Host --help | -h                 print this text, exit

        Exit codes: 0 done (health: live), 1 health: not live or no answer, 2 unknown command, migrate without a
        database, or health with a bad URL.

        Configuration: --Key=value arguments, environment variables (':' becomes '__', e.g.
        ConnectionStrings__Postgres) or appsettings.json. The main keys (default):
          ConnectionStrings:Postgres                unset: embedded default, in memory, nothing durable
          C2C:Identity:TokenKey                     generated per run when embedded; required on PostgreSQL
          C2C:Security:KeyEncryptionKey             generated per run when embedded; required on PostgreSQL
          C2C:Admin:ClientId, C2C:Admin:ClientSecret  admin; the secret generated and printed when embedded, required on PostgreSQL
          C2C:Database:MigrateOnStart               true
          C2C:Database:MaxPoolSize                  30 connections per host for the event log and stores
          C2C:Database:OrleansMaxPoolSize           10 connections per host for Orleans clustering, storage, reminders
          C2C:Cluster:SiloPort, C2C:Cluster:GatewayPort  11111, 30000
          C2C:Cluster:AdvertisedAddress             the machine's address
          C2C:Cluster:Kubernetes                    false; true in a Kubernetes pod (needs PostgreSQL, POD_NAME, POD_IP)
          C2C:PublicBaseUrl                         http://127.0.0.1:5080
          C2C:Telemetry:OtlpEndpoint                unset: nothing exported (OTEL_EXPORTER_OTLP_ENDPOINT works too)
          ASPNETCORE_URLS                           http://127.0.0.1:5080

        Every key and what it does: README.md, "Configuration".

        """;
}
