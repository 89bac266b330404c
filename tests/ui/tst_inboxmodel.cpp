// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogs.h"
#include "inboxmodel.h"
#include "messagestore.h"
#include "uiresources.h"
#include "workspace.h"

#include <QColor>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hearth;

class TestInboxModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryRowInOrderWithBoundedMemory();
    void jumpsToTheMiddleWithOneQuery();
    void endsExactlyAtTheOldest();
    void showsAView();
    void badgesCountDownToTheResponseTarget_data();
    void badgesCountDownToTheResponseTarget();

private:
    QList<qint64> newestFirst(const QString &where = QStringLiteral("1"));

    static constexpr int conversations = 2000; // ten pages
    QTemporaryDir m_dir;
    Workspace m_workspace;
    qint64 m_account = 0;
};

void TestInboxModel::initTestCase()
{
    // English plural forms come from Hearth's English catalog, as in the app.
    initUiResources();
    static QTranslator hearthCatalog;
    static QTranslator qtCatalog;
    Catalogs::install(hearthCatalog, qtCatalog, QLocale::c());

    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("model.hearth"))));
    MessageStore store(m_workspace);
    m_account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    QList<IncomingMessage> batch;
    for (int i = 0; i < conversations; ++i) {
        IncomingMessage message;
        message.remoteId = QStringLiteral("m%1").arg(i);
        message.authorRemoteId = QStringLiteral("a%1@mail.example").arg(i % 50);
        message.authorName = QStringLiteral("Author %1").arg(i % 50);
        message.text = QStringLiteral("Message number %1").arg(i);
        message.createdAt = 1'790'000'000'000 + qint64(i) * 60'000; // one a minute, evenly
        batch << message;
    }
    QVERIFY(store.ingest(m_account, batch).ok);
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET status = 'open' WHERE id % 3 = 0")));
}

QList<qint64> TestInboxModel::newestFirst(const QString &where)
{
    QSqlQuery query(m_workspace.database());
    query.exec(QStringLiteral("SELECT id FROM conversations WHERE %1 ORDER BY last_message_at DESC, id DESC").arg(where));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

void TestInboxModel::readsEveryRowInOrderWithBoundedMemory()
{
    InboxModel model;
    model.setWorkspace(&m_workspace, {{m_account, QStringLiteral("email")}});
    QCOMPARE(model.rowCount(), conversations);
    QCOMPARE(model.columnCount(), int(InboxModel::ColumnCount));
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong();
        QVERIFY(model.cachedPages() <= InboxModel::maxCachedPages);
    }
    QCOMPARE(ids, newestFirst());
    QCOMPARE(model.pageQueries(), conversations / InboxModel::pageSize);
    QCOMPARE(model.data(model.index(0, InboxModel::AuthorColumn)).toString(), QStringLiteral("Author 49"));
    QVERIFY(model.data(model.index(0, InboxModel::ConversationColumn)).toString().contains(QStringLiteral("1999")));
    QCOMPARE(model.data(model.index(0, InboxModel::StatusColumn)).toString(), QStringLiteral("New"));
    QVERIFY(!model.data(model.index(0, InboxModel::AuthorColumn), Qt::DecorationRole).isNull());
}

void TestInboxModel::jumpsToTheMiddleWithOneQuery()
{
    InboxModel model;
    model.setWorkspace(&m_workspace, {});
    const int before = model.pageQueries();
    const int middle = conversations / 2;
    const qint64 id = model.data(model.index(middle, 0), InboxModel::ConversationIdRole).toLongLong();
    QCOMPARE(model.pageQueries(), before + 1);
    // Evenly spread rows: the estimate lands within a page of the true position.
    const qsizetype position = newestFirst().indexOf(id);
    QVERIFY2(qAbs(position - middle) <= InboxModel::pageSize, qPrintable(QString::number(position)));
    QVERIFY(model.cachedPages() <= 2);
}

void TestInboxModel::endsExactlyAtTheOldest()
{
    InboxModel model;
    model.setWorkspace(&m_workspace, {});
    const QList<qint64> expected = newestFirst();
    for (int row = conversations - 1; row >= conversations - 450; --row)
        QCOMPARE(model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong(), expected.at(row));
}

void TestInboxModel::showsAView()
{
    InboxModel model;
    model.setWorkspace(&m_workspace, {});
    InboxFilter open;
    open.status = QStringLiteral("open");
    model.setView(open, InboxSort::Newest);
    const QList<qint64> expected = newestFirst(QStringLiteral("status = 'open'"));
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong(), expected.at(row));
    QCOMPARE(model.data(model.index(0, InboxModel::StatusColumn)).toString(), QStringLiteral("Open"));

    model.setWorkspace(nullptr, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestInboxModel::badgesCountDownToTheResponseTarget_data()
{
    QTest::addColumn<qint64>("minutesLeft");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("colour");
    QTest::newRow("plenty") << qint64(45) << QStringLiteral("45 min left") << QString();
    QTest::newRow("hours") << qint64(150) << QStringLiteral("2 h left") << QString();
    QTest::newRow("soon") << qint64(10) << QStringLiteral("10 min left") << QStringLiteral("#c66a00");
    QTest::newRow("overdue") << qint64(-90) << QStringLiteral("overdue 1 h") << QStringLiteral("#c01c28");
    QTest::newRow("long overdue") << qint64(-3 * 24 * 60) << QStringLiteral("overdue 3 days") << QStringLiteral("#c01c28");
}

void TestInboxModel::badgesCountDownToTheResponseTarget()
{
    QFETCH(qint64, minutesLeft);
    QFETCH(QString, badge);
    QFETCH(QString, colour);
    InboxModel model;
    model.setWorkspace(&m_workspace, {});
    const QModelIndex first = model.index(0, InboxModel::ResponseColumn);
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT first_response_due FROM conversations WHERE id = %1")
                           .arg(first.data(InboxModel::ConversationIdRole).toLongLong())) && query.next());
    model.setNow(query.value(0).toLongLong() - minutesLeft * 60 * 1000);
    QCOMPARE(first.data().toString(), badge);
    const QVariant foreground = first.data(Qt::ForegroundRole);
    QCOMPARE(foreground.isValid() ? foreground.value<QColor>().name() : QString(), colour);
}

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
