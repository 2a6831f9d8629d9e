-- A student's (or guardian's) decline of a transcript request awaiting consent about them (people.md, my consents).
-- The request itself does not change: to the requester it still awaits consent until it expires, exactly like a
-- request about nobody, so a decline tells the requester nothing. The decline only takes the request off the
-- student's waiting list. One row per request, kept like the request itself.
CREATE TABLE c2c_transcript_request_decline (
    request_id  text        PRIMARY KEY REFERENCES c2c_transcript_request (request_id),
    person_id   text        NOT NULL,
    declined_at timestamptz NOT NULL
);

-- The student's waiting list: requests awaiting consent about one person, from every organization.
CREATE INDEX c2c_transcript_request_waiting_for ON c2c_transcript_request (person_id, received_at, request_id)
    WHERE status = 'awaiting-consent';
