// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli and the keychain: `accounts add --secret-stdin` keeps a bot token in the keychain
// (never in argv), `sync` reads it the way the app does and the Bot API simulator, which only
// answers that token, delivers; without a keychain the sync fails in words and the account
// keeps the reason; `accounts remove` needs --yes and then takes the secret with it. Runs in
// keychainsession.sh's D-Bus session with its own GNOME Keyring.
#include "accountstore.h"
#include "credentialstore.h"
#include "telegramsimulator.h"
#include "workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hearth;

namespace {
const QString token = QStringLiteral("777001:hearth-cli-token-3c9e5a");
} // namespace

class TestCliSecrets : public QObject
{
    Q_OBJECT

private slots:
    void addsSyncsAndRemovesWithTheSecretInTheKeychain();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result cli(const QStringList &arguments, const QByteArray &input = QByteArray(),
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    std::optional<SyncAccount> account(const QString &name);
    std::optional<CredentialResult> secret(qint64 accountId);

    QTemporaryDir m_dir;
    QString m_workspace = m_dir.filePath(QStringLiteral("cli.hearth"));
};

TestCliSecrets::Result TestCliSecrets::cli(
    const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_CLI_EXECUTABLE), QStringList{QStringLiteral("-w"), m_workspace} + arguments);
    process.write(input);
    process.closeWriteChannel();
    // The simulator lives on this thread: it answers only while the wait runs the event loop.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)
        || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

std::optional<SyncAccount> TestCliSecrets::account(const QString &name)
{
    Workspace workspace;
    if (!workspace.open(m_workspace, Workspace::OpenMode::ExistingOnly))
        return std::nullopt;
    return AccountStore(workspace).accountNamed(name);
}

std::optional<CredentialResult> TestCliSecrets::secret(qint64 accountId)
{
    Workspace workspace;
    if (!workspace.open(m_workspace, Workspace::OpenMode::ExistingOnly))
        return std::nullopt;
    CredentialStore credentials(workspace);
    std::optional<CredentialResult> result;
    credentials.read(accountId, [&result](const CredentialResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000))
        return std::nullopt;
    return result;
}

void TestCliSecrets::addsSyncsAndRemovesWithTheSecretInTheKeychain()
{
    TelegramSimulator telegram(token);
    QVERIFY(telegram.start());
    telegram.post(TelegramSimulator::group(-100777, QStringLiteral("Lemonade Lovers")),
        TelegramSimulator::user(5001, QStringLiteral("Ola")), QStringLiteral("Any news?"));

    Result added = cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("telegram"),
                           QStringLiteral("Bot"), QStringLiteral("@lemonade_bot"), QStringLiteral("--setting"),
                           QStringLiteral("baseUrl=") + telegram.baseUrl().toString(), QStringLiteral("--secret-stdin")},
        token.toUtf8() + '\n');
    QCOMPARE(added.exitCode, 0);
    std::optional<SyncAccount> bot = account(QStringLiteral("Bot"));
    QVERIFY(bot);
    QCOMPARE(bot->settings.value(QStringLiteral("baseUrl")).toString(), telegram.baseUrl().toString());
    QCOMPARE(added.out.trimmed().toLongLong(), bot->id);
    std::optional<CredentialResult> kept = secret(bot->id);
    QVERIFY(kept && kept->found);
    QCOMPARE(kept->secret, token);

    added = cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("feed"), QStringLiteral("Feed"),
        QStringLiteral("http://127.0.0.1:1/feed.xml"), QStringLiteral("--setting"), QStringLiteral("pollMinutes=5")});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(account(QStringLiteral("Feed"))->settings.value(QStringLiteral("pollMinutes")), QJsonValue(5));
    QCOMPARE(cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("feed"), QStringLiteral("Bad"),
                  QStringLiteral("x"), QStringLiteral("--setting"), QStringLiteral("novalue")})
                 .exitCode,
        2);

    // Without a keychain the sync says so, and the account keeps it as its last error.
    QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    Result synced = cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Bot")}, QByteArray(), noKeychain);
    QCOMPARE(synced.exitCode, 1);
    QVERIFY2(synced.err.contains(QStringLiteral("Bot: failed: No keychain is available")), qPrintable(synced.err));
    QVERIFY(account(QStringLiteral("Bot"))->state.lastError.startsWith(QStringLiteral("No keychain is available")));
    QCOMPARE(telegram.requestCount(), 0);

    // With it, the token reaches the connector: the simulator answers only that one.
    synced = cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Bot")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QVERIFY2(synced.out.contains(QStringLiteral("Bot: 1 new message")), qPrintable(synced.out));
    QVERIFY(account(QStringLiteral("Bot"))->state.lastError.isEmpty());
    QVERIFY(!synced.err.contains(token) && !synced.out.contains(token));

    // Removing asks for --yes; without it nothing goes.
    Result removed = cli({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Bot")});
    QCOMPARE(removed.exitCode, 2);
    QVERIFY(account(QStringLiteral("Bot")));
    QVERIFY(secret(bot->id)->found);
    removed = cli({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Bot"), QStringLiteral("--yes")});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY2(removed.out.contains(QStringLiteral("1 message")), qPrintable(removed.out));
    QVERIFY(!account(QStringLiteral("Bot")));
    QVERIFY(account(QStringLiteral("Feed")));
    kept = secret(bot->id);
    QVERIFY(kept && kept->ok);
    QVERIFY(!kept->found);
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
