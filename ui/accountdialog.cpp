// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"

#include "channelicons.h"
#include "connectiontest.h"
#include "connectorfactory.h"
#include "credentialstore.h"
#include "mastodonsignin.h"
#include "workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace hearth {

namespace {

const QString feedKind = QStringLiteral("feed");
const QString telegramKind = QStringLiteral("telegram");
const QString emailKind = QStringLiteral("email");
const QString mastodonKind = QStringLiteral("mastodon");

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QLineEdit *secretField(QWidget *parent, const QString &objectName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

QSpinBox *portField(QWidget *parent, const QString &objectName, int port)
{
    auto *field = new QSpinBox(parent);
    field->setObjectName(objectName);
    field->setRange(1, 65535);
    field->setValue(port);
    return field;
}

// A form row whose field is a layout gets no label with a shortcut by itself.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QLineEdit *textField(QWidget *parent, const QString &objectName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    return field;
}

} // namespace

AccountDialog::AccountDialog(Workspace &workspace, const std::optional<SyncAccount> &existing, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_credentials(new CredentialStore(workspace, this))
    , m_existing(existing)
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(existing ? tr("Edit “%1”").arg(existing->name) : tr("Add a Channel Account"));
    setMinimumWidth(460); // room for addresses and server names
    buildFields();
    if (existing)
        fill(*existing);
    showKindFields();
}

void AccountDialog::buildFields()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("accountKind"));
    for (const QString &kind : {feedKind, telegramKind, emailKind, mastodonKind})
        m_kind->addItem(ChannelIcons::icon(kind), ChannelIcons::kindName(kind), kind);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_name = textField(this, QStringLiteral("accountName"));
    m_form->addRow(tr("&Name:"), m_name);
    m_address = textField(this, QStringLiteral("accountAddress"));
    m_form->addRow(tr("&Address:"), m_address);
    layout->addLayout(m_form);

    // One page of connection fields per kind; the page shown follows the kind.
    auto *pages = m_pages = new QStackedWidget(this);
    pages->setObjectName(QStringLiteral("accountPages"));
    const auto page = [pages] {
        auto *widget = new QWidget(pages);
        auto *form = new QFormLayout(widget);
        form->setContentsMargins(0, 0, 0, 0);
        pages->addWidget(widget);
        return std::pair{widget, form};
    };

    auto [feedPage, feedForm] = page();
    m_pollMinutes = new QSpinBox(feedPage);
    m_pollMinutes->setObjectName(QStringLiteral("pollMinutes"));
    m_pollMinutes->setRange(1, 24 * 60);
    m_pollMinutes->setValue(15);
    m_pollMinutes->setSuffix(tr(" min"));
    feedForm->addRow(tr("&Check every:"), m_pollMinutes);

    auto [telegramPage, telegramForm] = page();
    m_token = secretField(telegramPage, QStringLiteral("botToken"));
    telegramForm->addRow(tr("Bot to&ken:"), m_token);
    m_baseUrl = textField(telegramPage, QStringLiteral("telegramBaseUrl"));
    m_baseUrl->setPlaceholderText(tr("Telegram's own (advanced: another Bot API server)"));
    telegramForm->addRow(tr("Bot API &server:"), m_baseUrl);

    auto [emailPage, emailForm] = page();
    m_imapHost = textField(emailPage, QStringLiteral("imapHost"));
    m_imapPort = portField(emailPage, QStringLiteral("imapPort"), 993);
    auto *imap = new QHBoxLayout;
    imap->addWidget(m_imapHost, 1);
    imap->addWidget(m_imapPort);
    emailForm->addRow(buddyLabel(tr("&IMAP server and port:"), m_imapHost), imap);
    m_smtpHost = textField(emailPage, QStringLiteral("smtpHost"));
    m_smtpPort = portField(emailPage, QStringLiteral("smtpPort"), 465);
    auto *smtp = new QHBoxLayout;
    smtp->addWidget(m_smtpHost, 1);
    smtp->addWidget(m_smtpPort);
    emailForm->addRow(buddyLabel(tr("S&MTP server and port:"), m_smtpHost), smtp);
    m_security = new QComboBox(emailPage);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(tr("TLS"), QStringLiteral("tls"));
    m_security->addItem(tr("STARTTLS"), QStringLiteral("starttls"));
    m_security->addItem(tr("None (unencrypted)"), QStringLiteral("none"));
    emailForm->addRow(tr("Se&curity:"), m_security);
    m_username = textField(emailPage, QStringLiteral("username"));
    emailForm->addRow(tr("&User name:"), m_username);
    m_password = secretField(emailPage, QStringLiteral("password"));
    emailForm->addRow(tr("&Password:"), m_password);
    m_folder = textField(emailPage, QStringLiteral("folder"));
    m_folder->setText(QStringLiteral("INBOX"));
    emailForm->addRow(tr("&Folder:"), m_folder);
    m_certificate = textField(emailPage, QStringLiteral("trustedCertificate"));
    m_certificate->setPlaceholderText(tr("Only for a server whose certificate no authority signed"));
    m_browseCertificate = new QPushButton(tr("&Browse…"), emailPage);
    connect(m_browseCertificate, &QPushButton::clicked, this, &AccountDialog::chooseCertificate);
    auto *certificate = new QHBoxLayout;
    certificate->addWidget(m_certificate, 1);
    certificate->addWidget(m_browseCertificate);
    emailForm->addRow(buddyLabel(tr("Trusted c&ertificate:"), m_certificate), certificate);

    auto [mastodonPage, mastodonForm] = page();
    m_instance = textField(mastodonPage, QStringLiteral("mastodonInstance"));
    m_instance->setPlaceholderText(QStringLiteral("https://mastodon.social"));
    mastodonForm->addRow(tr("&Instance:"), m_instance);
    m_signIn = new QPushButton(tr("&Sign In…"), mastodonPage);
    m_signIn->setObjectName(QStringLiteral("mastodonSignIn"));
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (!isWebAddress(m_instance->text())) {
            showMessage(tr("Enter the Mastodon instance's address, such as https://mastodon.social."), true);
            return;
        }
        if (!ConnectorFactory::carriesSecretsSafely(QUrl(m_instance->text().trimmed()))) {
            showMessage(ConnectorFactory::unsafeAddress(QUrl(m_instance->text().trimmed())), true);
            return;
        }
        signInToMastodon(QUrl(m_instance->text().trimmed()));
    });
    mastodonForm->addRow(QString(), m_signIn);
    layout->addWidget(pages);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_testButton = m_buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::test);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &AccountDialog::showKindFields);
}

void AccountDialog::fill(const SyncAccount &account)
{
    m_kind->setCurrentIndex(m_kind->findData(account.kind));
    m_kind->setEnabled(false); // another kind is another account
    m_name->setText(account.name);
    m_address->setText(account.address);
    const QJsonObject &settings = account.settings;
    m_pollMinutes->setValue(settings.value(QStringLiteral("pollMinutes")).toInt(m_pollMinutes->value()));
    m_baseUrl->setText(settings.value(QStringLiteral("baseUrl")).toString());
    m_instance->setText(settings.value(QStringLiteral("baseUrl")).toString());
    m_imapHost->setText(settings.value(QStringLiteral("imapHost")).toString());
    m_imapPort->setValue(settings.value(QStringLiteral("imapPort")).toInt(m_imapPort->value()));
    m_smtpHost->setText(settings.value(QStringLiteral("smtpHost")).toString());
    m_smtpPort->setValue(settings.value(QStringLiteral("smtpPort")).toInt(m_smtpPort->value()));
    m_security->setCurrentIndex(std::max(0, m_security->findData(settings.value(QStringLiteral("security")).toString())));
    m_username->setText(settings.value(QStringLiteral("username")).toString());
    m_folder->setText(settings.value(QStringLiteral("folder")).toString(m_folder->text()));
    m_certificate->setText(settings.value(QStringLiteral("trustedCertificate")).toString());
    // The keychain keeps the secret; the field stays empty unless it is to be replaced.
    for (QLineEdit *secret : {m_token, m_password})
        secret->setPlaceholderText(tr("Kept in the keychain; type to replace"));
}

void AccountDialog::showKindFields()
{
    const int index = m_kind->currentIndex();
    m_pages->setCurrentIndex(index);
    // The dialog fits the fields shown, not the largest page.
    for (int page = 0; page < m_pages->count(); ++page) {
        const QSizePolicy::Policy policy = page == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(page)->setSizePolicy(policy, policy);
    }
    const QString current = kind();
    auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_address));
    if (current == feedKind) {
        label->setText(tr("Feed &address:"));
        m_address->setPlaceholderText(QStringLiteral("https://example.org/feed.xml"));
    } else if (current == emailKind) {
        label->setText(tr("E-mail &address:"));
        m_address->setPlaceholderText(QStringLiteral("hello@example.org"));
    } else {
        label->setText(tr("&Handle:"));
        m_address->setPlaceholderText(current == mastodonKind ? QStringLiteral("@name@mastodon.social")
                                                              : QStringLiteral("@example_bot"));
    }
    m_message->clear();
    m_pages->updateGeometry();
    layout()->activate();
    adjustSize();
}

QString AccountDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString AccountDialog::typedSecret() const
{
    const QString current = kind();
    if (current == telegramKind)
        return m_token->text().trimmed();
    if (current == emailKind)
        return m_password->text();
    if (current == mastodonKind)
        return m_mastodonToken;
    return QString();
}

SyncAccount AccountDialog::account() const
{
    SyncAccount account;
    if (m_existing)
        account = *m_existing;
    account.kind = kind();
    account.name = m_name->text().trimmed();
    account.address = m_address->text().trimmed();
    QJsonObject settings;
    if (account.kind == feedKind) {
        settings.insert(QStringLiteral("pollMinutes"), m_pollMinutes->value());
    } else if (account.kind == telegramKind) {
        if (!m_baseUrl->text().trimmed().isEmpty())
            settings.insert(QStringLiteral("baseUrl"), m_baseUrl->text().trimmed());
    } else if (account.kind == emailKind) {
        settings.insert(QStringLiteral("imapHost"), m_imapHost->text().trimmed());
        settings.insert(QStringLiteral("imapPort"), m_imapPort->value());
        settings.insert(QStringLiteral("smtpHost"), m_smtpHost->text().trimmed());
        settings.insert(QStringLiteral("smtpPort"), m_smtpPort->value());
        settings.insert(QStringLiteral("security"), m_security->currentData().toString());
        settings.insert(QStringLiteral("username"), m_username->text().trimmed());
        settings.insert(QStringLiteral("folder"), m_folder->text().trimmed());
        if (!m_certificate->text().trimmed().isEmpty())
            settings.insert(QStringLiteral("trustedCertificate"), m_certificate->text().trimmed());
    } else if (account.kind == mastodonKind) {
        settings.insert(QStringLiteral("baseUrl"), m_instance->text().trimmed());
    }
    account.settings = settings;
    return account;
}

QString AccountDialog::problem() const
{
    // Checked before the keychain is written, so a refused name changes nothing.
    const AccountStore accounts(m_workspace);
    if (!accounts.checkName(m_name->text(), m_existing ? m_existing->id : 0))
        return accounts.errorString();
    const QString current = kind();
    // Editing keeps the secret the keychain holds unless a new one is typed.
    const bool secretMissing = !m_existing && typedSecret().isEmpty();
    if (current == feedKind) {
        if (!isWebAddress(m_address->text()))
            return tr("Enter the feed's web address, starting with https:// or http://.");
    } else if (current == telegramKind) {
        if (secretMissing)
            return tr("Enter the bot token that @BotFather gave you.");
        const QString server = m_baseUrl->text().trimmed();
        if (!server.isEmpty() && !isWebAddress(server))
            return tr("The Bot API server's address must start with https:// or http://.");
        if (!server.isEmpty() && !ConnectorFactory::carriesSecretsSafely(QUrl(server)))
            return ConnectorFactory::unsafeAddress(QUrl(server));
    } else if (current == emailKind) {
        if (!m_address->text().contains(QLatin1Char('@')))
            return tr("Enter the mailbox's e-mail address.");
        if (m_imapHost->text().trimmed().isEmpty())
            return tr("Enter the IMAP server's name, such as imap.example.org.");
        if (m_smtpHost->text().trimmed().isEmpty())
            return tr("Enter the SMTP server's name, such as smtp.example.org.");
        if (m_username->text().trimmed().isEmpty())
            return tr("Enter the user name the mail server knows the mailbox by.");
        if (secretMissing)
            return tr("Enter the mailbox's password.");
        const QString certificate = m_certificate->text().trimmed();
        if (!certificate.isEmpty() && !QFileInfo(certificate).isFile())
            return tr("There is no certificate file “%1”.").arg(certificate);
    } else if (current == mastodonKind) {
        if (!isWebAddress(m_instance->text()))
            return tr("Enter the Mastodon instance's address, such as https://mastodon.social.");
        if (!ConnectorFactory::carriesSecretsSafely(QUrl(m_instance->text().trimmed())))
            return ConnectorFactory::unsafeAddress(QUrl(m_instance->text().trimmed()));
        if (secretMissing)
            return tr("Sign in to the instance first.");
    }
    return QString();
}

void AccountDialog::signInToMastodon(const QUrl &instance)
{
    delete m_mastodonSignIn.data(); // a sign-in begun before is given up
    auto *signIn = new MastodonSignIn(m_network, instance, this);
    m_mastodonSignIn = signIn;
    m_signIn->setEnabled(false);
    showMessage(tr("Connecting to %1…").arg(instance.host()), false);
    connect(signIn, &MastodonSignIn::authorizeInBrowser, this, [this](const QUrl &url) {
        showMessage(tr("Allow Hearth in the browser window that opened, then come back here."), false);
        if (!QDesktopServices::openUrl(url))
            showMessage(tr("No browser could be opened. Open this address to sign in: %1").arg(url.toString()), true);
    });
    connect(signIn, &MastodonSignIn::succeeded, this, [this, signIn](const MastodonCredentials &credentials) {
        setMastodonAccessToken(credentials.accessToken, QString());
        m_signIn->setEnabled(true);
        signIn->deleteLater();
    });
    connect(signIn, &MastodonSignIn::failed, this, [this, signIn](const QString &why) {
        showMessage(tr("Signing in did not work: %1").arg(why), true);
        m_signIn->setEnabled(true);
        signIn->deleteLater();
    });
    signIn->start();
}

void AccountDialog::setMastodonAccessToken(const QString &accessToken, const QString &handle)
{
    m_mastodonToken = accessToken;
    if (!handle.isEmpty())
        m_address->setText(handle);
    showMessage(tr("Signed in. Save to keep the account."), false);
}

void AccountDialog::chooseCertificate()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Trusted Certificate"), QString(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_certificate->setText(file);
}

void AccountDialog::test()
{
    if (const QString missing = problem(); !missing.isEmpty()) {
        showMessage(missing, true);
        return;
    }
    m_testButton->setEnabled(false);
    showMessage(tr("Testing the connection…"), false);
    auto *connection = new ConnectionTest(m_network, this);
    connect(connection, &ConnectionTest::finished, this, [this, connection](bool ok, const QString &message) {
        connection->deleteLater();
        m_testButton->setEnabled(true);
        showMessage(ok ? message : tr("The test failed: %1").arg(message), !ok);
    });
    const SyncAccount typed = account();
    const QString secret = typedSecret();
    if (!secret.isEmpty() || !m_existing || !AccountStore::needsSecret(typed.kind)) {
        connection->run(typed, secret);
        return;
    }
    m_credentials->read(m_existing->id, [this, connection, typed](const CredentialResult &result) {
        if (result.ok) {
            connection->run(typed, result.secret);
        } else {
            connection->deleteLater();
            m_testButton->setEnabled(true);
            showMessage(result.error, true);
        }
    });
}

void AccountDialog::save()
{
    if (const QString missing = problem(); !missing.isEmpty()) {
        showMessage(missing, true);
        return;
    }
    const QString secret = typedSecret();
    if (m_existing && !secret.isEmpty()) {
        // The new secret first: if the keychain refuses it, nothing has changed.
        setBusy(true);
        m_credentials->write(m_existing->id, secret, [this, secret](const CredentialResult &result) {
            setBusy(false);
            if (result.ok)
                store(secret);
            else
                showMessage(result.error, true);
        });
        return;
    }
    store(secret);
}

void AccountDialog::store(const QString &secret)
{
    AccountStore accounts(m_workspace);
    const SyncAccount typed = account();
    if (m_existing) {
        if (!accounts.update(m_existing->id, typed.name, typed.address, typed.settings)) {
            showMessage(accounts.errorString(), true);
            return;
        }
        emit saved(m_existing->id, !secret.isEmpty());
        accept();
        return;
    }
    const qint64 id = accounts.add(typed.kind, typed.name, typed.address, typed.settings);
    if (id == 0) {
        showMessage(accounts.errorString(), true);
        return;
    }
    if (secret.isEmpty()) {
        emit saved(id, false);
        accept();
        return;
    }
    setBusy(true);
    m_credentials->write(id, secret, [this, id](const CredentialResult &result) {
        setBusy(false);
        if (result.ok) {
            emit saved(id, true);
            accept();
            return;
        }
        // A new account without its secret could never sign in: it goes again.
        AccountStore(m_workspace).remove(id);
        showMessage(result.error, true);
    });
}

void AccountDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setProperty("error", isError); // for style sheets and tests
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_testButton->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
}

void AccountDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace hearth
