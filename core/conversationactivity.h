// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

class Workspace;

// One thing that happened to a conversation inside the team: an internal note, or a line of
// the audit trail.
struct ActivityEntry
{
    enum class Kind { Note, Event };

    Kind kind = Kind::Event;
    qint64 id = 0; // the note's or the audit line's id
    qint64 at = 0;
    std::optional<qint64> userId; // none: Hearth did it by itself
    QString userName;             // "Hearth" for what was automatic
    QString action;               // the audit action; "note" for notes
    QJsonObject details;          // empty when the audit line had none or it was unreadable
    QString noteText;             // notes only; never sent to the customer
    QString sentence;             // who did what, translated, as plain text
};

// A conversation's internal notes and its audit trail, merged oldest first: who did what,
// when. Reads what any part of Hearth wrote and stays readable when a line is not understood:
// an unknown action shows its own name, unreadable details a more general sentence.
class ConversationActivity
{
    Q_DECLARE_TR_FUNCTIONS(ConversationActivity)

public:
    // False (with a translated error) when the rows cannot be read.
    static bool load(const Workspace &workspace, qint64 conversationId, QList<ActivityEntry> *entries,
                     QString *error = nullptr);
    static QString statusName(const QString &status);

private:
    struct Names
    {
        QHash<qint64, QString> users;
        QHash<qint64, QString> departments;
    };
    static QString describe(const ActivityEntry &entry, const Names &names);
    static QString moderationSentence(const QString &who, const QJsonObject &details);
    static QString authorOrSomeone(const QJsonObject &details);
};

} // namespace hearth
