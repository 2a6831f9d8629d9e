using CradleToCareer.Storage.Postgres;
using CradleToCareer.Host.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>How the two connection pools of a host are sized from C2C:Database and the connection string.</summary>
public sealed class DatabasePoolOptionsTests
{
    private const string Plain = "Host=db.example;Database=c2c;Username=c2c";

    [Fact]
    public void By_default_the_service_pool_holds_30_and_the_orleans_pool_10_connections_named_apart()
    {
        var pools = new DatabasePoolOptions();

        var service = new NpgsqlConnectionStringBuilder(pools.ForService(Plain));
        var orleans = new NpgsqlConnectionStringBuilder(pools.ForOrleans(Plain));

        Assert.Equal((30, "c2c"), (service.MaxPoolSize, service.ApplicationName));
        Assert.Equal((10, "c2c-orleans"), (orleans.MaxPoolSize, orleans.ApplicationName));
        Assert.Equal("db.example", service.Host);
    }

    [Fact]
    public void The_configured_sizes_apply()
    {
        var pools = new DatabasePoolOptions { MaxPoolSize = 12, OrleansMaxPoolSize = 3 };

        Assert.Equal(12, new NpgsqlConnectionStringBuilder(pools.ForService(Plain)).MaxPoolSize);
        Assert.Equal(3, new NpgsqlConnectionStringBuilder(pools.ForOrleans(Plain)).MaxPoolSize);
    }

    [Theory]
    [InlineData("Maximum Pool Size=7;Application Name=ops")]
    [InlineData("MaxPoolSize=7;Application Name=ops")]
    public void A_pool_size_and_name_written_in_the_connection_string_win_for_both_pools(string written)
    {
        var pools = new DatabasePoolOptions { MaxPoolSize = 12, OrleansMaxPoolSize = 3 };

        var service = new NpgsqlConnectionStringBuilder(pools.ForService($"{Plain};{written}"));
        var orleans = new NpgsqlConnectionStringBuilder(pools.ForOrleans($"{Plain};{written}"));

        Assert.Equal((7, "ops"), (service.MaxPoolSize, service.ApplicationName));
        Assert.Equal((7, "ops"), (orleans.MaxPoolSize, orleans.ApplicationName));
    }

    [Theory]
    [InlineData("MaxPoolSize", "0")]
    [InlineData("OrleansMaxPoolSize", "5000")]
    public async Task A_nonsense_pool_size_stops_the_host_before_it_touches_the_database_and_names_the_key(string key, string value)
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ServiceUnderTest.StartAsync("Host=127.0.0.1;Port=1;Database=nowhere", $"C2C:Database:{key}={value}"));

        Assert.Contains($"C2C:Database:{key} must be a number of connections from 1 to 1024", refused.Message);
    }
}
