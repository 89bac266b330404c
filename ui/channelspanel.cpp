// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelspanel.h"

#include "accountdialog.h"
#include "channelicons.h"
#include "connectiontest.h"
#include "credentialstore.h"
#include "syncengine.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearth {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int clockIntervalMs = 30 * 1000;

// "3 minutes ago", "in 2 hours": how far a time is from now, in the words people use.
QString relativeTime(std::optional<qint64> at, qint64 now)
{
    if (!at)
        return QString();
    const qint64 seconds = (*at - now) / 1000;
    const bool future = seconds > 0;
    const qint64 distance = future ? seconds : -seconds;
    if (distance < 60)
        return future ? ChannelsPanel::tr("in a moment") : ChannelsPanel::tr("just now");
    const int minutes = int(distance / 60);
    if (minutes < 60)
        return future ? ChannelsPanel::tr("in %n minute(s)", nullptr, minutes)
                      : ChannelsPanel::tr("%n minute(s) ago", nullptr, minutes);
    const int hours = minutes / 60;
    if (hours < 48)
        return future ? ChannelsPanel::tr("in %n hour(s)", nullptr, hours) : ChannelsPanel::tr("%n hour(s) ago", nullptr, hours);
    const int days = hours / 24;
    return future ? ChannelsPanel::tr("in %n day(s)", nullptr, days) : ChannelsPanel::tr("%n day(s) ago", nullptr, days);
}

} // namespace

ChannelsPanel::ChannelsPanel(WorkspaceSession *session, SyncEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_engine(engine)
    , m_credentials(new CredentialStore(session->workspace(), this))
    , m_network(new QNetworkAccessManager(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_syncNow(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("channelsPanel"));
    m_list->setObjectName(QStringLiteral("channelsList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("channelsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const QList<std::pair<QPushButton *, QString>> names{{m_add, QStringLiteral("addAccount")},
        {m_edit, QStringLiteral("editAccount")}, {m_test, QStringLiteral("testAccount")},
        {m_pause, QStringLiteral("pauseAccount")}, {m_syncNow, QStringLiteral("syncAccountNow")},
        {m_remove, QStringLiteral("removeAccount")}, {m_close, QStringLiteral("closeChannels")}};
    for (const auto &[button, name] : names) {
        button->setObjectName(name);
        button->setAutoDefault(false);
    }

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_test, m_pause, m_syncNow, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &ChannelsPanel::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &ChannelsPanel::editAccount);
    connect(m_test, &QPushButton::clicked, this, &ChannelsPanel::testAccount);
    connect(m_pause, &QPushButton::clicked, this, &ChannelsPanel::togglePause);
    connect(m_syncNow, &QPushButton::clicked, this, &ChannelsPanel::syncNow);
    connect(m_remove, &QPushButton::clicked, this, &ChannelsPanel::askToRemove);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChannelsPanel::updateActions);
    connect(m_list, &QTreeWidget::itemActivated, this, &ChannelsPanel::editAccount);
    if (m_engine) {
        connect(m_engine, &SyncEngine::stateChanged, this, &ChannelsPanel::onStateChanged);
        connect(m_engine, &SyncEngine::stored, this, &ChannelsPanel::refresh);
    }
    m_clock.setInterval(clockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &ChannelsPanel::refresh);
    m_clock.start();

    retranslateUi();
    resize(900, 420);
    m_list->setFocus();
}

void ChannelsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChannelsPanel::retranslateUi()
{
    setWindowTitle(tr("Channels"));
    m_list->setHeaderLabels({tr("Account"), tr("Address"), tr("State"), tr("Last sync"), tr("Next sync"), tr("Last error")});
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_test->setText(tr("&Test"));
    m_syncNow->setText(tr("&Sync Now"));
    m_remove->setText(tr("&Remove…"));
    m_close->setText(tr("Close"));
    refresh();
}

QString ChannelsPanel::stateText(const SyncAccount &account, bool syncing)
{
    if (account.demo)
        return tr("Demo — never goes online");
    if (account.paused)
        return tr("Paused");
    if (syncing)
        return tr("Syncing…");
    if (account.state.failures > 0)
        return account.state.nextSyncAt ? tr("Waiting to retry") : tr("Stopped: %1").arg(account.state.lastError);
    if (account.state.lastSuccessAt)
        return tr("Up to date");
    return tr("Syncing…"); // started, no answer yet
}

void ChannelsPanel::refresh()
{
    if (!m_session)
        return;
    const qint64 selected = currentAccountId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_list->clear();
    for (const SyncAccount &account : AccountStore(m_session->workspace()).accounts()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, idRole, account.id);
        item->setIcon(NameColumn, ChannelIcons::icon(account.kind));
        item->setText(NameColumn, account.name);
        item->setToolTip(NameColumn, ChannelIcons::kindName(account.kind));
        item->setText(AddressColumn, account.address);
        item->setText(StateColumn, stateText(account, m_syncing.contains(account.id)));
        if (!account.demo) {
            item->setText(LastSyncColumn,
                account.state.lastSuccessAt ? relativeTime(account.state.lastSuccessAt, now) : tr("Never"));
            if (!account.paused)
                item->setText(NextSyncColumn, relativeTime(account.state.nextSyncAt, now));
        }
        item->setText(ErrorColumn, account.state.lastError);
        item->setToolTip(ErrorColumn, account.state.lastError);
        if (account.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int column = 0; column < ErrorColumn; ++column)
        m_list->resizeColumnToContents(column);
    updateActions();
}

qint64 ChannelsPanel::currentAccountId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, idRole).toLongLong() : 0;
}

void ChannelsPanel::selectAccount(qint64 accountId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->data(NameColumn, idRole).toLongLong() == accountId)
            m_list->setCurrentItem(m_list->topLevelItem(row));
    }
}

std::optional<SyncAccount> ChannelsPanel::currentAccount() const
{
    const qint64 id = currentAccountId();
    if (!m_session || id == 0)
        return std::nullopt;
    return AccountStore(m_session->workspace()).account(id);
}

void ChannelsPanel::updateActions()
{
    const std::optional<SyncAccount> account = currentAccount();
    const bool online = account && !account->demo;
    m_edit->setEnabled(online);
    m_test->setEnabled(online);
    m_pause->setEnabled(online);
    m_pause->setText(account && account->paused ? tr("Res&ume") : tr("&Pause"));
    m_syncNow->setEnabled(online && !account->paused && m_engine);
    m_remove->setEnabled(account.has_value());
}

void ChannelsPanel::addAccount()
{
    openAccountDialog(std::nullopt);
}

void ChannelsPanel::editAccount()
{
    const std::optional<SyncAccount> account = currentAccount();
    if (account && !account->demo)
        openAccountDialog(account);
}

void ChannelsPanel::openAccountDialog(const std::optional<SyncAccount> &existing)
{
    auto *dialog = new AccountDialog(m_session->workspace(), existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::saved, this, [this](qint64 id, bool secretChanged) {
        if (m_engine) {
            if (secretChanged)
                m_engine->restart(id);
            else
                m_engine->reload();
        }
        refresh();
        selectAccount(id);
        emit accountsChanged();
    });
    dialog->open();
}

void ChannelsPanel::testAccount()
{
    const std::optional<SyncAccount> account = currentAccount();
    if (!account || account->demo)
        return;
    m_test->setEnabled(false);
    showStatus(tr("Testing “%1”…").arg(account->name));
    auto *connection = new ConnectionTest(m_network, this);
    const QString name = account->name;
    connect(connection, &ConnectionTest::finished, this, [this, connection, name](bool ok, const QString &message) {
        connection->deleteLater();
        updateActions();
        showStatus(ok ? tr("“%1”: %2").arg(name, message) : tr("“%1”: the test failed: %2").arg(name, message));
    });
    if (!AccountStore::needsSecret(account->kind)) {
        connection->run(*account, QString());
        return;
    }
    m_credentials->read(account->id, [this, connection, account, name](const CredentialResult &result) {
        if (result.ok) {
            connection->run(*account, result.secret);
            return;
        }
        connection->deleteLater();
        updateActions();
        showStatus(tr("“%1”: the test failed: %2").arg(name, result.error));
    });
}

void ChannelsPanel::togglePause()
{
    const std::optional<SyncAccount> account = currentAccount();
    if (!account || account->demo)
        return;
    AccountStore accounts(m_session->workspace());
    if (!accounts.setPaused(account->id, !account->paused)) {
        showStatus(accounts.errorString());
        return;
    }
    m_syncing.remove(account->id);
    if (m_engine)
        m_engine->reload();
    showStatus(account->paused ? tr("“%1” syncs again.").arg(account->name)
                               : tr("“%1” is paused: it stays as it is until resumed.").arg(account->name));
    refresh();
    emit accountsChanged();
}

void ChannelsPanel::syncNow()
{
    const std::optional<SyncAccount> account = currentAccount();
    if (!account || account->demo || account->paused || !m_engine)
        return;
    m_syncing.insert(account->id);
    m_engine->syncNow(account->id);
    refresh();
}

void ChannelsPanel::askToRemove()
{
    const std::optional<SyncAccount> account = currentAccount();
    if (!account)
        return;
    const AccountContents contents = AccountStore(m_session->workspace()).contents(account->id);
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Remove “%1”?").arg(account->name),
        tr("Remove the account “%1” from this workspace?").arg(account->name), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("removeAccountQuestion"));
    question->setInformativeText(
        tr("Its %1 and %2 go with it. Nothing changes on the platform itself.")
            .arg(tr("%n conversation(s)", nullptr, int(contents.conversations)),
                tr("%n message(s)", nullptr, int(contents.messages))));
    QPushButton *removeButton = question->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("confirmRemove"));
    question->setDefaultButton(question->addButton(QMessageBox::Cancel));
    question->setAttribute(Qt::WA_DeleteOnClose);
    const SyncAccount chosen = *account;
    connect(question, &QMessageBox::finished, this, [this, question, removeButton, chosen] {
        if (question->clickedButton() == removeButton)
            remove(chosen);
    });
    question->open();
}

void ChannelsPanel::remove(const SyncAccount &account)
{
    AccountStore accounts(m_session->workspace());
    if (!accounts.remove(account.id)) {
        showStatus(accounts.errorString());
        return;
    }
    m_syncing.remove(account.id);
    if (m_engine)
        m_engine->reload();
    showStatus(tr("“%1” was removed.").arg(account.name));
    if (AccountStore::needsSecret(account.kind)) {
        // After the commit: a secret without its account is harmless, the reverse is not.
        const QString name = account.name;
        m_credentials->remove(account.id, [this, name](const CredentialResult &result) {
            if (!result.ok)
                showStatus(tr("“%1” was removed, but its password or token is still in the keychain: %2")
                               .arg(name, result.error));
        });
    }
    refresh();
    emit accountsChanged();
}

void ChannelsPanel::onStateChanged(qint64 accountId)
{
    m_syncing.remove(accountId);
    refresh();
}

void ChannelsPanel::showStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace hearth
