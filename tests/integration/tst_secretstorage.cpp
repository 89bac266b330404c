// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets live only in the keychain. E-mail, Telegram and Mastodon accounts are added with
// distinctive secrets through the account dialog (the path people use), the Telegram one
// syncs from the Bot API simulator (it only answers the right token, so the secret really
// reached the connector), and then every byte of every file in the workspace's folder (the
// database with its -wal and -shm) and in the settings folder is searched for each secret,
// as text, UTF-16 and base64: none is there, and the keychain holds them all. Runs in
// keychainsession.sh's D-Bus session with its own GNOME Keyring.
#include "accountdialog.h"
#include "accountstore.h"
#include "applicationidentity.h"
#include "channelspanel.h"
#include "credentialstore.h"
#include "mastodonsimulator.h"
#include "syncengine.h"
#include "telegramsimulator.h"
#include "workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hearth;

namespace {

const QString emailPassword = QStringLiteral("mail-Pa55word-7d3e1c9b");
const QString telegramToken = QStringLiteral("4242424:hearth-telegram-token-a81f0c2e");
const QString mastodonToken = QStringLiteral("mastodon-access-token-5be6d4f7");
constexpr int timeoutMs = 30000;

// The forms a secret could take in a file: as typed, UTF-16 both ways, base64 both ways.
QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar c : secret) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    return {utf8, utf16le, utf16be, utf8.toBase64(QByteArray::OmitTrailingEquals),
        utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

} // namespace

// Stands in for the person's browser: it follows the instance's authorization page back to
// Hearth's listener on 127.0.0.1, as a consenting person's browser does.
class Browser : public QObject
{
    Q_OBJECT

public slots:
    void open(const QUrl &url)
    {
        ++opened;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

public:
    int opened = 0;

private:
    QNetworkAccessManager m_network;
};

class TestSecretStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // First: the session bus connection, once made, is kept for the process.
    void withoutAKeychainTheAccountSaysWhy();
    void secretsAreOnlyInTheKeychain();

private:
    qint64 addThroughDialog(const QString &kind, const std::function<void(AccountDialog &)> &fill);
    // Files under `folder` whose bytes hold a form of a secret, "file: secret" each; how many files were read.
    QStringList filesWithSecrets(const QString &folder, int *filesRead) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CredentialStore> m_credentials;
};

void TestSecretStorage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).removeRecursively();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir.filePath(QStringLiteral("secrets.hearth"))));
    m_credentials = std::make_unique<CredentialStore>(*m_workspace);
}

qint64 TestSecretStorage::addThroughDialog(const QString &kind, const std::function<void(AccountDialog &)> &fill)
{
    AccountDialog dialog(*m_workspace, std::nullopt);
    qint64 saved = 0;
    connect(&dialog, &AccountDialog::saved, this, [&saved](qint64 id) { saved = id; });
    auto *kinds = dialog.findChild<QComboBox *>(QStringLiteral("accountKind"));
    kinds->setCurrentIndex(kinds->findData(kind));
    fill(dialog);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    if (!QTest::qWaitFor([&saved] { return saved != 0; }, timeoutMs))
        qWarning().noquote() << "Not saved:" << dialog.findChild<QLabel *>(QStringLiteral("accountMessage"))->text();
    return saved;
}

QStringList TestSecretStorage::filesWithSecrets(const QString &folder, int *filesRead) const
{
    QStringList found;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly)) {
            found << file.fileName() + QStringLiteral(": unreadable");
            continue;
        }
        ++*filesRead;
        const QByteArray bytes = file.readAll();
        for (const QString &secret : {emailPassword, telegramToken, mastodonToken}) {
            for (const QByteArray &form : encodings(secret)) {
                if (bytes.contains(form))
                    found << file.fileName() + QStringLiteral(": ") + secret;
            }
        }
    }
    return found;
}

void TestSecretStorage::withoutAKeychainTheAccountSaysWhy()
{
    TelegramSimulator telegram(telegramToken);
    QVERIFY(telegram.start());
    Workspace workspace;
    QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("no-keychain.hearth"))));
    const qint64 id = AccountStore(workspace).add(QStringLiteral("telegram"), QStringLiteral("Bot"), QString(),
        QJsonObject{{QStringLiteral("baseUrl"), telegram.baseUrl().toString()}});
    QVERIFY(id);
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-bus"))));
    {
        SyncEngine engine(workspace.path());
        QSignalSpy changed(&engine, &SyncEngine::stateChanged);
        engine.start();
        QVERIFY(changed.wait(timeoutMs));
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    const std::optional<SyncAccount> account = AccountStore(workspace).account(id);
    QVERIFY(account);
    QVERIFY2(account->state.lastError.startsWith(QStringLiteral("No keychain is available")),
        qPrintable(account->state.lastError));
    QVERIFY(!account->state.nextSyncAt); // it waits for a person, not for a timer
    QVERIFY(ChannelsPanel::stateText(*account, false).startsWith(QStringLiteral("Stopped: No keychain is available")));
    QCOMPARE(telegram.requestCount(), 0);
}

void TestSecretStorage::secretsAreOnlyInTheKeychain()
{
    TelegramSimulator telegram(telegramToken);
    QVERIFY(telegram.start());
    const QJsonObject ola = TelegramSimulator::user(5001, QStringLiteral("Ola"));
    telegram.post(TelegramSimulator::group(-100123, QStringLiteral("Lemonade Lovers")), ola, QStringLiteral("Hello?"));

    const qint64 mail = addThroughDialog(QStringLiteral("email"), [](AccountDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("accountName"))->setText(QStringLiteral("Support mailbox"));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountAddress"))->setText(QStringLiteral("help@example.org"));
        dialog.findChild<QLineEdit *>(QStringLiteral("imapHost"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QLineEdit *>(QStringLiteral("smtpHost"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("help"));
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(emailPassword);
    });
    QVERIFY(mail);
    const qint64 bot = addThroughDialog(QStringLiteral("telegram"), [&telegram](AccountDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("accountName"))->setText(QStringLiteral("Lemonade bot"));
        dialog.findChild<QLineEdit *>(QStringLiteral("botToken"))->setText(telegramToken);
        dialog.findChild<QLineEdit *>(QStringLiteral("telegramBaseUrl"))->setText(telegram.baseUrl().toString());
    });
    QVERIFY(bot);
    // Signed in as a person would: the dialog opens the instance's page in the browser, the
    // person allows Hearth, and the instance's token comes back to the dialog.
    MastodonSimulator mastodon(mastodonToken);
    QVERIFY(mastodon.start());
    Browser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    const qint64 toots = addThroughDialog(QStringLiteral("mastodon"), [&mastodon](AccountDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("accountName"))->setText(QStringLiteral("Toots"));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountAddress"))->setText(QStringLiteral("@lemonade@127.0.0.1"));
        dialog.findChild<QLineEdit *>(QStringLiteral("mastodonInstance"))->setText(mastodon.baseUrl().toString());
        dialog.findChild<QPushButton *>(QStringLiteral("mastodonSignIn"))->click();
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("accountMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Signed in")), qPrintable(message->text()),
            timeoutMs);
    });
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QVERIFY(toots);
    QCOMPARE(browser.opened, 1);
    QCOMPARE(mastodon.pkceVerified(), 1);
    QSettings().setValue(QStringLiteral("test/written"), true); // the settings file exists and is searched
    QSettings().sync();

    {
        SyncEngine engine(m_workspace->path());
        engine.start();
        QSqlQuery query(m_workspace->database());
        QTRY_VERIFY_WITH_TIMEOUT(query.exec(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(bot))
                && query.next() && query.value(0).toInt() == 1,
            timeoutMs);
    }
    // While the workspace is open its -wal and -shm are there too.
    int filesRead = 0;
    QStringList found = filesWithSecrets(m_dir.path(), &filesRead);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(m_workspace->path() + QStringLiteral("-wal")));
    m_workspace->close();
    found = filesWithSecrets(m_dir.path(), &filesRead);
    found += filesWithSecrets(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), &filesRead);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(filesRead >= 4);

    // The keychain has each one under its account.
    for (const auto &[id, secret] : {std::pair{mail, emailPassword}, {bot, telegramToken}, {toots, mastodonToken}}) {
        std::optional<CredentialResult> result;
        m_credentials->read(id, [&result](const CredentialResult &answer) { result = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs);
        QVERIFY(result->found);
        QCOMPARE(result->secret, secret);
    }
}

QTEST_MAIN(TestSecretStorage)
#include "tst_secretstorage.moc"
