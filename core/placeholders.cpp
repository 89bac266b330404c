// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholders.h"

#include "conversationthread.h"
#include "userdirectory.h"

namespace hearth {

const QString Placeholders::authorName = QStringLiteral("author.name");
const QString Placeholders::authorFirstName = QStringLiteral("author.first_name");
const QString Placeholders::agentName = QStringLiteral("agent.name");
const QString Placeholders::agentFirstName = QStringLiteral("agent.first_name");
const QString Placeholders::channelName = QStringLiteral("channel.name");
const QString Placeholders::conversationLink = QStringLiteral("conversation.link");
const QString Placeholders::rulePrefix = QStringLiteral("rule");

namespace {

const QLatin1String openBraces("{{");
const QLatin1String closeBraces("}}");

// One piece of a text as the placeholder syntax sees it.
struct Token
{
    enum class Kind { Placeholder, Empty, Unclosed, StrayClose };
    Kind kind;
    int start;
    int length;
    QString name;
    QString fallback;
};

// The placeholders and the malformed braces of a text, in order. A placeholder ends at the
// first "}}"; one interrupted by another "{{" or by a line break is unclosed, so that a
// forgotten "}}" is reported where it was forgotten and not at the end of the reply.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype open = text.indexOf(openBraces, from);
        const qsizetype close = text.indexOf(closeBraces, from);
        if (close >= 0 && (open < 0 || close < open)) {
            tokens << Token {Token::Kind::StrayClose, int(close), 2, QString(), QString()};
            from = close + 2;
            continue;
        }
        if (open < 0)
            break;
        while (open + 2 < text.size() && text.at(open + 2) == QLatin1Char('{'))
            ++open; // "{{{name}}": the last two braces open it
        const qsizetype inner = open + 2;
        const qsizetype end = text.indexOf(closeBraces, inner);
        const qsizetype nextOpen = text.indexOf(openBraces, inner);
        const qsizetype lineBreak = text.indexOf(QLatin1Char('\n'), inner);
        if (end < 0 || (nextOpen >= 0 && nextOpen < end) || (lineBreak >= 0 && lineBreak < end)) {
            tokens << Token {Token::Kind::Unclosed, int(open), 2, QString(), QString()};
            from = inner;
            continue;
        }
        const QString content = text.mid(inner, end - inner);
        const qsizetype bar = content.indexOf(QLatin1Char('|'));
        const QString name = (bar < 0 ? content : content.left(bar)).trimmed();
        const QString fallback = bar < 0 ? QString() : content.mid(bar + 1).trimmed();
        tokens << Token {name.isEmpty() ? Token::Kind::Empty : Token::Kind::Placeholder, int(open), int(end + 2 - open),
            name, fallback};
        from = end + 2;
    }
    return tokens;
}

} // namespace

Placeholders::Placeholders()
    : m_names {authorName, authorFirstName, agentName, agentFirstName, channelName, conversationLink}
{ }

void Placeholders::addName(const QString &name)
{
    if (!m_names.contains(name))
        m_names << name;
}

void Placeholders::addNumberedName(const QString &prefix)
{
    if (!m_numberedPrefixes.contains(prefix))
        m_numberedPrefixes << prefix;
}

bool Placeholders::isKnown(const QString &name) const
{
    if (m_names.contains(name))
        return true;
    for (const QString &prefix : m_numberedPrefixes) {
        if (name.size() > prefix.size() + 1 && name.startsWith(prefix) && name.at(prefix.size()) == QLatin1Char('.')) {
            bool number = false;
            const int n = name.mid(prefix.size() + 1).toInt(&number);
            if (number && n > 0 && name.at(prefix.size() + 1).isDigit())
                return true;
        }
    }
    return false;
}

QStringList Placeholders::names() const
{
    QStringList names = m_names;
    for (const QString &prefix : m_numberedPrefixes)
        names << prefix + QLatin1String(".N");
    return names;
}

QList<PlaceholderProblem> Placeholders::validate(const QString &text) const
{
    QList<PlaceholderProblem> problems;
    const QList<Token> tokens = tokenize(text);
    for (const Token &token : tokens) {
        switch (token.kind) {
        case Token::Kind::Placeholder:
            if (!isKnown(token.name)) {
                QStringList known;
                for (const QString &name : names())
                    known << QLatin1String("{{") + name + QLatin1String("}}");
                problems << PlaceholderProblem {token.start, token.length,
                    tr("“%1” is not a placeholder Hearth knows. Known placeholders: %2.")
                        .arg(token.name, known.join(QLatin1String(", ")))};
            }
            break;
        case Token::Kind::Empty:
            problems << PlaceholderProblem {
                token.start, token.length, tr("“%1” names no placeholder.").arg(text.mid(token.start, token.length))};
            break;
        case Token::Kind::Unclosed:
            problems << PlaceholderProblem {token.start, token.length,
                tr("A placeholder opened with “{{” is not closed with “}}” on the same line.")};
            break;
        case Token::Kind::StrayClose:
            problems << PlaceholderProblem {
                token.start, token.length, tr("“}}” closes no placeholder; a placeholder starts with “{{”.")};
            break;
        }
    }
    return problems;
}

QList<PlaceholderUse> Placeholders::uses(const QString &text)
{
    QList<PlaceholderUse> result;
    for (const Token &token : tokenize(text)) {
        if (token.kind == Token::Kind::Placeholder)
            result << PlaceholderUse {token.name, token.start, token.length};
    }
    return result;
}

QString Placeholders::render(const QString &text, const QHash<QString, QString> &values)
{
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    const QList<Token> tokens = tokenize(text);
    for (const Token &token : tokens) {
        if (token.kind != Token::Kind::Placeholder)
            continue;
        result += text.mid(copied, token.start - copied);
        const QString value = values.value(token.name);
        result += value.isEmpty() ? token.fallback : value;
        copied = token.start + token.length;
    }
    result += text.mid(copied);
    return result;
}

QHash<QString, QString> Placeholders::valuesFor(const ConversationThread &thread, const User &agent)
{
    QString author = thread.conversation.authorName;
    QString link;
    for (const ThreadMessage &message : thread.messages) {
        if (author.isEmpty() && !message.outbound)
            author = message.authorName;
        if (link.isEmpty())
            link = message.url; // the first message's address is the conversation's
    }
    return {{authorName, author.trimmed()}, {authorFirstName, firstName(author)}, {agentName, agent.name.trimmed()},
        {agentFirstName, firstName(agent.name)}, {channelName, thread.accountName}, {conversationLink, link}};
}

QString Placeholders::firstName(const QString &name)
{
    return name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

} // namespace hearth
