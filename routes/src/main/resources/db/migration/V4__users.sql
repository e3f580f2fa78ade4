-- The review screen's local users. Passwords are kept only as bcrypt hashes (OpenBSD format, $2y$); the role says
-- what a user may do: CLERK reads, REVIEWER also corrects and approves, ADMIN also manages users and replays.
CREATE TABLE courrier_user (
    name VARCHAR(64) PRIMARY KEY,
    role VARCHAR(16) NOT NULL,
    password_hash VARCHAR(128) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    password_changed_at TIMESTAMP NOT NULL
);
