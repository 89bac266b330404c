// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettehistorydialog.h"

#include "netiquettelibrary.h"
#include "netiquettetextedit.h"
#include "userdirectory.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearth {

namespace {
constexpr int versionIdRole = Qt::UserRole;

QString when(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::ShortFormat);
}
} // namespace

NetiquetteHistoryDialog::NetiquetteHistoryDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_versions(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_texts(new QTabWidget(this))
{
    setObjectName(QStringLiteral("netiquetteHistory"));
    setWindowTitle(tr("Netiquette History"));
    m_versions->setObjectName(QStringLiteral("historyVersions"));
    m_versions->setColumnCount(4);
    m_versions->setHeaderLabels({tr("Version"), tr("State"), tr("Published"), tr("By")});
    m_versions->setRootIsDecorated(false);
    m_versions->setUniformRowHeights(true);
    m_versions->setAllColumnsShowFocus(true);
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_texts->setObjectName(QStringLiteral("historyTexts"));
    connect(m_versions, &QTreeWidget::currentItemChanged, this, &NetiquetteHistoryDialog::showSelected);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_texts, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_versions);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 620});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 650);
    refresh();
}

int NetiquetteHistoryDialog::versionCount() const
{
    return m_versions->topLevelItemCount();
}

void NetiquetteHistoryDialog::refresh()
{
    m_versions->clear();
    if (!m_session)
        return;
    const NetiquetteLibrary library(m_session->workspace(), m_session->currentUser().id);
    const UserDirectory users(m_session->workspace());
    const QList<NetiquetteVersion> versions = library.history();
    for (const NetiquetteVersion &version : versions) {
        auto *item = new QTreeWidgetItem(m_versions);
        item->setText(0, QString::number(version.number));
        item->setText(1, version.state == NetiquetteLibrary::published ? tr("Current") : tr("Superseded"));
        item->setText(2, version.publishedAt ? when(*version.publishedAt) : QString());
        const std::optional<User> publisher = users.user(version.publishedBy);
        item->setText(3, publisher ? publisher->name : tr("(unknown)"));
        item->setData(0, versionIdRole, version.id);
    }
    if (m_versions->topLevelItemCount() > 0)
        m_versions->setCurrentItem(m_versions->topLevelItem(0));
    else
        m_summary->setText(tr("No version of the netiquette has been published yet."));
}

void NetiquetteHistoryDialog::showSelected()
{
    while (m_texts->count() > 0)
        delete m_texts->widget(0);
    const QTreeWidgetItem *item = m_versions->currentItem();
    if (!item || !m_session)
        return;
    const NetiquetteLibrary library(m_session->workspace(), m_session->currentUser().id);
    const std::optional<NetiquetteVersion> version = library.version(item->data(0, versionIdRole).toLongLong());
    if (!version)
        return;
    m_summary->setText(
        tr("Version %1, published %2 by %3. Written in %4.")
            .arg(QString::number(version->number), item->text(2), item->text(3), version->sourceLanguage));
    for (auto it = version->texts.constBegin(); it != version->texts.constEnd(); ++it) {
        auto *text = new NetiquetteTextEdit(m_texts);
        text->setObjectName(QStringLiteral("historyText_") + it.key());
        text->setReadOnly(true);
        text->setPlainText(it.value());
        // The source language first, its translations after it.
        if (it.key() == version->sourceLanguage)
            m_texts->insertTab(0, text, it.key());
        else
            m_texts->addTab(text, it.key());
    }
    m_texts->setCurrentIndex(0);
}

} // namespace hearth
