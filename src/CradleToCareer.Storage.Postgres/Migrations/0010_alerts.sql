-- Webhook milestone alerts: every person's alert ledger, the subscriptions, the delivery outbox and the
-- cursor of the sweep that raises alerts for events no grain has looked at yet.

-- The ledger: one row per entry, numbered in one sequence (the alert stream's order). body holds the exact
-- CloudEvents bytes every delivery sends (bytea, not jsonb, which would reorder keys); an entry that is only
-- kept, never announced (a risk flag clearing), has none. alert_id is derived from (person, milestone, mark,
-- occurrence), so its uniqueness is the entry's.
CREATE TABLE c2c_alert (
    seq          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id     text        NOT NULL UNIQUE,
    person_id    text        NOT NULL,
    milestone_id text        NOT NULL,
    mark         text        NOT NULL,
    occurrence   integer     NOT NULL CHECK (occurrence >= 1),
    date         date        NOT NULL,
    body         bytea,
    recorded_at  timestamptz NOT NULL,
    CONSTRAINT c2c_alert_body_when_announced CHECK ((body IS NULL) = (mark = 'c2c.ledger.risk.cleared'))
);

CREATE INDEX c2c_alert_person ON c2c_alert (person_id, seq);

CREATE FUNCTION c2c_refuse_alert_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'c2c_alert is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER c2c_alert_append_only
    BEFORE UPDATE OR DELETE ON c2c_alert
    FOR EACH ROW EXECUTE FUNCTION c2c_refuse_alert_change();

CREATE TRIGGER c2c_alert_no_truncate
    BEFORE TRUNCATE ON c2c_alert
    FOR EACH STATEMENT EXECUTE FUNCTION c2c_refuse_alert_change();

-- Where to send which alerts. milestones holds milestone and risk flag ids, or '*' for all of them. The
-- secret is sealed (AES-256-GCM under the key-encryption key). Rows are never deleted: an ended
-- subscription stays readable with its deliveries.
CREATE TABLE c2c_webhook_subscription (
    subscription_id text        PRIMARY KEY,
    organization_id text        NOT NULL,
    client_id       text        NOT NULL,
    url             text        NOT NULL,
    milestones      text[]      NOT NULL,
    sealed_secret   bytea       NOT NULL,
    created_at      timestamptz NOT NULL,
    status          text        NOT NULL CHECK (status IN ('active', 'stopped', 'disabled')),
    ended_at        timestamptz,
    CONSTRAINT c2c_webhook_subscription_ended CHECK ((status = 'active') = (ended_at IS NULL))
);

-- The outbox: one row per (subscription, alert), written in the transaction that records the alert.
-- alert_seq and person_id are copied from the alert so the claim query can keep each person's alerts in order
-- without a join. There is deliberately no foreign key to the subscription: every append would lock the same
-- few subscription rows (FOR KEY SHARE), and that shared row lock is what concurrent appends contend on.
CREATE TABLE c2c_alert_delivery (
    subscription_id    text        NOT NULL,
    alert_id           text        NOT NULL REFERENCES c2c_alert (alert_id),
    alert_seq          bigint      NOT NULL,
    person_id          text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('pending', 'delivered', 'dead', 'gone', 'withheld', 'cancelled')),
    attempts           integer     NOT NULL CHECK (attempts >= 0),
    last_response_code integer,
    queued_at          timestamptz NOT NULL,
    first_attempt_at   timestamptz,
    last_attempt_at    timestamptz,
    next_attempt_at    timestamptz,
    leased_until       timestamptz,
    PRIMARY KEY (subscription_id, alert_id),
    CONSTRAINT c2c_alert_delivery_next_while_pending CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
);

-- The claim walks pending deliveries in due order and checks, per candidate, that no earlier alert of the
-- same person is still pending for the subscription; ending a subscription cancels through the second index.
CREATE INDEX c2c_alert_delivery_due ON c2c_alert_delivery (next_attempt_at, alert_seq) WHERE status = 'pending';
CREATE INDEX c2c_alert_delivery_pending_person ON c2c_alert_delivery (subscription_id, person_id, alert_seq) WHERE status = 'pending';
CREATE INDEX c2c_alert_delivery_listing ON c2c_alert_delivery (subscription_id, alert_seq DESC);

-- How far the alert sweep has walked the event log: a single row. It starts at the end of the log as it is
-- when alerts arrive, so a database upgraded with years of events is not swept from the beginning (a person's
-- earlier milestones are alerted when the person's grain next activates or changes).
CREATE TABLE c2c_alert_sweep (
    id       smallint PRIMARY KEY CHECK (id = 1),
    last_seq bigint   NOT NULL CHECK (last_seq >= 0)
);

INSERT INTO c2c_alert_sweep (id, last_seq) SELECT 1, coalesce(max(seq), 0) FROM c2c_event_log;
