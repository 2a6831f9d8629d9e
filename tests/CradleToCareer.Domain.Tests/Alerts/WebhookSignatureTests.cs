using System.Text;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class WebhookSignatureTests
{
    // The example published with Standard Webhooks (standard-webhooks/standard-webhooks, the reference libraries'
    // "sign function works" test): secret, message id, timestamp, payload and the expected v1 signature.
    private const string ExampleSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string ExampleId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long ExampleSeconds = 1614265330;
    private const string ExamplePayload = "{\"test\": 2432232314}";
    private const string ExampleSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static readonly DateTimeOffset ExampleTime = DateTimeOffset.FromUnixTimeSeconds(ExampleSeconds);
    private static readonly byte[] ExampleBody = Encoding.UTF8.GetBytes(ExamplePayload);

    private static byte[] ExampleKey()
    {
        Assert.True(WebhookSecret.TryParse(ExampleSecret, out var key));
        return key;
    }

    private static WebhookVerification VerifyExample(
        string signatureHeader, DateTimeOffset now, string? body = null, string id = ExampleId, string? timestamp = null) =>
        WebhookSignature.Verify(
            ExampleKey(),
            id,
            timestamp ?? ExampleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            signatureHeader,
            body is null ? ExampleBody : Encoding.UTF8.GetBytes(body),
            now);

    [Fact]
    public void Signing_the_published_example_gives_the_published_signature() =>
        Assert.Equal(ExampleSignature, WebhookSignature.Sign(ExampleKey(), ExampleId, ExampleTime, ExampleBody));

    [Fact]
    public void The_published_example_verifies() =>
        Assert.Equal(WebhookVerification.Valid, VerifyExample(ExampleSignature, ExampleTime));

    [Fact]
    public void The_timestamp_header_is_whole_unix_seconds() =>
        Assert.Equal("1614265330", WebhookSignature.TimestampHeader(ExampleTime.AddMilliseconds(999)));

    [Fact]
    public void Sub_second_parts_of_the_timestamp_do_not_change_the_signature() =>
        Assert.Equal(ExampleSignature, WebhookSignature.Sign(ExampleKey(), ExampleId, ExampleTime.AddMilliseconds(750), ExampleBody));

    [Fact]
    public void A_changed_body_id_or_timestamp_does_not_verify()
    {
        Assert.Equal(WebhookVerification.NoMatchingSignature, VerifyExample(ExampleSignature, ExampleTime, body: "{\"test\":2432232314}"));
        Assert.Equal(WebhookVerification.NoMatchingSignature, VerifyExample(ExampleSignature, ExampleTime, id: "msg_p5jXN8AQM9LWM0D4loKWxJeK"));
        Assert.Equal(WebhookVerification.NoMatchingSignature, VerifyExample(ExampleSignature, ExampleTime, timestamp: "1614265331"));
    }

    [Fact]
    public void Another_key_does_not_verify()
    {
        var otherKey = new byte[24];

        var result = WebhookSignature.Verify(otherKey, ExampleId, "1614265330", ExampleSignature, ExampleBody, ExampleTime);

        Assert.Equal(WebhookVerification.NoMatchingSignature, result);
    }

    [Fact]
    public void One_matching_signature_among_several_is_enough()
    {
        var header = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v1a,aGVsbG8= " + ExampleSignature + " v2,xyz";

        Assert.Equal(WebhookVerification.Valid, VerifyExample(header, ExampleTime));
    }

    [Theory]
    [InlineData("v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=")]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJE")]
    [InlineData("v1,")]
    [InlineData("v1,not base64!")]
    [InlineData("")]
    public void Wrong_truncated_unversioned_or_garbled_signatures_do_not_verify(string header) =>
        Assert.Equal(WebhookVerification.NoMatchingSignature, VerifyExample(header, ExampleTime));

    [Theory]
    [InlineData(-300, WebhookVerification.Valid)]
    [InlineData(300, WebhookVerification.Valid)]
    [InlineData(-301, WebhookVerification.TimestampOutsideTolerance)]
    [InlineData(301, WebhookVerification.TimestampOutsideTolerance)]
    public void The_timestamp_must_be_within_five_minutes_of_now_either_way(int secondsFromTimestampToNow, WebhookVerification expected) =>
        Assert.Equal(expected, VerifyExample(ExampleSignature, ExampleTime.AddSeconds(secondsFromTimestampToNow)));

    [Fact]
    public void The_tolerance_can_be_set()
    {
        var key = ExampleKey();
        var now = ExampleTime.AddMinutes(10);

        Assert.Equal(
            WebhookVerification.Valid,
            WebhookSignature.Verify(key, ExampleId, "1614265330", ExampleSignature, ExampleBody, now, TimeSpan.FromMinutes(10)));
        Assert.Equal(
            WebhookVerification.TimestampOutsideTolerance,
            WebhookSignature.Verify(key, ExampleId, "1614265330", ExampleSignature, ExampleBody, now, TimeSpan.FromMinutes(9)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("-1614265330")]
    [InlineData("1614265330.5")]
    [InlineData(" 1614265330")]
    public void A_timestamp_that_is_not_whole_seconds_is_malformed(string timestamp) =>
        Assert.Equal(WebhookVerification.MalformedTimestamp, VerifyExample(ExampleSignature, ExampleTime, timestamp: timestamp));

    [Theory]
    [InlineData("")]
    [InlineData("msg.1")]
    public void A_message_id_that_is_empty_or_has_a_full_stop_is_refused(string id)
    {
        Assert.Equal(WebhookVerification.MalformedMessageId, VerifyExample(ExampleSignature, ExampleTime, id: id));
        Assert.Throws<ArgumentException>(() => WebhookSignature.Sign(ExampleKey(), id, ExampleTime, ExampleBody));
    }

    [Fact]
    public void What_is_signed_verifies_with_the_same_key()
    {
        var key = new byte[32];
        key[0] = 7;
        var body = Encoding.UTF8.GetBytes("{\"specversion\":\"1.0\"}");
        var sentAt = new DateTimeOffset(2026, 5, 2, 17, 3, 11, TimeSpan.Zero);

        var signature = WebhookSignature.Sign(key, "a_0123", sentAt, body);

        Assert.StartsWith("v1,", signature, StringComparison.Ordinal);
        Assert.Equal(
            WebhookVerification.Valid,
            WebhookSignature.Verify(key, "a_0123", WebhookSignature.TimestampHeader(sentAt), signature, body, sentAt.AddSeconds(30)));
    }
}
