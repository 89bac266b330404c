-- SPDX-FileCopyrightText: 2026 The Hearth authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A stable, random id for the workspace: the keychain keeps each account's password or token
-- under this id and the account's, so two workspaces never share (or overwrite) a secret even
-- when their accounts have the same numbers. randomblob() is SQLite's; like the pragmas, it
-- stays in this folder.
INSERT INTO workspace_settings (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));
