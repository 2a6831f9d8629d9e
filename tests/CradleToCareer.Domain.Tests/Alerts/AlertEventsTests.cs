using System.Text;
using System.Text.Json;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class AlertEventsTests
{
    private const string Person = "p_7f3a9c";
    private static readonly Uri Progress = new("https://c2c.example.org/v1/students/p_7f3a9c/progress");
    private static readonly DateTimeOffset Produced = new(2026, 6, 12, 10, 4, 5, 123, TimeSpan.FromHours(-7));
    private static readonly DateOnly Graduation = new(2026, 6, 12);

    private static JsonElement Parse(AlertEvent alert) => JsonDocument.Parse(AlertEventJson.Serialize(alert)).RootElement;

    [Fact]
    public void A_milestone_reached_alert_is_a_cloudevent_with_exactly_the_allowed_fields()
    {
        var alert = AlertEvents.MilestoneReached("a_1", Person, MilestoneIds.Graduated, Graduation, Progress, Produced);

        var json = Encoding.UTF8.GetString(AlertEventJson.Serialize(alert));

        Assert.Equal(
            "{\"specversion\":\"1.0\",\"id\":\"a_1\",\"source\":\"urn:c2c:record-service\","
            + "\"type\":\"c2c.alert.milestone.reached\",\"time\":\"2026-06-12T17:04:05.123Z\","
            + "\"datacontenttype\":\"application/json\",\"subject\":\"p_7f3a9c\",\"data\":{\"personId\":\"p_7f3a9c\","
            + "\"milestoneId\":\"k12.graduated\",\"kind\":\"milestone\",\"date\":\"2026-06-12\","
            + "\"progress\":\"https://c2c.example.org/v1/students/p_7f3a9c/progress\"}}",
            json);
    }

    [Fact]
    public void A_risk_alert_carries_the_flag_id_as_milestone_id_and_kind_risk_flag()
    {
        var root = Parse(AlertEvents.RiskRaised("a_2", Person, RiskFlagIds.ChronicAbsence, Graduation, Progress, Produced));

        Assert.Equal("c2c.alert.risk.raised", root.GetProperty("type").GetString());
        Assert.Equal(RiskFlagIds.ChronicAbsence, root.GetProperty("data").GetProperty("milestoneId").GetString());
        Assert.Equal("risk-flag", root.GetProperty("data").GetProperty("kind").GetString());
    }

    [Fact]
    public void A_retraction_alert_has_its_type_and_the_date_the_milestone_had_been_reached()
    {
        var root = Parse(AlertEvents.MilestoneRetracted("a_3", Person, MilestoneIds.Graduated, Graduation, Progress, Produced));

        Assert.Equal("c2c.alert.milestone.retracted", root.GetProperty("type").GetString());
        Assert.Equal("milestone", root.GetProperty("data").GetProperty("kind").GetString());
        Assert.Equal("2026-06-12", root.GetProperty("data").GetProperty("date").GetString());
    }

    [Fact]
    public void The_data_holds_only_person_milestone_kind_date_and_link() =>
        Assert.Equal(
            ["personId", "milestoneId", "kind", "date", "progress"],
            Parse(AlertEvents.RiskRaised("a_2", Person, RiskFlagIds.LowGpa, Graduation, Progress, Produced))
                .GetProperty("data").EnumerateObject().Select(p => p.Name));

    [Fact]
    public void Ids_of_the_wrong_family_are_refused()
    {
        Assert.Throws<ArgumentException>(() => AlertEvents.MilestoneReached("a_1", Person, RiskFlagIds.LowGpa, Graduation, Progress, Produced));
        Assert.Throws<ArgumentException>(() => AlertEvents.MilestoneRetracted("a_1", Person, "k12.unknown", Graduation, Progress, Produced));
        Assert.Throws<ArgumentException>(() => AlertEvents.RiskRaised("a_1", Person, MilestoneIds.Graduated, Graduation, Progress, Produced));
    }

    [Fact]
    public void A_relative_progress_link_or_missing_ids_are_refused()
    {
        var relative = new Uri("/v1/students/p_7f3a9c/progress", UriKind.Relative);

        Assert.Throws<ArgumentException>(() => AlertEvents.MilestoneReached("a_1", Person, MilestoneIds.Graduated, Graduation, relative, Produced));
        Assert.ThrowsAny<ArgumentException>(() => AlertEvents.MilestoneReached("", Person, MilestoneIds.Graduated, Graduation, Progress, Produced));
        Assert.ThrowsAny<ArgumentException>(() => AlertEvents.MilestoneReached("a_1", "", MilestoneIds.Graduated, Graduation, Progress, Produced));
    }

    [Fact]
    public void The_serialized_body_signs_and_verifies_as_sent()
    {
        var alert = AlertEvents.MilestoneReached("a_1", Person, MilestoneIds.Graduated, Graduation, Progress, Produced);
        var body = AlertEventJson.Serialize(alert);
        var key = new byte[32];

        var signature = WebhookSignature.Sign(key, alert.Id, Produced, body);

        Assert.Equal(
            WebhookVerification.Valid,
            WebhookSignature.Verify(key, alert.Id, WebhookSignature.TimestampHeader(Produced), signature, body, Produced));
    }

    [Theory]
    [InlineData(LedgerMark.MilestoneReached, AlertTypes.MilestoneReached)]
    [InlineData(LedgerMark.MilestoneRetracted, AlertTypes.MilestoneRetracted)]
    public void A_milestone_ledger_entry_is_announced_under_its_ledger_id_and_date(LedgerMark mark, string type)
    {
        var entry = new LedgerEntry("p_7f3a9c", MilestoneIds.Graduated, mark, Graduation, 2);

        var alert = AlertEvents.Announce(entry, Progress, Produced)!;

        Assert.Equal((entry.AlertId, type, Graduation, MilestoneIds.Graduated), (alert.Id, alert.Type, alert.Date, alert.MilestoneId));
    }

    [Fact]
    public void A_raised_risk_flag_is_announced_and_a_cleared_one_is_not()
    {
        var raised = new LedgerEntry("p_7f3a9c", RiskFlagIds.LowGpa, LedgerMark.RiskRaised, Graduation, 1);

        Assert.Equal(AlertTypes.RiskRaised, AlertEvents.Announce(raised, Progress, Produced)!.Type);
        Assert.Null(AlertEvents.Announce(raised with { Mark = LedgerMark.RiskCleared }, Progress, Produced));
    }
}
