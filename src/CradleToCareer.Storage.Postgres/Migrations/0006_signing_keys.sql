-- Keys that sign access tokens. The private key is stored encrypted (AES-GCM under the service's
-- key-encryption key: nonce, ciphertext and tag); the public key (SubjectPublicKeyInfo DER) is in clear.
-- Rows are never deleted: a retired key stops signing and stops validating once its last token has expired.

CREATE TABLE c2c_signing_key (
    key_id                text        PRIMARY KEY,
    public_key            bytea       NOT NULL,
    encrypted_private_key bytea       NOT NULL,
    created_at            timestamptz NOT NULL,
    retired_at            timestamptz
);
