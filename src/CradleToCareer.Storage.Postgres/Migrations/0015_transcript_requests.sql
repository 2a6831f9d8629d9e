-- E-transcript requests (exchange.md): each request with its history, the outbox of the pushes that announce
-- its changes, and the verification code printed on an issued transcript's PDF.

-- A code kept with each transcript issued from now on; transcripts issued before have none and cannot be
-- verified. Adding a column changes no row, so the append-only triggers stay as they are.
ALTER TABLE c2c_issued_transcript ADD COLUMN verification_code text;

-- One row per request. request holds what was asked (the student block with the SSN only as its keyed
-- token, level, purpose, format, delivery URL, tracking id); history the statuses it took, oldest first, as
-- [{"status", "at"}]. person_id is the person it resolved to, never shown to the requester; transcript_id
-- the transcript issued for it. A request pushed to has a delivery URL and the sealed secret that signs it.
CREATE TABLE c2c_transcript_request (
    request_id      text        PRIMARY KEY,
    organization_id text        NOT NULL,
    client_id       text        NOT NULL,
    request         jsonb       NOT NULL,
    person_id       text,
    status          text        NOT NULL CHECK (status IN (
                        'received', 'awaiting-consent', 'issued', 'delivered', 'acknowledged', 'canceled', 'expired', 'failed')),
    transcript_id   text        UNIQUE,
    received_at     timestamptz NOT NULL,
    history         jsonb       NOT NULL,
    delivery_url    text,
    sealed_secret   bytea,
    CONSTRAINT c2c_transcript_request_pushed_with_secret CHECK ((delivery_url IS NULL) = (sealed_secret IS NULL)),
    CONSTRAINT c2c_transcript_request_issued_with_transcript CHECK (
        (status IN ('issued', 'delivered', 'acknowledged')) = (transcript_id IS NOT NULL))
);

-- The organization's listing, newest first; the sweep's walk over open requests, oldest first; the requests
-- a consent grant issues.
CREATE INDEX c2c_transcript_request_listing ON c2c_transcript_request (organization_id, received_at DESC, request_id DESC);
CREATE INDEX c2c_transcript_request_open ON c2c_transcript_request (status, received_at, request_id)
    WHERE status IN ('received', 'awaiting-consent');
CREATE INDEX c2c_transcript_request_awaiting ON c2c_transcript_request (organization_id, person_id)
    WHERE status = 'awaiting-consent';

-- The push outbox: one row per (request, status announced), written in the statement that changes the status.
-- body is the exact CloudEvents bytes every attempt sends. A request's pushes leave in seq order.
CREATE TABLE c2c_transcript_request_push (
    request_id         text        NOT NULL REFERENCES c2c_transcript_request (request_id),
    status             text        NOT NULL,
    seq                bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    body               bytea       NOT NULL,
    push_status        text        NOT NULL CHECK (push_status IN ('pending', 'delivered', 'dead', 'gone', 'withheld')),
    attempts           integer     NOT NULL CHECK (attempts >= 0),
    last_response_code integer,
    queued_at          timestamptz NOT NULL,
    first_attempt_at   timestamptz,
    last_attempt_at    timestamptz,
    next_attempt_at    timestamptz,
    leased_until       timestamptz,
    PRIMARY KEY (request_id, status),
    CONSTRAINT c2c_transcript_request_push_next_while_pending CHECK ((push_status = 'pending') = (next_attempt_at IS NOT NULL))
);

CREATE INDEX c2c_transcript_request_push_due ON c2c_transcript_request_push (next_attempt_at, seq) WHERE push_status = 'pending';
CREATE INDEX c2c_transcript_request_push_pending ON c2c_transcript_request_push (request_id, seq) WHERE push_status = 'pending';
