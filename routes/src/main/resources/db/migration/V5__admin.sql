-- An admin disables a user (they can no longer sign in; their sessions end) rather than deleting them: their name
-- stays in the revisions and the audit trail they are part of.
ALTER TABLE courrier_user ADD COLUMN disabled_at TIMESTAMP;

-- What admins did (users added or disabled, failed files replayed): append-only, like courrier_audit for letters.
CREATE TABLE courrier_admin_audit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_by VARCHAR(256) NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    action VARCHAR(64) NOT NULL,
    target VARCHAR(4096),
    detail ${long_text}
);
