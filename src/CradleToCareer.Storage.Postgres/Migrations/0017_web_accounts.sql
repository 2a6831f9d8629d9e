-- The web pages (people.md): people's accounts, the one-time codes students and guardians activate theirs with, and
-- the keys that protect the pages' session cookies, shared by every silo so any silo can read any session.

-- One row per account. A staff account has an organization and roles; a student or guardian account has the person it
-- is bound to. The password is a PBKDF2 hash. Accounts are disabled, never deleted.
CREATE TABLE c2c_web_account (
    account_id      text        PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('staff', 'student', 'guardian')),
    username        text        NOT NULL UNIQUE,
    password_hash   text        NOT NULL,
    organization_id text        NOT NULL,
    roles           text[]      NOT NULL,
    person_id       text        NOT NULL,
    created_at      timestamptz NOT NULL,
    disabled_at     timestamptz NULL,
    CHECK ((kind = 'staff') = (organization_id <> '' AND person_id = ''))
);

CREATE INDEX c2c_web_account_staff ON c2c_web_account (organization_id, username) WHERE kind = 'staff';

-- One row per code issued, kept by the SHA-256 of the code: the code itself is shown once and never stored.
CREATE TABLE c2c_activation_code (
    code_hash                 text        PRIMARY KEY,
    person_id                 text        NOT NULL,
    kind                      text        NOT NULL CHECK (kind IN ('student', 'guardian')),
    issued_by_client_id       text        NOT NULL,
    issued_by_organization_id text        NOT NULL,
    issued_at                 timestamptz NOT NULL,
    expires_at                timestamptz NOT NULL,
    used_at                   timestamptz NULL,
    account_id                text        NULL REFERENCES c2c_web_account (account_id),
    CHECK ((used_at IS NULL) = (account_id IS NULL))
);

-- ASP.NET Core data protection's key ring, one XML element per key, sealed with the key-encryption key.
CREATE TABLE c2c_data_protection_key (
    name       text        PRIMARY KEY,
    sealed_xml bytea       NOT NULL,
    stored_at  timestamptz NOT NULL DEFAULT now()
);
