using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Http;

/// <summary>
/// How the tool authenticates: a ready bearer token, a client's credentials, or admin credentials with which
/// it registers a load-test organization owning the generated sources and creates its own client.
/// With none of these, requests go without an Authorization header.
/// </summary>
public sealed record AuthOptions(string? Token, string? ClientId, string? ClientSecret, string? AdminClientId, string? AdminClientSecret, string OrgId)
{
    public static readonly string[] OptionNames = ["token", "client-id", "client-secret", "admin-client-id", "admin-client-secret", "org"];

    public static AuthOptions From(CommandLine cli) => new(
        cli.Text("token", "C2C_LOADTOOL_TOKEN"),
        cli.Text("client-id", "C2C_LOADTOOL_CLIENT_ID"),
        cli.Text("client-secret", "C2C_LOADTOOL_CLIENT_SECRET"),
        cli.Text("admin-client-id", "C2C_LOADTOOL_ADMIN_CLIENT_ID"),
        cli.Text("admin-client-secret", "C2C_LOADTOOL_ADMIN_CLIENT_SECRET"),
        cli.Text("org") ?? "loadtest");

    /// <summary>
    /// Admin credentials only, for a command that registers its own organizations (<paramref name="registers"/>
    /// says which); refused with a clear error when they are missing.
    /// </summary>
    public static AuthOptions AdminFrom(CommandLine cli, string command, string registers)
    {
        var auth = new AuthOptions(
            null,
            null,
            null,
            cli.Text("admin-client-id", "C2C_LOADTOOL_ADMIN_CLIENT_ID"),
            cli.Text("admin-client-secret", "C2C_LOADTOOL_ADMIN_CLIENT_SECRET"),
            cli.Text("org") ?? "loadtest");
        return auth.AdminClientId is null || auth.AdminClientSecret is null
            ? throw new ToolException(
                $"{command} needs admin credentials (--admin-client-id and --admin-client-secret): it registers its own {registers}")
            : auth;
    }

    public string Describe() =>
        Token is not null ? "bearer token"
        : ClientId is not null ? $"client {ClientId}"
        : AdminClientId is not null ? $"own client in organization {OrgId}"
        : "none";
}
