-- The record store behind the review workstation: every record the service wrote to the outbox, its revisions and
-- an append-only audit trail of every corrected field. ${long_text} is CHARACTER LARGE OBJECT on H2, TEXT on
-- PostgreSQL (StateDatabase): a record's JSON can be longer than H2's largest VARCHAR.

-- one row per letter: the newest revision, with the columns the review queue filters and sorts on
CREATE TABLE courrier_record (
    id VARCHAR(64) PRIMARY KEY,
    revision INT NOT NULL,
    status VARCHAR(32) NOT NULL,
    received_at TIMESTAMP NOT NULL,
    processed_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    file_name VARCHAR(1024) NOT NULL,
    archived_as VARCHAR(4096),
    sender VARCHAR(1024),
    letter_date DATE,
    subject VARCHAR(4096),
    letter_text ${long_text} NOT NULL,
    record_json ${long_text} NOT NULL
);

CREATE INDEX courrier_record_status ON courrier_record (status, received_at);
CREATE INDEX courrier_record_received ON courrier_record (received_at);
CREATE INDEX courrier_record_letter_date ON courrier_record (letter_date);

-- every revision of every record, the first (read by Courrier) included
CREATE TABLE courrier_revision (
    record_id VARCHAR(64) NOT NULL REFERENCES courrier_record (id),
    revision INT NOT NULL,
    record_json ${long_text} NOT NULL,
    revised_by VARCHAR(256) NOT NULL,
    revised_at TIMESTAMP NOT NULL,
    note VARCHAR(4096),
    PRIMARY KEY (record_id, revision)
);

-- append-only: one row per changed field; never updated or deleted by the service
CREATE TABLE courrier_audit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id VARCHAR(64) NOT NULL REFERENCES courrier_record (id),
    revision INT NOT NULL,
    changed_by VARCHAR(256) NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    field VARCHAR(256) NOT NULL,
    before_value ${long_text},
    after_value ${long_text}
);

CREATE INDEX courrier_audit_record ON courrier_audit (record_id, id);
