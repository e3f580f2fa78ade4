-- The state tables as the release before Flyway left them: the record ids already produced and the letters in
-- flight. Idempotent on purpose: a database that release created has no schema history and is baselined at
-- version 0 (see StateDatabase), so this script runs on it too. Its first version lacked the owner column, which
-- the ALTER adds; on a fresh database the CREATEs make the tables and the ALTER finds the column there.
CREATE TABLE IF NOT EXISTS courrier_seen (
    id VARCHAR(64) PRIMARY KEY,
    seen_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS courrier_inflight (
    id VARCHAR(64) PRIMARY KEY,
    file_name VARCHAR(1024) NOT NULL,
    attempts INT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- which run of the service holds the claim
ALTER TABLE courrier_inflight ADD COLUMN IF NOT EXISTS owner VARCHAR(64);
