-- SPDX-FileCopyrightText: 2026 The Hearth authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The netiquette (house rules), moderation that cites them, and auto-moderation.
--
-- A netiquette is Markdown per language. Each rule is a level-2 heading carrying its stable
-- id, "## Be kind {#rule-4}": ids are integers never reused, shared by all languages and kept
-- through edits and reorders; the number readers see is the rule's position. Versions: one
-- draft edited freely, one published (what moderation cites), older published ones kept as
-- superseded with who published them and when. Portable SQL (partial indexes exist in
-- PostgreSQL too).

CREATE TABLE netiquette_versions (
    id           INTEGER PRIMARY KEY,
    number       INTEGER NOT NULL UNIQUE,
    state        TEXT NOT NULL DEFAULT 'draft'
                 CHECK (state IN ('draft', 'published', 'superseded')),
    source_lang  TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    published_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    published_at INTEGER
);
-- At most one draft and one published version at a time.
CREATE UNIQUE INDEX netiquette_versions_current ON netiquette_versions (state)
    WHERE state IN ('draft', 'published');

CREATE TABLE netiquette_texts (
    version_id INTEGER NOT NULL REFERENCES netiquette_versions(id) ON DELETE CASCADE,
    lang       TEXT NOT NULL,
    markdown   TEXT NOT NULL,
    PRIMARY KEY (version_id, lang)
);

-- Each version's rules per language as parsed when it was saved: what moderation cites,
-- statistics count and {{rule.N}} renders, without parsing Markdown again.
CREATE TABLE netiquette_rules (
    version_id INTEGER NOT NULL REFERENCES netiquette_versions(id) ON DELETE CASCADE,
    lang       TEXT NOT NULL,
    rule_id    INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    title      TEXT NOT NULL,
    PRIMARY KEY (version_id, lang, rule_id)
);
CREATE INDEX netiquette_rules_by_rule ON netiquette_rules (rule_id);

-- Where a message stands after moderation (NULL: untouched), and blocked authors.
ALTER TABLE messages ADD COLUMN moderation TEXT
    CHECK (moderation IN ('hidden', 'deleted', 'spam'));
ALTER TABLE authors ADD COLUMN blocked_at INTEGER;

-- Every moderation action, with the rule it cites and the published netiquette version of
-- that moment. rule_id NULL: "other" (reason says why) or spam. user_id NULL with
-- automod_decision_id set: auto-moderation did it. Reverting keeps the row. remote_state: what
-- the platform was told: 'local' (demo account, or nothing to tell it), 'pending' (the
-- account's connector carries it out), 'done', 'failed'.
CREATE TABLE moderation_actions (
    id                    INTEGER PRIMARY KEY,
    action                TEXT NOT NULL CHECK (action IN ('hide', 'delete', 'spam', 'block')),
    account_id            INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    conversation_id       INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    message_id            INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    author_id             INTEGER REFERENCES authors(id) ON DELETE SET NULL,
    rule_id               INTEGER,
    netiquette_version_id INTEGER REFERENCES netiquette_versions(id) ON DELETE SET NULL,
    reason                TEXT NOT NULL DEFAULT '',
    user_id               INTEGER REFERENCES users(id) ON DELETE SET NULL,
    automod_decision_id   INTEGER,
    notice_outbox_id      INTEGER,
    remote_state          TEXT NOT NULL DEFAULT 'pending'
                          CHECK (remote_state IN ('local', 'pending', 'done', 'failed')),
    created_at            INTEGER NOT NULL,
    reverted_at           INTEGER,
    reverted_by           INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX moderation_actions_by_rule ON moderation_actions (rule_id, created_at);
CREATE INDEX moderation_actions_by_message ON moderation_actions (message_id);
CREATE INDEX moderation_actions_by_conversation ON moderation_actions (conversation_id);

-- Auto-moderation: a rule matches incoming messages (keyword list, links, all caps, the same
-- author repeating a post) and proposes an action. It starts in dry_run (decisions shown,
-- nothing changed), goes live when switched on; off stops it.
--   pattern:    keyword: one keyword or phrase per line; link: hosts allowed, one per line
--   threshold:  caps: share of capital letters in percent; repeat: posts within a day
--   action_arg: tag: the tag; assign: "user:ID" or "department:ID"; hide: the rule id cited
-- A flag tags the conversation "flagged" and raises its priority to at least 2 (high). Where
-- the channel cannot hide a post, a hide rule flags instead and its decision says so.
-- Live rules see the incoming messages queued in automod_pending (below).
CREATE TABLE automod_rules (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('keyword', 'link', 'caps', 'repeat')),
    pattern    TEXT NOT NULL DEFAULT '',
    threshold  INTEGER NOT NULL DEFAULT 0,
    action     TEXT NOT NULL CHECK (action IN ('flag', 'tag', 'hide', 'assign')),
    action_arg TEXT NOT NULL DEFAULT '',
    mode       TEXT NOT NULL DEFAULT 'dry_run' CHECK (mode IN ('dry_run', 'live', 'off')),
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- What a live rule did to a message (action: what was done, flag where a hide was not
-- possible); undo holds what reverting restores, what matched and why an action was replaced
-- (JSON).
CREATE TABLE automod_decisions (
    id              INTEGER PRIMARY KEY,
    rule_id         INTEGER NOT NULL REFERENCES automod_rules(id) ON DELETE CASCADE,
    message_id      INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
    action          TEXT NOT NULL,
    action_arg      TEXT NOT NULL DEFAULT '',
    undo            TEXT NOT NULL DEFAULT '',
    decided_at      INTEGER NOT NULL,
    reverted_at     INTEGER,
    reverted_by     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    UNIQUE (rule_id, message_id)
);
CREATE INDEX automod_decisions_by_time ON automod_decisions (decided_at);

-- The incoming messages live rules have yet to look at, in the order they arrived (message ids
-- follow created_at, not arrival, so a late message with an old timestamp would slip behind a
-- cursor). Only filled while a rule is live: ingest pays nothing in workspaces without one, and
-- a rule switched on never acts on what arrived before.
CREATE TABLE automod_pending (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE
);
CREATE TRIGGER automod_pending_insert AFTER INSERT ON messages
WHEN NEW.direction = 'in' AND EXISTS (SELECT 1 FROM automod_rules WHERE mode = 'live') BEGIN
    INSERT OR IGNORE INTO automod_pending (message_id) VALUES (NEW.id);
END;
