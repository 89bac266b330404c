// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets in the keychain through QtKeychain. Runs in keychainsession.sh's D-Bus session with
// its own GNOME Keyring; secret-tool (libsecret's own client) confirms that QtKeychain really
// wrote to that Secret Service, not to some other store. Without the session every test fails.
#include "credentialstore.h"
#include "workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hearth;

namespace {

using Call = std::function<void(CredentialStore::Done)>;

std::optional<CredentialResult> await(const Call &call)
{
    std::optional<CredentialResult> result;
    call([&result](const CredentialResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000))
        qWarning("The keychain did not answer in time.");
    return result;
}

// What the Secret Service itself holds under QtKeychain's attributes for the key.
QString secretServiceLookup(const QString &key)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"), CredentialStore::service()});
    if (!lookup.waitForFinished(60000))
        return QStringLiteral("(secret-tool did not finish)");
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    // First: the session bus connection, once made, is kept for the process.
    void withoutAKeychainSaysSo();
    void writesReadsOverwritesAndRemoves();
    void keepsTwoWorkspacesApart();
    void aWorkspaceWithoutIdKeepsNothing();

private:
    QTemporaryDir m_dir;
};

void TestCredentialStore::withoutAKeychainSaysSo()
{
    QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-bus"))));
    CredentialStore store(QStringLiteral("0123abcd"));
    const auto written = await([&](CredentialStore::Done done) { store.write(1, QStringLiteral("nowhere"), done); });
    const auto read = await([&](CredentialStore::Done done) { store.read(1, done); });
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    QVERIFY(written && read);
    QVERIFY(!written->ok);
    QVERIFY2(written->error.startsWith(QStringLiteral("No keychain is available")), qPrintable(written->error));
    QVERIFY(!read->ok);
    QVERIFY2(read->error.startsWith(QStringLiteral("No keychain is available")), qPrintable(read->error));
    QVERIFY(!read->error.contains(QStringLiteral("nowhere")));
}

void TestCredentialStore::writesReadsOverwritesAndRemoves()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("one.hearth"))));
    QCOMPARE(workspace.setting(QStringLiteral("workspace_id")).size(), 32);
    CredentialStore store(workspace);
    const QString first = QStringLiteral("pässword-1 \u2603");

    auto result = await([&](CredentialStore::Done done) { store.write(7, first, done); });
    QVERIFY(result && result->ok);
    QCOMPARE(secretServiceLookup(store.key(7)), first);
    result = await([&](CredentialStore::Done done) { store.read(7, done); });
    QVERIFY(result && result->ok && result->found);
    QCOMPARE(result->secret, first);

    result = await([&](CredentialStore::Done done) { store.write(7, QStringLiteral("second"), done); });
    QVERIFY(result && result->ok);
    result = await([&](CredentialStore::Done done) { store.read(7, done); });
    QVERIFY(result && result->found);
    QCOMPARE(result->secret, QStringLiteral("second"));

    result = await([&](CredentialStore::Done done) { store.remove(7, done); });
    QVERIFY(result && result->ok);
    QCOMPARE(secretServiceLookup(store.key(7)), QString());
    result = await([&](CredentialStore::Done done) { store.read(7, done); });
    QVERIFY(result && result->ok);
    QVERIFY(!result->found);
    QVERIFY(result->secret.isEmpty());
    // Removing what is gone is no error.
    result = await([&](CredentialStore::Done done) { store.remove(7, done); });
    QVERIFY(result && result->ok);
}

void TestCredentialStore::keepsTwoWorkspacesApart()
{
    Workspace one;
    Workspace two;
    QVERIFY(one.open(m_dir.filePath(QStringLiteral("apart-1.hearth"))));
    QVERIFY(two.open(m_dir.filePath(QStringLiteral("apart-2.hearth"))));
    QVERIFY(one.setting(QStringLiteral("workspace_id")) != two.setting(QStringLiteral("workspace_id")));
    CredentialStore storeOne(one);
    CredentialStore storeTwo(two);
    QVERIFY(storeOne.key(1) != storeTwo.key(1));
    QVERIFY(await([&](CredentialStore::Done done) { storeOne.write(1, QStringLiteral("token of one"), done); })->ok);
    QVERIFY(await([&](CredentialStore::Done done) { storeTwo.write(1, QStringLiteral("token of two"), done); })->ok);
    QCOMPARE(await([&](CredentialStore::Done done) { storeOne.read(1, done); })->secret, QStringLiteral("token of one"));
    QCOMPARE(await([&](CredentialStore::Done done) { storeTwo.read(1, done); })->secret, QStringLiteral("token of two"));
    QVERIFY(await([&](CredentialStore::Done done) { storeTwo.remove(1, done); })->ok);
    QCOMPARE(await([&](CredentialStore::Done done) { storeOne.read(1, done); })->secret, QStringLiteral("token of one"));
}

void TestCredentialStore::aWorkspaceWithoutIdKeepsNothing()
{
    CredentialStore store{QString()};
    const auto result = await([&](CredentialStore::Done done) { store.write(1, QStringLiteral("lost"), done); });
    QVERIFY(result);
    QVERIFY(!result->ok);
    QVERIFY(!result->error.isEmpty());
    QCOMPARE(secretServiceLookup(store.key(1)), QString());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
