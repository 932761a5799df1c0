-- senryaku store, version 4: the upload page's sign-in sessions, kept so that a restart signs nobody out.
-- Portable SQL: runs on H2 2.x and PostgreSQL 13+.
--
-- Only a SHA-256 of the session token is stored (the cookie holds the token): a copy of this table signs
-- nobody in. A session ends at sign-out, at expires_at, or when the account's role or password changes
-- (its role or the fingerprint of its password hash in users.txt no longer match). All SQL on this
-- table is in io.github.senryaku.server.auth.SessionStore.

CREATE TABLE IF NOT EXISTS web_session (
    token_sha256          CHAR(64)      PRIMARY KEY,  -- hex SHA-256 of the cookie's token
    account               VARCHAR(64)   NOT NULL,
    role                  VARCHAR(16)   NOT NULL,     -- FINANCE | PLANNING | ADMIN
    csrf                  VARCHAR(64)   NOT NULL,     -- the token every form of the session carries
    password_fingerprint  CHAR(64)      NOT NULL,     -- hex SHA-256 of the account's password hash when signed in
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS web_session_expiry ON web_session (expires_at);
