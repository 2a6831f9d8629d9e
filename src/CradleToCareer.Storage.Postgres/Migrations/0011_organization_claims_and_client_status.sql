-- A source URI, and an institution id, belongs to at most one organization: c2c_organization_claim holds each
-- once, with its organization, and is written in the transaction that registers the organization.
CREATE TABLE c2c_organization_claim (
    kind            text NOT NULL CHECK (kind IN ('source', 'institution')),
    value           text NOT NULL,
    organization_id text NOT NULL REFERENCES c2c_organization (id),
    PRIMARY KEY (kind, value)
);

-- Organizations registered before this rule: the earliest registration of a value keeps it.
INSERT INTO c2c_organization_claim (kind, value, organization_id)
SELECT claim.kind, claim.value, claim.organization_id
FROM (
    SELECT 'source' AS kind, unnest(sources) AS value, id AS organization_id, created_at FROM c2c_organization
    UNION ALL
    SELECT 'institution', unnest(institutions), id, created_at FROM c2c_organization
) AS claim
ORDER BY claim.created_at, claim.organization_id
ON CONFLICT (kind, value) DO NOTHING;

-- Only an organization registered as the student portal may have student-portal clients. One that has such a
-- client already keeps it.
ALTER TABLE c2c_organization ADD COLUMN student_portal boolean NOT NULL DEFAULT false;
UPDATE c2c_organization SET student_portal = true
WHERE id IN (SELECT organization_id FROM c2c_client WHERE 'student-portal' = ANY (roles));

-- A disabled client gets no token, and token validation refuses its tokens.
ALTER TABLE c2c_client ADD COLUMN disabled_at timestamptz;
