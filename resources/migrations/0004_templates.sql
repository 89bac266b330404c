-- SPDX-FileCopyrightText: 2026 The Hearth authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The canned-response library. A template is one answer; its versions are kept for ever, so
-- what was approved, sent and compared can always be read back. A version holds everything
-- an edit can change (title, shortcut, tags, the texts in each language), so editing an
-- approved template writes a new draft version while the approved one stays in use. Portable
-- SQL: partial indexes exist in PostgreSQL too.
--
-- Version states: draft -> awaiting -> approved | changes_requested (-> draft again by an
-- edit); approved -> superseded (a newer version was approved) | retired.
-- The one-person workspace's self-approval is workspace_settings 'templates.self_approval'.

CREATE TABLE templates (
    id                  INTEGER PRIMARY KEY,
    created_by          INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at          INTEGER NOT NULL,
    -- The version in use; NULL until one is approved and after the template is retired.
    approved_version_id INTEGER,
    retired_at          INTEGER
);

CREATE TABLE template_versions (
    id              INTEGER PRIMARY KEY,
    template_id     INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'draft'
                    CHECK (state IN ('draft', 'awaiting', 'approved', 'changes_requested',
                                     'superseded', 'retired')),
    title           TEXT NOT NULL,
    category        TEXT NOT NULL DEFAULT '',
    shortcut        TEXT NOT NULL DEFAULT '',
    crisis          INTEGER NOT NULL DEFAULT 0 CHECK (crisis IN (0, 1)),
    source_lang     TEXT NOT NULL,
    author_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    submitted_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    submitted_at    INTEGER,
    decided_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    decided_at      INTEGER,
    decision_comment TEXT NOT NULL DEFAULT '',
    UNIQUE (template_id, number)
);
-- The approval queue: what awaits a manager, oldest submission first.
CREATE INDEX template_versions_awaiting ON template_versions (submitted_at)
    WHERE state = 'awaiting';
-- Shortcut lookups in the composer read approved versions only.
CREATE INDEX template_versions_by_shortcut ON template_versions (shortcut)
    WHERE state = 'approved';

-- One text per version and language; out_of_date marks a translation whose source text
-- changed after it was written.
CREATE TABLE template_variants (
    version_id  INTEGER NOT NULL REFERENCES template_versions(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    body        TEXT NOT NULL,
    out_of_date INTEGER NOT NULL DEFAULT 0 CHECK (out_of_date IN (0, 1)),
    PRIMARY KEY (version_id, lang)
);

CREATE TABLE template_version_tags (
    version_id INTEGER NOT NULL REFERENCES template_versions(id) ON DELETE CASCADE,
    tag        TEXT NOT NULL,
    PRIMARY KEY (version_id, tag)
);

-- Each use of a template in a reply: which version and language, by whom, where, and how
-- far the text sent differs from the template's (word edits, and that as a share 0..1).
CREATE TABLE template_usage (
    id              INTEGER PRIMARY KEY,
    template_id     INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
    version_id      INTEGER NOT NULL REFERENCES template_versions(id) ON DELETE CASCADE,
    lang            TEXT NOT NULL,
    user_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    outbox_id       INTEGER,
    used_at         INTEGER NOT NULL,
    edit_distance   INTEGER NOT NULL,
    difference      REAL NOT NULL
);
CREATE INDEX template_usage_by_template ON template_usage (template_id, used_at);
CREATE INDEX template_usage_by_user ON template_usage (user_id, used_at);
