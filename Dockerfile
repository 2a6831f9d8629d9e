# Multi-stage build of the host (silo + REST API). Runs as the image's non-root "app" user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
RUN dotnet publish src/CradleToCareer.Host/CradleToCareer.Host.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
# 8080: REST API (ASPNETCORE_HTTP_PORTS), 11111: silo-to-silo, 30000: Orleans gateway.
EXPOSE 8080 11111 30000
# The image has no curl or wget: the host's own `health` command asks /health/live and exits 0 or 1.
HEALTHCHECK --interval=15s --timeout=10s --start-period=60s --retries=3 \
  CMD ["dotnet", "CradleToCareer.Host.dll", "health", "--url", "http://127.0.0.1:8080/health/live"]
ENTRYPOINT ["dotnet", "CradleToCareer.Host.dll"]
