-- SPDX-FileCopyrightText: 2026 The Hearth authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Search and the inbox's fast paths. SQLite-specific (FTS5 and triggers); a PostgreSQL
-- workspace gets the same shape from its own migration (tsvector, triggers in PL/pgSQL).
--
-- Message ids are time-ordered: id = created_at * 4096 + n (n < 4096 distinguishes messages
-- of the same millisecond). So the full-text index, whose rowid is the message id, yields
-- the newest hits first without sorting the hits, and a date range is a rowid range.

ALTER TABLE messages ADD COLUMN author_name TEXT NOT NULL DEFAULT '';
UPDATE messages SET author_name = coalesce(
    (SELECT name FROM authors a WHERE a.id = messages.author_id),
    (SELECT name FROM users u WHERE u.id = messages.sender_user_id),
    '');
UPDATE messages SET id = created_at * 4096 + (id % 4096);

-- What the inbox list shows of each conversation, kept with it so a page needs no joins.
ALTER TABLE conversations ADD COLUMN author_name TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN snippet TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN message_count INTEGER NOT NULL DEFAULT 0;
UPDATE conversations SET
    message_count = (SELECT count(*) FROM messages m WHERE m.conversation_id = conversations.id),
    snippet = coalesce((SELECT substr(m.body_text, 1, 200) FROM messages m
                        WHERE m.conversation_id = conversations.id ORDER BY m.id DESC LIMIT 1), ''),
    author_name = coalesce((SELECT m.author_name FROM messages m
                            WHERE m.conversation_id = conversations.id AND m.direction = 'in'
                            ORDER BY m.id LIMIT 1), '');
-- "Due soonest" lists only conversations still waiting for a first answer: partial indexes.
CREATE INDEX conversations_by_due ON conversations (first_response_due)
    WHERE first_response_due IS NOT NULL;
CREATE INDEX conversations_due_by_account ON conversations (account_id, first_response_due)
    WHERE first_response_due IS NOT NULL;
CREATE INDEX conversations_due_by_status ON conversations (status, first_response_due)
    WHERE first_response_due IS NOT NULL;
CREATE INDEX conversations_due_by_assignee ON conversations (assignee_id, first_response_due)
    WHERE first_response_due IS NOT NULL;
CREATE INDEX conversations_by_assignee ON conversations (assignee_id, last_message_at);
CREATE INDEX conversation_tags_by_tag ON conversation_tags (tag_id, conversation_id);

-- Counts per account and status for the views and the status bar, kept by triggers so
-- reading them never counts rows.
CREATE TABLE conversation_counts (
    account_id INTEGER NOT NULL,
    status     TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (account_id, status)
) WITHOUT ROWID;
INSERT INTO conversation_counts (account_id, status, n)
    SELECT account_id, status, count(*) FROM conversations GROUP BY account_id, status;

-- (Plain statements, not upserts: an upsert in a trigger builds a temporary table each time.)
CREATE TRIGGER conversations_count_insert AFTER INSERT ON conversations BEGIN
    INSERT OR IGNORE INTO conversation_counts (account_id, status, n) VALUES (new.account_id, new.status, 0);
    UPDATE conversation_counts SET n = n + 1 WHERE account_id = new.account_id AND status = new.status;
END;
CREATE TRIGGER conversations_count_delete AFTER DELETE ON conversations BEGIN
    UPDATE conversation_counts SET n = n - 1 WHERE account_id = old.account_id AND status = old.status;
END;
CREATE TRIGGER conversations_count_update AFTER UPDATE OF account_id, status ON conversations
WHEN old.account_id IS NOT new.account_id OR old.status IS NOT new.status BEGIN
    UPDATE conversation_counts SET n = n - 1 WHERE account_id = old.account_id AND status = old.status;
    INSERT OR IGNORE INTO conversation_counts (account_id, status, n) VALUES (new.account_id, new.status, 0);
    UPDATE conversation_counts SET n = n + 1 WHERE account_id = new.account_id AND status = new.status;
END;

-- Full-text search over message text and author names; diacritics folded so "cafe" finds "café".
CREATE VIRTUAL TABLE messages_fts USING fts5(
    body_text, author_name,
    content = 'messages', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');
-- Merge index segments sixteen at a time rather than four: measured with hearth-bench, ingest
-- of a million messages ran a third faster, and searches stayed well within their targets.
INSERT INTO messages_fts (messages_fts, rank) VALUES ('automerge', 16);

-- New messages are indexed by the ingest path (MessageStore) in the same transaction, after
-- its other writes: with an AFTER INSERT trigger FTS5 writes out its pending index at every
-- statement, which made ingest three times slower. Edits and deletions keep their triggers.
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body_text, author_name)
        VALUES ('delete', old.id, old.body_text, old.author_name);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF body_text, author_name ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body_text, author_name)
        VALUES ('delete', old.id, old.body_text, old.author_name);
    INSERT INTO messages_fts (rowid, body_text, author_name) VALUES (new.id, new.body_text, new.author_name);
END;
