// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountstore.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace hearth {

class CredentialStore;
class MastodonSignIn;
class Workspace;

// Adds a channel account or edits one: the fields its kind needs, checked before anything is
// saved, and "Test" to try the connection as typed. The password or token typed here goes
// only to the keychain (CredentialStore); when editing, an empty secret field keeps the one
// the keychain holds. `saved` comes once the account and its secret are both stored.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    // A new account (`existing` empty) or the existing one.
    AccountDialog(Workspace &workspace, const std::optional<SyncAccount> &existing, QWidget *parent = nullptr);

    // The account as the fields describe it (id 0 while it is new); never holds a secret.
    SyncAccount account() const;
    // What the fields lack, in a sentence; empty when they are complete.
    QString problem() const;

public slots:
    // Not while the keychain is being written: the account and its secret are stored whole.
    void reject() override;
    // What Mastodon's sign-in gave: the token becomes this dialog's secret.
    void setMastodonAccessToken(const QString &accessToken, const QString &handle);

signals:
    void saved(qint64 accountId, bool secretChanged);

private:
    // Signs in to the instance in the browser (OAuth with PKCE, core/mastodonsignin).
    void signInToMastodon(const QUrl &instance);
    void buildFields();
    void showKindFields();
    void fill(const SyncAccount &account);
    void chooseCertificate();
    void test();
    void save();
    void store(const QString &secret);
    void showMessage(const QString &text, bool isError);
    QString kind() const;
    QString typedSecret() const;
    void setBusy(bool busy);

    Workspace &m_workspace;
    CredentialStore *m_credentials; // the dialog's own: its answers never outlive the dialog
    std::optional<SyncAccount> m_existing;
    QNetworkAccessManager *m_network;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_pollMinutes = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_imapHost = nullptr;
    QSpinBox *m_imapPort = nullptr;
    QLineEdit *m_smtpHost = nullptr;
    QSpinBox *m_smtpPort = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_certificate = nullptr;
    QPushButton *m_browseCertificate = nullptr;
    QLineEdit *m_instance = nullptr;
    QPushButton *m_signIn = nullptr;
    QString m_mastodonToken;
    QPointer<MastodonSignIn> m_mastodonSignIn;
    QLabel *m_message = nullptr;
    QPushButton *m_testButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace hearth
