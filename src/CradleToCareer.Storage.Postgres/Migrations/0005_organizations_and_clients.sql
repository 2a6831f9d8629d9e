-- The access registry: organizations and the OAuth clients they own.

CREATE TABLE c2c_organization (
    id                  text        PRIMARY KEY,
    name                text        NOT NULL,
    sources             text[]      NOT NULL DEFAULT '{}',
    institutions        text[]      NOT NULL DEFAULT '{}',
    allowed_event_types text[]      NOT NULL DEFAULT '{}',
    created_at          timestamptz NOT NULL DEFAULT now()
);

-- A client secret is held only as a self-describing PBKDF2 hash, never in clear text.
CREATE TABLE c2c_client (
    client_id         text        PRIMARY KEY,
    organization_id   text        NOT NULL REFERENCES c2c_organization (id),
    roles             text[]      NOT NULL,
    secret_hash       text        NOT NULL CHECK (secret_hash LIKE 'pbkdf2-sha256$%'),
    created_at        timestamptz NOT NULL DEFAULT now(),
    secret_rotated_at timestamptz
);

CREATE INDEX c2c_client_organization ON c2c_client (organization_id);
