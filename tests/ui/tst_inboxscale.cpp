// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlist.h"
#include "inboxmodel.h"
#include "messagestore.h"
#include "transaction.h"
#include "uiresources.h"
#include "workspace.h"

#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

// The inbox at the scale it promises: a workspace of a million messages in 250,000
// conversations, read through InboxModel as the list reads it. Counts queries rather than
// timing them: a first page or a jump that costs one keyset query costs the same at any
// size, which the benchmark (hearth-bench) then puts figures on.
class TestInboxScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsEveryConversation();
    void firstPageIsOneKeysetQuery_data();
    void firstPageIsOneKeysetQuery();
    void scrollBarJumpToTheMiddleIsOneQuery();
    void cachedPagesStayBoundedAnywhere();

private:
    qint64 scalar(const QString &statement);
    // The conversations before a row's in the newest-first order: its true position.
    qint64 positionOf(qint64 conversationId);

    static constexpr int messages = 1'000'000;
    static constexpr int conversations = 250'000;
    QTemporaryDir m_dir;
    Workspace m_workspace;
};

qint64 TestInboxScale::scalar(const QString &statement)
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 TestInboxScale::positionOf(qint64 conversationId)
{
    return scalar(QStringLiteral("SELECT count(*) FROM conversations c, conversations x WHERE x.id = %1 "
                                 "AND (c.last_message_at, c.id) > (x.last_message_at, x.id)")
                      .arg(conversationId));
}

void TestInboxScale::initTestCase()
{
    initUiResources();
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("million.hearth"))));
    MessageStore store(m_workspace);
    const qint64 mail = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    const qint64 reviews = store.ensureAccount(QStringLiteral("mastodon"), QStringLiteral("Fediverse"));
    QVERIFY(mail > 0 && reviews > 0);

    // Bulk SQL in one transaction: the shape of a synced workspace (statuses, assignees,
    // response targets, ties in time) without going through the ingest, which hearth-bench
    // measures on its own.
    Transaction transaction(m_workspace.database());
    QVERIFY(transaction.isActive());
    QSqlQuery query(m_workspace.database());
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO users (id, name, role, created_at) VALUES (1, 'Maja', 'agent', 0), "
                                       "(2, 'Jonas', 'agent', 0)")),
        qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'refund'), (2, 'bug')")));
    QVERIFY2(query.exec(QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                 "INSERT INTO conversations (id, account_id, remote_thread_id, subject, status, assignee_id, "
                 "  first_response_due, created_at, last_message_at, author_name, snippet, message_count) "
                 "SELECT i, CASE WHEN i % 3 = 0 THEN %2 ELSE %3 END, 't' || i, 'Subject ' || i, "
                 "  CASE i % 10 WHEN 0 THEN 'resolved' WHEN 1 THEN 'resolved' WHEN 2 THEN 'waiting' "
                 "    WHEN 3 THEN 'snoozed' WHEN 4 THEN 'open' ELSE 'new' END, "
                 "  CASE WHEN i % 7 = 0 THEN 1 WHEN i % 11 = 0 THEN 2 END, "
                 "  CASE WHEN i % 10 >= 4 THEN 1790000000000 + i * 40000 + 3600000 END, "
                 "  1790000000000 + i * 40000, 1790000000000 + (i / 2) * 80000 + 600000, "
                 "  'Author ' || (i % 5000), 'Message ' || i, 4 FROM n")
                            .arg(conversations)
                            .arg(reviews)
                            .arg(mail)),
        qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1) "
                 "INSERT INTO messages (id, account_id, conversation_id, remote_id, direction, visibility, body_text, "
                 "  author_name, created_at, received_at) "
                 "SELECT i + 1, c.account_id, c.id, 'm' || i, 'in', 'public', 'Message ' || i, c.author_name, "
                 "  c.created_at + (i / %2) * 200000, c.created_at FROM n JOIN conversations c ON c.id = i % %2 + 1")
                            .arg(messages)
                            .arg(conversations)),
        qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO conversation_tags SELECT id, 1 + id % 2 FROM conversations "
                                      "WHERE id % 13 = 0")));
    QVERIFY(transaction.commit());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), qint64(messages));
}

void TestInboxScale::countsEveryConversation()
{
    InboxModel model;
    model.setWorkspace(&m_workspace, {});
    QCOMPARE(model.rowCount(), conversations);
    InboxFilter open;
    open.view = InboxView::Open;
    model.setView(open, InboxSort::Newest);
    QCOMPARE(model.rowCount(),
        int(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE status IN ('new', 'open')"))));
}

void TestInboxScale::firstPageIsOneKeysetQuery_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("order");
    QTest::newRow("all, newest") << int(InboxView::All) << int(InboxSort::Newest) << QStringLiteral("1")
                                 << QStringLiteral("last_message_at DESC, id DESC");
    QTest::newRow("all open, newest") << int(InboxView::Open) << int(InboxSort::Newest)
                                      << QStringLiteral("status IN ('new', 'open')")
                                      << QStringLiteral("last_message_at DESC, id DESC");
    QTest::newRow("unassigned, oldest") << int(InboxView::Unassigned) << int(InboxSort::Oldest)
                                        << QStringLiteral("status IN ('new', 'open') AND assignee_id IS NULL")
                                        << QStringLiteral("last_message_at, id");
    QTest::newRow("mine, due soonest") << int(InboxView::Mine) << int(InboxSort::DueSoonest)
                                       << QStringLiteral("assignee_id = 1 AND status IN ('new', 'open', 'waiting') "
                                                         "AND first_response_due IS NOT NULL")
                                       << QStringLiteral("first_response_due, id");
    QTest::newRow("resolved, newest") << int(InboxView::Resolved) << int(InboxSort::Newest)
                                      << QStringLiteral("status = 'resolved'")
                                      << QStringLiteral("last_message_at DESC, id DESC");
}

void TestInboxScale::firstPageIsOneKeysetQuery()
{
    QFETCH(int, view);
    QFETCH(int, sort);
    QFETCH(QString, where);
    QFETCH(QString, order);
    InboxFilter filter;
    filter.view = InboxView(view);
    if (filter.view == InboxView::Mine)
        filter.assigneeId = 1;
    InboxModel model;
    model.setView(filter, InboxSort(sort));
    model.setWorkspace(&m_workspace, {});
    // The first page, in one keyset query; with it the count, the last row (for estimating
    // jumps), the page's tags and the names of people and departments.
    QCOMPARE(model.pageQueries(), 1);
    QCOMPARE(model.statements(), 6);
    QCOMPARE(model.cachedPages(), 1);
    QCOMPARE(model.rowCount(), int(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE ") + where)));
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM conversations WHERE %1 ORDER BY %2 LIMIT %3")
                           .arg(where, order)
                           .arg(InboxModel::pageSize)));
    for (int row = 0; query.next(); ++row)
        QCOMPARE(
            model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong(), query.value(0).toLongLong());
    QCOMPARE(model.pageQueries(), 1);
}

void TestInboxScale::scrollBarJumpToTheMiddleIsOneQuery()
{
    auto *model = new InboxModel;
    model->setWorkspace(&m_workspace, {});
    ConversationList list(model, InboxModel::ConversationIdRole, InboxModel::ConversationColumn);
    model->setParent(&list);
    list.resize(900, 500);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    list.viewport()->repaint();
    const int afterFirstPage = model->pageQueries();
    QCOMPARE(afterFirstPage, 1);

    // Drag the scroll bar to the middle: one page is read there, the rows on screen are in
    // order, and where they start is within a page of the true position.
    const int middle = conversations / 2;
    QCOMPARE(list.verticalScrollBar()->maximum() > middle, true);
    list.verticalScrollBar()->setValue(middle);
    list.viewport()->repaint();
    QCOMPARE(model->pageQueries(), afterFirstPage + 1);
    const QModelIndex top = list.indexAt(QPoint(5, 5));
    QCOMPARE(top.row(), middle);
    const qint64 id = top.data(InboxModel::ConversationIdRole).toLongLong();
    QVERIFY(id > 0);
    const qint64 position = positionOf(id);
    QVERIFY2(qAbs(position - middle) <= InboxModel::pageSize, qPrintable(QString::number(position)));
    const QModelIndex below = list.indexAt(QPoint(5, list.viewport()->height() - 5));
    QVERIFY(below.row() > middle);
    QCOMPARE(positionOf(below.data(InboxModel::ConversationIdRole).toLongLong()), position + (below.row() - middle));
    QVERIFY(model->cachedPages() <= 2);
}

void TestInboxScale::cachedPagesStayBoundedAnywhere()
{
    InboxModel model;
    InboxFilter open;
    open.view = InboxView::Open;
    model.setView(open, InboxSort::Newest);
    model.setWorkspace(&m_workspace, {});
    QRandomGenerator random(11);
    int maxCached = 0;
    // Jumps anywhere, and scrolling a few pages on from each.
    for (int jump = 0; jump < 60; ++jump) {
        const int start = int(random.bounded(model.rowCount()));
        for (int row = start; row < std::min(model.rowCount(), start + 3 * InboxModel::pageSize); row += 50) {
            QVERIFY(model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong() > 0);
            maxCached = std::max(maxCached, model.cachedPages());
        }
    }
    QCOMPARE(maxCached, InboxModel::maxCachedPages);
    // The very end reads exactly the oldest rows.
    const int last = model.rowCount() - 1;
    QCOMPARE(model.data(model.index(last, 0), InboxModel::ConversationIdRole).toLongLong(),
        scalar(QStringLiteral("SELECT id FROM conversations WHERE status IN ('new', 'open') "
                              "ORDER BY last_message_at, id LIMIT 1")));
    QVERIFY(model.cachedPages() <= InboxModel::maxCachedPages);
}

QTEST_MAIN(TestInboxScale)
#include "tst_inboxscale.moc"
