-- SPDX-FileCopyrightText: 2026 The Hearth authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The daily workflow: who works here, departments to hand cases to, follow-ups, escalation,
-- the author of each conversation, replies waiting to be sent and drafts being written, and
-- the inbox's views. Portable SQL: partial indexes and ALTER TABLE ADD COLUMN exist in
-- PostgreSQL too.

-- The person at this workstation is found by their operating-system login.
ALTER TABLE users ADD COLUMN login TEXT;
CREATE UNIQUE INDEX users_by_login ON users (login) WHERE login IS NOT NULL;
ALTER TABLE users ADD COLUMN signature TEXT NOT NULL DEFAULT '';

-- Where a case goes when another part of the company must act ("customer service", "legal").
CREATE TABLE departments (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

ALTER TABLE conversations ADD COLUMN department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL;
ALTER TABLE conversations ADD COLUMN author_id INTEGER REFERENCES authors(id) ON DELETE SET NULL;
ALTER TABLE conversations ADD COLUMN follow_up_at INTEGER;
ALTER TABLE conversations ADD COLUMN escalated_at INTEGER;
ALTER TABLE conversations ADD COLUMN escalated_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE conversations ADD COLUMN escalation_reason TEXT NOT NULL DEFAULT '';

-- The person who started each conversation, for the author card's earlier conversations.
UPDATE conversations SET author_id = (
    SELECT m.author_id FROM messages m
    WHERE m.conversation_id = conversations.id AND m.direction = 'in' AND m.author_id IS NOT NULL
    ORDER BY m.id LIMIT 1);
-- By author only: the index changes when a conversation is created, not at every message.
CREATE INDEX conversations_by_author ON conversations (author_id);

-- The inbox's views. Each is a partial index over the conversations it shows, so a page of
-- a view reads its index in order however many resolved conversations surround it. The
-- queries repeat these WHERE clauses word for word, which is how the planner matches them.
-- All open: waiting for the team.
CREATE INDEX conversations_open ON conversations (last_message_at)
    WHERE status IN ('new', 'open');
-- Unassigned (open, and neither a person nor a department has it) reads the unassigned rows
-- of conversations_by_assignee in order: a partial index of its own was measured to cost
-- ingest time for every new conversation, and SQLite preferred the other index anyway.
-- Mine: a person's own cases still in hand (snoozed ones come back when they wake). Only
-- assigned rows: new conversations from sync arrive unassigned and never touch this index.
CREATE INDEX conversations_in_hand ON conversations (assignee_id, last_message_at)
    WHERE status IN ('new', 'open', 'waiting') AND assignee_id IS NOT NULL;
-- Needs follow-up: a follow-up date is set.
CREATE INDEX conversations_follow_up ON conversations (follow_up_at)
    WHERE follow_up_at IS NOT NULL;
CREATE INDEX conversations_snoozed ON conversations (snoozed_until)
    WHERE snoozed_until IS NOT NULL;

-- What an agent is writing, kept as they type so nothing typed is lost (one per person and
-- conversation).
CREATE TABLE drafts (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    visibility      TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
    body            TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);

-- Replies on their way out. A reply stays here until the channel has taken it; one that
-- failed keeps its error and waits to be retried or edited.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    user_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    visibility      TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
    body            TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'sending', 'failed', 'sent')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    next_attempt_at INTEGER,
    message_id      INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_conversation ON outbox (conversation_id);
