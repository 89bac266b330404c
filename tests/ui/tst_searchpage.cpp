// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"
#include "messagesearch.h"
#include "searchfilterbar.h"
#include "searchpage.h"
#include "searchresultsmodel.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hearth;

// The search's filters narrow the hits exactly as the core search does with the same
// request, and the results stay on the page.
class TestSearchPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void eachFilterNarrowsTheHits_data();
    void eachFilterNarrowsTheHits();
    void datesNarrowTheHits();
    void clearFiltersShowsEverythingAgain();

private:
    QList<qint64> shownConversations() const;
    QList<qint64> directConversations(const SearchRequest &filters) const;

    QTemporaryDir m_dir;
    Workspace m_workspace;
    std::unique_ptr<SearchPage> m_page;
    const QString m_text = QStringLiteral("lemon*");
};

void TestSearchPage::initTestCase()
{
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("search.hearth"))));
    QString error;
    QVERIFY2(DemoWorkspace::populate(m_workspace, QDateTime::currentDateTime(), &error), qPrintable(error));
}

void TestSearchPage::init()
{
    m_page = std::make_unique<SearchPage>();
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_page->search(m_workspace, m_text));
    // Below the limit, so a filter that narrows shows fewer hits rather than the limit again.
    QVERIFY(m_page->hitCount() > 20);
    QVERIFY(m_page->hitCount() < SearchPage::maxHits);
}

QList<qint64> TestSearchPage::shownConversations() const
{
    const auto *view = m_page->findChild<QTreeView *>(QStringLiteral("searchResults"));
    QList<qint64> ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids << view->model()->index(row, 0).data(SearchResultsModel::ConversationIdRole).toLongLong();
    return ids;
}

QList<qint64> TestSearchPage::directConversations(const SearchRequest &filters) const
{
    SearchRequest request = filters;
    request.text = m_text;
    request.limit = SearchPage::maxHits;
    QList<SearchHit> hits;
    QString error;
    if (!MessageSearch(m_workspace).search(request, &hits, &error))
        qWarning() << error;
    QList<qint64> ids;
    for (const SearchHit &hit : std::as_const(hits))
        ids << hit.conversationId;
    return ids;
}

void TestSearchPage::eachFilterNarrowsTheHits_data()
{
    QTest::addColumn<QString>("box");
    QTest::newRow("channel kind") << QStringLiteral("filterChannelKind");
    QTest::newRow("account") << QStringLiteral("filterAccount");
    QTest::newRow("status") << QStringLiteral("filterStatus");
    QTest::newRow("assignee") << QStringLiteral("filterAssignee");
    QTest::newRow("tag") << QStringLiteral("filterTag");
    QTest::newRow("language") << QStringLiteral("filterLanguage");
}

void TestSearchPage::eachFilterNarrowsTheHits()
{
    QFETCH(QString, box);
    auto *combo = m_page->findChild<QComboBox *>(box);
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), 0); // "Any"
    QCOMPARE(combo->currentText(), QStringLiteral("Any"));
    QVERIFY2(combo->count() > 2, qPrintable(box)); // the demo offers choices
    const QList<qint64> all = shownConversations();
    QCOMPARE(all, directConversations(SearchRequest()));

    // Step through every choice with the keyboard; each shows what the core finds with it.
    combo->setFocus();
    int narrowed = 0;
    for (int i = 1; i < combo->count(); ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), i);
        SearchRequest filters;
        m_page->filterBar()->applyTo(&filters);
        QVERIFY(!filters.channelKind.isEmpty() || filters.accountId || !filters.status.isEmpty() || filters.assigneeId
                || !filters.tag.isEmpty() || !filters.language.isEmpty());
        const QList<qint64> expected = directConversations(filters);
        QCOMPARE(shownConversations(), expected);
        QCOMPARE(m_page->hitCount(), expected.size());
        for (qint64 id : expected)
            QVERIFY(all.contains(id));
        if (!expected.isEmpty() && expected.size() < all.size())
            ++narrowed;
    }
    QVERIFY2(narrowed > 0, qPrintable(box));
}

void TestSearchPage::datesNarrowTheHits()
{
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("filterFrom"));
    auto *to = m_page->findChild<QDateEdit *>(QStringLiteral("filterTo"));
    QCOMPARE(from->text(), QStringLiteral("Any"));
    const int all = m_page->hitCount();
    // The demo spreads its conversations over the last weeks.
    const QDate today = QDate::currentDate();
    from->setDate(today.addDays(-7));
    SearchRequest filters;
    m_page->filterBar()->applyTo(&filters);
    QVERIFY(filters.since && !filters.until);
    QCOMPARE(*filters.since, today.addDays(-7).startOfDay().toMSecsSinceEpoch());
    QCOMPARE(shownConversations(), directConversations(filters));
    const int sinceAWeek = m_page->hitCount();
    QVERIFY(sinceAWeek < all);

    to->setDate(today.addDays(-3));
    filters = SearchRequest();
    m_page->filterBar()->applyTo(&filters);
    QCOMPARE(*filters.until, today.addDays(-2).startOfDay().toMSecsSinceEpoch() - 1);
    QCOMPARE(shownConversations(), directConversations(filters));
    QVERIFY(m_page->hitCount() <= sinceAWeek);
}

void TestSearchPage::clearFiltersShowsEverythingAgain()
{
    const QList<qint64> all = shownConversations();
    auto *clear = m_page->findChild<QPushButton *>(QStringLiteral("clearFilters"));
    QVERIFY(!clear->isEnabled());
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("filterStatus"));
    auto *language = m_page->findChild<QComboBox *>(QStringLiteral("filterLanguage"));
    status->setCurrentIndex(status->findData(QStringLiteral("resolved")));
    language->setCurrentIndex(language->findData(QStringLiteral("pl")));
    QVERIFY(clear->isEnabled());
    QVERIFY(shownConversations() != all);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(language->currentIndex(), 0);
    QCOMPARE(shownConversations(), all);
    QVERIFY(!clear->isEnabled());
}

QTEST_MAIN(TestSearchPage)
#include "tst_searchpage.moc"
