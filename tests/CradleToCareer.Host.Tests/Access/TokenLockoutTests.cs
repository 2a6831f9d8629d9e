using CradleToCareer.Host.Access.TokenEndpoint;
using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Testing;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>
/// The token endpoint's lockout, on a clock the test moves: how it starts, grows, ends and is forgotten, and
/// how the count over all addresses spares the addresses a client got its tokens from.
/// </summary>
public sealed class TokenLockoutTests
{
    private const string Client = "c_real";
    private const string Guesser = "198.51.100.7";
    private const string Home = "203.0.113.10";

    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_few_wrong_secrets_lock_the_pair_out_and_each_lockout_in_a_row_lasts_twice_as_long_up_to_the_maximum()
    {
        var lockout = Lockout();

        Fail(lockout, Guesser, 4);
        var beforeFifth = lockout.LockedFor(Client, Guesser);
        Fail(lockout, Guesser, 1);
        var first = lockout.LockedFor(Client, Guesser);
        _clock.Advance(TimeSpan.FromSeconds(60));
        var afterFirst = lockout.LockedFor(Client, Guesser);
        Fail(lockout, Guesser, 5);
        var second = lockout.LockedFor(Client, Guesser);
        _clock.Advance(TimeSpan.FromSeconds(120));
        Fail(lockout, Guesser, 5);
        var third = lockout.LockedFor(Client, Guesser);
        _clock.Advance(TimeSpan.FromSeconds(200));
        Fail(lockout, Guesser, 5);

        Assert.Null(beforeFifth);
        Assert.Equal(TimeSpan.FromSeconds(60), first);
        Assert.Null(afterFirst);
        Assert.Equal(TimeSpan.FromSeconds(120), second);
        Assert.Equal(TimeSpan.FromSeconds(200), third);
        Assert.Equal(TimeSpan.FromSeconds(200), lockout.LockedFor(Client, Guesser));
        Assert.Null(lockout.LockedFor(Client, Home));
        Assert.Null(lockout.LockedFor("c_other", Guesser));
    }

    [Fact]
    public void A_streak_quiet_for_a_whole_window_is_forgotten_and_the_next_lockout_is_short_again()
    {
        var lockout = Lockout();
        Fail(lockout, Guesser, 5);
        _clock.Advance(TimeSpan.FromSeconds(60));
        Fail(lockout, Guesser, 5);

        _clock.Advance(TimeSpan.FromSeconds(120 + 900));
        Fail(lockout, Guesser, 4);
        _clock.Advance(TimeSpan.FromSeconds(901));
        Fail(lockout, Guesser, 4);
        var afterOldFailuresExpired = lockout.LockedFor(Client, Guesser);
        Fail(lockout, Guesser, 1);

        Assert.Null(afterOldFailuresExpired);
        Assert.Equal(TimeSpan.FromSeconds(60), lockout.LockedFor(Client, Guesser));
    }

    [Fact]
    public void The_right_secret_starts_the_pairs_count_afresh()
    {
        var lockout = Lockout();

        Fail(lockout, Home, 4);
        lockout.Succeeded(Client, Home);
        Fail(lockout, Home, 4);

        Assert.Null(lockout.LockedFor(Client, Home));
    }

    [Fact]
    public void Failures_from_many_addresses_lock_the_client_out_everywhere_but_where_it_got_a_token_that_day()
    {
        var lockout = Lockout();
        lockout.Succeeded(Client, Home);

        for (var address = 1; address <= 10; address++)
        {
            Fail(lockout, "192.0.2." + address, 3);
        }

        var elsewhere = lockout.LockedFor(Client, "192.0.2.99");
        var atHome = lockout.LockedFor(Client, Home);
        _clock.Advance(TimeSpan.FromHours(24));

        Assert.Equal(TimeSpan.FromSeconds(60), elsewhere);
        Assert.Null(atHome);
        Assert.Null(lockout.LockedFor(Client, "192.0.2.1"));
        Assert.Null(lockout.LockedFor("c_other", "192.0.2.99"));
    }

    [Fact]
    public void An_address_known_for_one_day_no_longer_passes_a_client_lockout_after_it()
    {
        var lockout = Lockout();
        lockout.Succeeded(Client, Home);
        _clock.Advance(TimeSpan.FromHours(24));

        for (var address = 1; address <= 10; address++)
        {
            Fail(lockout, "192.0.2." + address, 3);
        }

        Assert.Equal(TimeSpan.FromSeconds(60), lockout.LockedFor(Client, Home));
    }

    private TokenLockout Lockout() => new(
        Options.Create(new RateLimitOptions
        {
            Token = new TokenEndpointLimits
            {
                FailuresPerAddress = 5,
                FailuresPerClient = 30,
                FailureWindowSeconds = 900,
                LockoutSeconds = 60,
                MaxLockoutSeconds = 200,
            },
        }),
        _clock);

    private static void Fail(TokenLockout lockout, string address, int times)
    {
        for (var i = 0; i < times; i++)
        {
            lockout.Failed(Client, address);
        }
    }
}
