// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

struct ConversationThread;
struct User;

// Something wrong with a placeholder in a text: where it starts (0-based offset into the
// text), how long the faulty part is, and a translated sentence saying what is wrong.
struct PlaceholderProblem
{
    int position = 0;
    int length = 0;
    QString message;
};

// A well-formed placeholder in a text: its name and where it stands (0-based offset).
struct PlaceholderUse
{
    QString name;
    int position = 0;
    int length = 0;
};

// {{author.first_name}}-style placeholders in replies and canned responses. A placeholder
// may carry a fallback used when there is no value: {{author.first_name|there}}. Spaces
// inside the braces are allowed: {{ author.name | there }}.
class Placeholders
{
    Q_DECLARE_TR_FUNCTIONS(Placeholders)

public:
    static const QString authorName;
    static const QString authorFirstName;
    static const QString agentName;
    static const QString agentFirstName;
    static const QString channelName;
    static const QString conversationLink;
    // The netiquette's rules, {{rule.1}}, {{rule.2}} …: a numbered family (addNumberedName).
    static const QString rulePrefix;

    // Knows the standard names above.
    Placeholders();

    // More names this text may use (a later issue adds the netiquette's rules).
    void addName(const QString &name);
    // A family of numbered names: addNumberedName("rule") accepts rule.1, rule.2, …
    void addNumberedName(const QString &prefix);
    bool isKnown(const QString &name) const;
    QStringList names() const;

    // Every problem, in text order. Empty: the text can be rendered as it is meant.
    QList<PlaceholderProblem> validate(const QString &text) const;

    // The well-formed placeholders of a text, in order, known or not.
    static QList<PlaceholderUse> uses(const QString &text);

    // The text with each well-formed placeholder replaced by its value, else its fallback,
    // else nothing. Malformed braces are left as they are (validate() reports them).
    static QString render(const QString &text, const QHash<QString, QString> &values);

    // The values a reply in this conversation fills in, written by this agent.
    static QHash<QString, QString> valuesFor(const ConversationThread &thread, const User &agent);
    // "Zoë" from "Zoë Martin"; a handle stays whole.
    static QString firstName(const QString &name);

private:
    QStringList m_names;
    QStringList m_numberedPrefixes;
};

} // namespace hearth
