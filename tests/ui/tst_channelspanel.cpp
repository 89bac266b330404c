// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Channels panel against a real nginx on loopback and the real sync engine: a feed
// account added by keyboard syncs and shows it; Test says what works and what does not in
// words; pause and resume; sync now; remove asks first and Cancel keeps everything; demo
// accounts are shown as demo and cannot be tested or synced.
#include "accountdialog.h"
#include "accountstore.h"
#include "channelspanel.h"
#include "nginxserver.h"
#include "syncengine.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace hearth;

namespace {

constexpr int syncTimeoutMs = 30000;

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(HEARTH_TEST_DATA_DIR "/feeds/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestChannelsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAFeedByKeyboardAndShowsItSync();
    void dialogExplainsWhatIsMissing();
    void dialogTestsWhatIsTypedAndEditsKeepTheRest();
    void testSaysWhatWorksAndWhatDoesNot();
    void pausesAndResumes();
    void syncsNowWhenAsked();
    void removeAsksAndCancelKeepsEverything();
    void demoAccountsAreShownAsDemoAndNeverSync();

private:
    qint64 addFeed(const QString &name, const QString &path);
    int count(const QString &statement, qint64 accountId) const;
    QTreeWidgetItem *row(qint64 accountId) const;
    QString state(qint64 accountId) const;
    void showPanel();
    QPushButton *button(const QString &name) const;
    QString status() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<NginxServer> m_server;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ChannelsPanel> m_panel;
};

void TestChannelsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("channels.hearth"))));
    const std::optional<User> me = UserDirectory(*m_workspace).signIn(QStringLiteral("kim"), QStringLiteral("Kim"));
    QVERIFY(me);
    m_session = std::make_unique<WorkspaceSession>(*m_workspace, *me);
    m_server = std::make_unique<NginxServer>(QStringLiteral("    location = /broken.xml { return 503; }\n"));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->serve(QStringLiteral("feed.xml"), fixture(QStringLiteral("rss2.xml"))));
    m_engine = std::make_unique<SyncEngine>(m_workspace->path());
    m_engine->start();
}

void TestChannelsPanel::cleanup()
{
    m_panel.reset();
    m_engine.reset();
    m_server.reset();
    m_session.reset();
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestChannelsPanel::addFeed(const QString &name, const QString &path)
{
    AccountStore accounts(*m_workspace);
    const qint64 id = accounts.add(QStringLiteral("feed"), name, m_server->url(path).toString(),
        QJsonObject{{QStringLiteral("pollMinutes"), 60}});
    if (id == 0)
        qWarning() << accounts.errorString();
    m_engine->reload();
    return id;
}

int TestChannelsPanel::count(const QString &statement, qint64 accountId) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(statement);
    query.addBindValue(accountId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QTreeWidgetItem *TestChannelsPanel::row(qint64 accountId) const
{
    auto *list = m_panel->findChild<QTreeWidget *>(QStringLiteral("channelsList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(ChannelsPanel::NameColumn, Qt::UserRole).toLongLong() == accountId)
            return list->topLevelItem(i);
    }
    return nullptr;
}

QString TestChannelsPanel::state(qint64 accountId) const
{
    const QTreeWidgetItem *item = row(accountId);
    return item ? item->text(ChannelsPanel::StateColumn) : QStringLiteral("(no row)");
}

void TestChannelsPanel::showPanel()
{
    m_panel = std::make_unique<ChannelsPanel>(m_session.get(), m_engine.get());
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

QPushButton *TestChannelsPanel::button(const QString &name) const
{
    return m_panel->findChild<QPushButton *>(name);
}

QString TestChannelsPanel::status() const
{
    return m_panel->findChild<QLabel *>(QStringLiteral("channelsStatus"))->text();
}

void TestChannelsPanel::addsAFeedByKeyboardAndShowsItSync()
{
    showPanel();
    QTest::keyClick(m_panel.get(), Qt::Key_A, Qt::AltModifier); // &Add…
    AccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<AccountDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // Kind (a feed is first), then name and address, then Return saves.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lemonade Lovers"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), m_server->url(QStringLiteral("feed.xml")).toString());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    const std::optional<SyncAccount> added = AccountStore(*m_workspace).accountNamed(QStringLiteral("Lemonade Lovers"));
    QVERIFY(added);
    QCOMPARE(added->kind, QStringLiteral("feed"));
    QCOMPARE(added->address, m_server->url(QStringLiteral("feed.xml")).toString());
    QCOMPARE(added->settings.value(QStringLiteral("pollMinutes")).toInt(), 15);
    QTRY_COMPARE_WITH_TIMEOUT(state(added->id), QStringLiteral("Up to date"), syncTimeoutMs);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), added->id), 2);
    QCOMPARE(row(added->id)->text(ChannelsPanel::LastSyncColumn), QStringLiteral("just now"));
    QVERIFY(row(added->id)->text(ChannelsPanel::NextSyncColumn).startsWith(QStringLiteral("in ")));
    QVERIFY(row(added->id)->text(ChannelsPanel::ErrorColumn).isEmpty());
}

void TestChannelsPanel::dialogExplainsWhatIsMissing()
{
    AccountDialog dialog(*m_workspace, std::nullopt);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("accountName"));
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("accountAddress"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("accountMessage"));
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(message->text(), QStringLiteral("The account needs a name."));
    name->setText(QStringLiteral("Alerts"));
    address->setText(QStringLiteral("not a web address"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(message->text().contains(QStringLiteral("feed's web address")), qPrintable(message->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(AccountStore(*m_workspace).accounts().isEmpty());
    const qint64 taken = addFeed(QStringLiteral("Taken"), QStringLiteral("feed.xml"));
    name->setText(QStringLiteral("Taken"));
    address->setText(m_server->url(QStringLiteral("other.xml")).toString());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(message->text(), QStringLiteral("There is already an account called “Taken”."));
    QCOMPARE(AccountStore(*m_workspace).accounts().size(), 1);
    QCOMPARE(AccountStore(*m_workspace).account(taken)->address, m_server->url(QStringLiteral("feed.xml")).toString());

    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("accountKind"));
    name->setText(QStringLiteral("Mailbox"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("email")));
    address->setText(QStringLiteral("hello@example.org"));
    dialog.findChild<QLineEdit *>(QStringLiteral("imapHost"))->setText(QStringLiteral("imap.example.org"));
    dialog.findChild<QLineEdit *>(QStringLiteral("smtpHost"))->setText(QStringLiteral("smtp.example.org"));
    dialog.findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("hello"));
    QCOMPARE(dialog.problem(), QStringLiteral("Enter the mailbox's password."));
    kind->setCurrentIndex(kind->findData(QStringLiteral("telegram")));
    QCOMPARE(dialog.problem(), QStringLiteral("Enter the bot token that @BotFather gave you."));
    kind->setCurrentIndex(kind->findData(QStringLiteral("mastodon")));
    dialog.findChild<QLineEdit *>(QStringLiteral("mastodonInstance"))->setText(QStringLiteral("https://mastodon.example"));
    QCOMPARE(dialog.problem(), QStringLiteral("Sign in to the instance first."));
    QCOMPARE(AccountStore(*m_workspace).accounts().size(), 1);
}

void TestChannelsPanel::dialogTestsWhatIsTypedAndEditsKeepTheRest()
{
    const qint64 id = addFeed(QStringLiteral("Lemonade Lovers"), QStringLiteral("feed.xml"));
    showPanel();
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Up to date"), syncTimeoutMs);
    m_panel->selectAccount(id);
    QTest::mouseClick(button(QStringLiteral("editAccount")), Qt::LeftButton);
    AccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<AccountDialog *>()) && dialog->isVisible());
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("accountAddress"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("accountMessage"));
    QCOMPARE(address->text(), m_server->url(QStringLiteral("feed.xml")).toString());
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("accountKind"))->isEnabled());

    // Test tries what is typed, not what is saved.
    address->setText(m_server->url(QStringLiteral("broken.xml")).toString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("The test failed: ")), syncTimeoutMs);
    QCOMPARE(AccountStore(*m_workspace).account(id)->address, m_server->url(QStringLiteral("feed.xml")).toString());
    address->setText(m_server->url(QStringLiteral("feed.xml")).toString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("The connection works")), syncTimeoutMs);

    dialog->findChild<QLineEdit *>(QStringLiteral("accountName"))->setText(QStringLiteral("Lemonade fans"));
    dialog->findChild<QSpinBox *>(QStringLiteral("pollMinutes"))->setValue(45);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<AccountDialog *>());
    const std::optional<SyncAccount> edited = AccountStore(*m_workspace).account(id);
    QCOMPARE(edited->name, QStringLiteral("Lemonade fans"));
    QCOMPARE(edited->settings.value(QStringLiteral("pollMinutes")).toInt(), 45);
    QCOMPARE(row(id)->text(ChannelsPanel::NameColumn), QStringLiteral("Lemonade fans"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 2);
}

void TestChannelsPanel::testSaysWhatWorksAndWhatDoesNot()
{
    const qint64 good = addFeed(QStringLiteral("Good"), QStringLiteral("feed.xml"));
    const qint64 broken = addFeed(QStringLiteral("Broken"), QStringLiteral("broken.xml"));
    showPanel();
    m_panel->selectAccount(good);
    QTest::mouseClick(button(QStringLiteral("testAccount")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("The connection works")), syncTimeoutMs);
    QVERIFY(status().startsWith(QStringLiteral("“Good”")));
    m_panel->selectAccount(broken);
    QTest::mouseClick(button(QStringLiteral("testAccount")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("the test failed")), syncTimeoutMs);
    QVERIFY2(status().startsWith(QStringLiteral("“Broken”: the test failed: ")), qPrintable(status()));
    QVERIFY(status().size() > QStringLiteral("“Broken”: the test failed: ").size() + 10);
    // A test stores nothing: the broken feed has no messages, the good one only what its sync brought.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), broken), 0);
}

void TestChannelsPanel::pausesAndResumes()
{
    const qint64 id = addFeed(QStringLiteral("Lemonade Lovers"), QStringLiteral("feed.xml"));
    showPanel();
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Up to date"), syncTimeoutMs);
    m_panel->selectAccount(id);
    QPushButton *pause = button(QStringLiteral("pauseAccount"));
    QCOMPARE(pause->text(), QStringLiteral("&Pause"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(state(id), QStringLiteral("Paused"));
    QVERIFY(AccountStore(*m_workspace).account(id)->paused);
    QCOMPARE(pause->text(), QStringLiteral("Res&ume"));
    QVERIFY(!button(QStringLiteral("syncAccountNow"))->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!AccountStore(*m_workspace).account(id)->paused);
    QCOMPARE(state(id), QStringLiteral("Up to date"));
    QVERIFY(button(QStringLiteral("syncAccountNow"))->isEnabled());
}

void TestChannelsPanel::syncsNowWhenAsked()
{
    const qint64 id = addFeed(QStringLiteral("Lemonade Lovers"), QStringLiteral("feed.xml"));
    showPanel();
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 2, syncTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Up to date"), syncTimeoutMs);
    // New entries wait on the server; the next scheduled sync is an hour away.
    QVERIFY(m_server->serve(QStringLiteral("feed.xml"), fixture(QStringLiteral("atom-google-alerts.xml"))));
    m_panel->selectAccount(id);
    QTest::mouseClick(button(QStringLiteral("syncAccountNow")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 4, syncTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Up to date"), syncTimeoutMs);
}

void TestChannelsPanel::removeAsksAndCancelKeepsEverything()
{
    const qint64 id = addFeed(QStringLiteral("Lemonade Lovers"), QStringLiteral("feed.xml"));
    const qint64 other = addFeed(QStringLiteral("Other"), QStringLiteral("feed.xml"));
    showPanel();
    const QString messages = QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?");
    const QString conversations = QStringLiteral("SELECT count(*) FROM conversations WHERE account_id = ?");
    QTRY_COMPARE_WITH_TIMEOUT(count(messages, id), 2, syncTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(count(messages, other), 2, syncTimeoutMs);
    const int threads = count(conversations, id);
    QVERIFY(threads > 0);

    m_panel->selectAccount(id);
    QTest::mouseClick(button(QStringLiteral("removeAccount")), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_panel->findChild<QMessageBox *>(QStringLiteral("removeAccountQuestion"))));
    QVERIFY(question->text().contains(QStringLiteral("Lemonade Lovers")));
    QVERIFY2(question->informativeText().contains(QStringLiteral("%1 conversation").arg(threads)),
        qPrintable(question->informativeText()));
    QVERIFY(question->informativeText().contains(QStringLiteral("2 message")));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<QMessageBox *>(QStringLiteral("removeAccountQuestion")));
    QVERIFY(AccountStore(*m_workspace).account(id));
    QCOMPARE(count(messages, id), 2);
    QCOMPARE(count(conversations, id), threads);

    m_panel->selectAccount(id);
    QTest::mouseClick(button(QStringLiteral("removeAccount")), Qt::LeftButton);
    QTRY_VERIFY((question = m_panel->findChild<QMessageBox *>(QStringLiteral("removeAccountQuestion"))));
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("confirmRemove")), Qt::LeftButton);
    QTRY_VERIFY(!AccountStore(*m_workspace).account(id));
    QCOMPARE(count(messages, id), 0);
    QCOMPARE(count(conversations, id), 0);
    QVERIFY(!row(id));
    QCOMPARE(count(messages, other), 2);
    QVERIFY(row(other));
}

void TestChannelsPanel::demoAccountsAreShownAsDemoAndNeverSync()
{
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO accounts (kind, name, address, is_demo, created_at) "
                                         "VALUES ('feed', 'Demo feed', ?, 1, 0) RETURNING id")));
    query.addBindValue(m_server->url(QStringLiteral("feed.xml")).toString());
    QVERIFY(query.exec() && query.next());
    const qint64 demo = query.value(0).toLongLong();
    query.finish();
    m_engine->reload();
    showPanel();
    QCOMPARE(state(demo), QStringLiteral("Demo — never goes online"));
    m_panel->selectAccount(demo);
    QCOMPARE(m_panel->currentAccountId(), demo);
    for (const QString &name : {QStringLiteral("testAccount"), QStringLiteral("syncAccountNow"),
             QStringLiteral("pauseAccount"), QStringLiteral("editAccount")})
        QVERIFY2(!button(name)->isEnabled(), qPrintable(name));
    // A feed the engine would sync at once is left alone: nginx never hears of it.
    const qint64 real = addFeed(QStringLiteral("Real"), QStringLiteral("feed.xml"));
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), real), 2, syncTimeoutMs);
    QCOMPARE(m_server->statusesFor(QStringLiteral("feed.xml")).size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), demo), 0);
}

QTEST_MAIN(TestChannelsPanel)
#include "tst_channelspanel.moc"
