-- SPDX-FileCopyrightText: 2026 The Hearth authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The first Hearth workspace schema. Times are milliseconds since the Unix epoch (UTC) in
-- INTEGER columns, so the same schema works on PostgreSQL (BIGINT). SQLite-only statements
-- stay in this folder's pragmas and in the FTS migration.

-- 'HRTH': marks the file as a Hearth workspace, so Hearth never migrates a foreign database.
PRAGMA application_id = 1213355080;

CREATE TABLE workspace_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    email      TEXT,
    role       TEXT NOT NULL CHECK (role IN ('agent', 'manager', 'admin')),
    created_at INTEGER NOT NULL
);

CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL UNIQUE,
    address    TEXT NOT NULL DEFAULT '',
    is_demo    INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    paused     INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    created_at INTEGER NOT NULL
);

CREATE TABLE sync_cursors (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    cursor     TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE authors (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,
    name       TEXT NOT NULL,
    handle     TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, remote_id)
);

CREATE TABLE conversations (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_thread_id   TEXT NOT NULL,
    subject            TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'new'
                       CHECK (status IN ('new', 'open', 'waiting', 'snoozed', 'resolved')),
    priority           INTEGER NOT NULL DEFAULT 0,
    assignee_id        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    snoozed_until      INTEGER,
    first_response_due INTEGER,
    created_at         INTEGER NOT NULL,
    last_message_at    INTEGER NOT NULL,
    UNIQUE (account_id, remote_thread_id)
);
-- Every index ends with the rowid (here the id) by itself: keyset pages ordered by
-- (time, id) read these indexes in order without repeating the id in them.
CREATE INDEX conversations_by_last_message ON conversations (last_message_at);
CREATE INDEX conversations_by_account ON conversations (account_id, last_message_at);
CREATE INDEX conversations_by_status ON conversations (status, last_message_at);

CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    conversation_id  INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    remote_id        TEXT NOT NULL,
    parent_remote_id TEXT,
    author_id        INTEGER REFERENCES authors(id) ON DELETE SET NULL,
    sender_user_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    direction        TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    visibility       TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
    body_text        TEXT NOT NULL,
    body_html        TEXT,
    lang             TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    received_at      INTEGER NOT NULL,
    UNIQUE (account_id, remote_id)
);
CREATE INDEX messages_by_conversation ON messages (conversation_id);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE conversation_tags (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    tag_id          INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (conversation_id, tag_id)
);

CREATE TABLE notes (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    user_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    body            TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   INTEGER,
    details     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_object ON audit_log (object_type, object_id, at);
