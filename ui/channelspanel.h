// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountstore.h"

#include <QDialog>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTreeWidget;

namespace hearth {

class CredentialStore;
class SyncEngine;
class WorkspaceSession;

// View › Channels: the workspace's channel accounts with their state in words (up to date,
// syncing, paused, waiting to retry, stopped and why), when they last synced and will next,
// and their last error; and the actions on them: add, edit, test, pause or resume, sync now,
// remove (after a confirmation that says what goes with the account). Demo accounts are shown
// as such and never go online. Follows the sync engine's signals while it is open.
class ChannelsPanel : public QDialog
{
    Q_OBJECT

public:
    // `engine` may be null (no sync running): the panel still edits the accounts.
    ChannelsPanel(WorkspaceSession *session, SyncEngine *engine, QWidget *parent = nullptr);

    void refresh();
    // The account of the selected row; 0 when none.
    qint64 currentAccountId() const;
    void selectAccount(qint64 accountId);

    // Columns of the list, for tests and readers.
    enum Column { NameColumn, AddressColumn, StateColumn, LastSyncColumn, NextSyncColumn, ErrorColumn, ColumnCount };

    // The words for an account's state, as the list shows them; `syncing` when a sync was asked for.
    static QString stateText(const SyncAccount &account, bool syncing);

signals:
    // Accounts were added, changed, paused or removed.
    void accountsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    std::optional<SyncAccount> currentAccount() const;
    void addAccount();
    void editAccount();
    void openAccountDialog(const std::optional<SyncAccount> &existing);
    void testAccount();
    void togglePause();
    void syncNow();
    void askToRemove();
    void remove(const SyncAccount &account);
    void onStateChanged(qint64 accountId);
    void showStatus(const QString &text);

    QPointer<WorkspaceSession> m_session;
    QPointer<SyncEngine> m_engine;
    CredentialStore *m_credentials;
    QNetworkAccessManager *m_network;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_test;
    QPushButton *m_pause;
    QPushButton *m_syncNow;
    QPushButton *m_remove;
    QPushButton *m_close;
    QSet<qint64> m_syncing; // "Sync now" pressed, no word from the engine yet
    QTimer m_clock;          // relative times age
};

} // namespace hearth
