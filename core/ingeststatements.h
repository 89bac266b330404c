// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The statements of the ingest path, in one place: MessageStore runs them, and hearth-bench's
// raw sqlite3 baseline runs the very same text, so the two measure the same work.
namespace hearth::ingest {

// Which of a batch's messages (a JSON array of remote ids) are stored already: one statement
// per batch. CROSS JOIN keeps the array the outer loop, so each id is one index lookup.
inline constexpr char findMessages[] =
    "SELECT m.remote_id, m.id, m.body_text, m.body_html, m.author_name "
    "FROM json_each(?) j CROSS JOIN messages m WHERE m.account_id = ? AND m.remote_id = j.value";
inline constexpr char updateMessage[] = "UPDATE messages SET body_text = ?, body_html = ?, author_name = ? WHERE id = ?";
inline constexpr char findAuthor[] = "SELECT id, name, handle FROM authors WHERE account_id = ? AND remote_id = ?";
inline constexpr char insertAuthor[] = "INSERT INTO authors (account_id, remote_id, name, handle) VALUES (?, ?, ?, ?)";
inline constexpr char updateAuthor[] = "UPDATE authors SET name = ?, handle = ? WHERE id = ?";
inline constexpr char findParent[] = "SELECT c.remote_thread_id FROM messages m "
                                     "JOIN conversations c ON c.id = m.conversation_id "
                                     "WHERE m.account_id = ? AND m.remote_id = ?";
inline constexpr char findConversation[] =
    "SELECT id, status, subject, author_name, first_response_due, created_at, last_message_at, author_id "
    "FROM conversations WHERE account_id = ? AND remote_thread_id = ?";
inline constexpr char insertConversation[] =
    "INSERT INTO conversations (account_id, remote_thread_id, subject, status, first_response_due, "
    "  created_at, last_message_at, author_name, author_id, snippet, message_count) "
    "VALUES (?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?)";
// A NULL snippet keeps the one there.
inline constexpr char updateConversation[] =
    "UPDATE conversations SET message_count = message_count + ?, subject = ?, author_name = ?, "
    "  snippet = coalesce(?, snippet), first_response_due = ?, created_at = ?, last_message_at = ? "
    "WHERE id = ?";
// Rare (a conversation the team started, answered later): author_id is indexed, and naming it
// in the common update makes SQLite rewrite its index entry at every message.
inline constexpr char setConversationAuthor[] = "UPDATE conversations SET author_id = ? WHERE id = ?";
inline constexpr char reopenConversation[] = "UPDATE conversations SET status = 'open' WHERE id = ?";
inline constexpr char probeMessageId[] = "SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?";
// A blocked author's new message arrives as spam (an e-mail sender is blocked only in Hearth).
inline constexpr char insertMessage[] =
    "INSERT INTO messages (id, account_id, conversation_id, remote_id, parent_remote_id, author_id, "
    "  author_name, direction, visibility, body_text, body_html, lang, url, created_at, received_at, moderation) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "  (SELECT 'spam' FROM authors WHERE id = ? AND blocked_at IS NOT NULL))";
inline constexpr char indexMessage[] = "INSERT INTO messages_fts (rowid, body_text, author_name) VALUES (?, ?, ?)";
inline constexpr char saveCursor[] =
    "INSERT INTO sync_cursors (account_id, cursor, updated_at) VALUES (?, ?, ?) "
    "ON CONFLICT (account_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at";

} // namespace hearth::ingest
