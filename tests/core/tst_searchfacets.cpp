// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestore.h"
#include "searchfacets.h"
#include "testmessages.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::message;

class TestSearchFacets : public QObject
{
    Q_OBJECT

private slots:
    void tagsAndTheLanguagesOfTheNewestMessages();
};

void TestSearchFacets::tagsAndTheLanguagesOfTheNewestMessages()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("facets.hearth"))));
    MessageStore store(workspace);
    const qint64 account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    QList<IncomingMessage> messages;
    const QStringList languages{QStringLiteral("fr"), QStringLiteral("pl"), QString(), QStringLiteral("de"),
                                QStringLiteral("da"), QStringLiteral("de")}; // oldest first
    for (int i = 0; i < languages.size(); ++i) {
        messages << message(QStringLiteral("m%1").arg(i), i, QStringLiteral("Text"));
        messages.last().lang = languages.at(i);
    }
    QVERIFY(store.ingest(account, messages).ok);
    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('shipping'), ('recall')")));

    SearchFacets facets;
    QVERIFY(SearchFacets::read(workspace, &facets));
    QCOMPARE(facets.tags, (QStringList{QStringLiteral("recall"), QStringLiteral("shipping")}));
    QCOMPARE(facets.languages, (QStringList{QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("fr"),
                                            QStringLiteral("pl")}));
    // Only the newest messages are read: three of them speak Danish and German.
    QVERIFY(SearchFacets::read(workspace, &facets, 3));
    QCOMPARE(facets.languages, (QStringList{QStringLiteral("da"), QStringLiteral("de")}));
}

QTEST_GUILESS_MAIN(TestSearchFacets)
#include "tst_searchfacets.moc"
