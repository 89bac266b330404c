// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authorprofile.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace hearth {

class Workspace;

// Who started the conversation: their name and handle on which account, since when they
// write, how often, and their earlier conversations, newest first. Activating one (a click,
// or Enter) asks for it to be shown. Names and subjects are untrusted: plain text only.
class AuthorCard : public QWidget
{
    Q_OBJECT

public:
    static constexpr int conversationIdRole = Qt::UserRole + 1;

    explicit AuthorCard(QWidget *parent = nullptr);

    void showAuthorOf(const Workspace &workspace, qint64 conversationId);
    void clear();

    const AuthorProfile &profile() const { return m_profile; }
    QListWidget *earlierConversations() const { return m_earlier; }

signals:
    void conversationRequested(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void activate(QListWidgetItem *item);
    void showStretch(bool show);

    AuthorProfile m_profile;
    bool m_loaded = false;
    QString m_error;
    QLabel *m_title;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_earlierTitle;
    QListWidget *m_earlier;
};

} // namespace hearth
