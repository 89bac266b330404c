-- SPDX-FileCopyrightText: 2026 The Hearth authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Channel sync: each account's connection settings and what its last syncs did, and the
-- keyword alerts that tag and prioritise what sync brings in. Secrets (passwords, tokens)
-- are never here: they live in the operating system's keychain under the account's id.

-- The connection as JSON without secrets: a feed's URL, a server's host and port, an API's
-- base URL, the polling interval.
ALTER TABLE accounts ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';

-- One row per account once it has tried to sync. failures counts failed syncs in a row
-- (the circuit breaker opens at 8); last_error is a whole sentence for the Channels panel.
CREATE TABLE sync_status (
    account_id      INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    last_attempt_at INTEGER,
    last_success_at INTEGER,
    next_sync_at    INTEGER,
    failures        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    fetched_total   INTEGER NOT NULL DEFAULT 0
);

-- A new message that contains any of the words gets the tag and at least the priority.
CREATE TABLE keyword_alerts (
    id         INTEGER PRIMARY KEY,
    words      TEXT NOT NULL,
    tag        TEXT NOT NULL,
    priority   INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
    created_at INTEGER NOT NULL
);
