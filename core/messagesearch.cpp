// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesearch.h"

#include "messagestore.h"
#include "sql.h"
#include "workspace.h"

#include <QStringList>
#include <QVariantList>

namespace hearth {

namespace {
constexpr qint64 idsPerMillisecond = MessageStore::idsPerMillisecond;

bool isSearchable(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// An FTS5 string: the text in double quotes, quotes inside doubled. The tokenizer splits it
// into words, so "e-mail" becomes the phrase e mail.
QString quoted(QString text)
{
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

struct Term
{
    QString text;
    bool prefix = false;
    bool excluded = false;
};

QList<Term> splitTerms(const QString &input)
{
    QList<Term> terms;
    qsizetype i = 0;
    while (i < input.size()) {
        while (i < input.size() && input.at(i).isSpace())
            ++i;
        if (i >= input.size())
            break;
        Term term;
        if (input.at(i) == QLatin1Char('-') && i + 1 < input.size() && !input.at(i + 1).isSpace()) {
            term.excluded = true;
            ++i;
        }
        if (input.at(i) == QLatin1Char('"')) {
            // A phrase runs to the closing quote, or to the end when there is none.
            const qsizetype close = input.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? input.size() : close;
            term.text = input.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            qsizetype end = i;
            while (end < input.size() && !input.at(end).isSpace())
                ++end;
            term.text = input.mid(i, end - i);
            term.prefix = term.text.endsWith(QLatin1Char('*'));
            term.text.remove(QLatin1Char('*')).remove(QLatin1Char('"'));
            i = end;
        }
        if (isSearchable(term.text))
            terms << term;
    }
    return terms;
}
} // namespace

MessageSearch::MessageSearch(const Workspace &workspace)
    : m_db(workspace.database())
{
}

QString MessageSearch::toMatchExpression(const QString &text)
{
    QStringList wanted;
    QStringList excluded;
    const QList<Term> terms = splitTerms(text);
    for (const Term &term : terms)
        (term.excluded ? excluded : wanted) << quoted(term.text) + (term.prefix ? QLatin1String("*") : QString());
    if (wanted.isEmpty())
        return QString();
    QString expression = wanted.join(QLatin1Char(' '));
    for (const QString &term : std::as_const(excluded))
        expression += QLatin1String(" NOT ") + term;
    return expression;
}

bool MessageSearch::search(const SearchRequest &request, QList<SearchHit> *hits, QString *error) const
{
    hits->clear();
    const QString match = toMatchExpression(request.text);
    if (match.isEmpty()) {
        *error = tr("Type at least one word to search for.");
        return false;
    }

    // Fixed fragments only; every value is bound. The index is read newest first (its rowid
    // is the time-ordered message id) and stops after `limit` hits: no sort over all hits.
    QStringList joins;
    QStringList where{QStringLiteral("messages_fts MATCH ?")};
    QVariantList values{match};
    if (request.since) {
        where << QStringLiteral("f.rowid >= ?");
        values << *request.since * idsPerMillisecond;
    }
    if (request.until) {
        where << QStringLiteral("f.rowid < ?");
        values << (*request.until + 1) * idsPerMillisecond;
    }
    if (request.accountId) {
        where << QStringLiteral("m.account_id = ?");
        values << *request.accountId;
    }
    if (!request.language.isEmpty()) {
        where << QStringLiteral("m.lang = ?");
        values << request.language;
    }
    if (!request.channelKind.isEmpty()) {
        joins << QStringLiteral("JOIN accounts a ON a.id = m.account_id");
        where << QStringLiteral("a.kind = ?");
        values << request.channelKind;
    }
    if (!request.status.isEmpty() || request.assigneeId || !request.tag.isEmpty())
        joins << QStringLiteral("JOIN conversations c ON c.id = m.conversation_id");
    if (!request.status.isEmpty()) {
        where << QStringLiteral("c.status = ?");
        values << request.status;
    }
    if (request.assigneeId) {
        where << QStringLiteral("c.assignee_id = ?");
        values << *request.assigneeId;
    }
    if (!request.tag.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT ct.conversation_id FROM conversation_tags ct "
                                "JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)");
        values << request.tag;
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString statement =
        QStringLiteral("SELECT m.id, m.conversation_id, m.account_id, m.author_name, "
                       "  snippet(messages_fts, 0, char(2), char(3), '…', 16), m.lang, m.direction, m.created_at "
                       "FROM messages_fts f JOIN messages m ON m.id = f.rowid ")
        + joins.join(QLatin1Char(' ')) + QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "))
        + QLatin1String(" ORDER BY f.rowid DESC LIMIT ?");
    if (!sql::prepare(query, statement)) {
        *error = tr("The search could not be run: %1").arg(sql::lastError(query));
        return false;
    }
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(qMax(1, request.limit));
    if (!sql::exec(query)) {
        *error = tr("The search could not be run: %1").arg(sql::lastError(query));
        return false;
    }
    while (query.next()) {
        hits->append(SearchHit{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                               query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                               query.value(6).toString() == QLatin1String("out"), query.value(7).toLongLong()});
    }
    return true;
}

} // namespace hearth
