// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace hearth {

class Workspace;
struct ConversationThread;

// The whole thread of one conversation, oldest first: public and private messages marked
// apart by a label and a coloured stripe, the team's replies on the right and tinted, the
// customer's on the left; each with its author, time and language. Everything in it came
// from strangers: it is shown as text, never as markup; no resource of any kind is loaded;
// links show their real target and open only on a click, and only for http, https and mailto.
class ConversationView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);

    void showConversation(const Workspace &workspace, qint64 conversationId);
    // The same from a thread read already (the pane reads it once for the header too).
    void showThread(const Workspace &workspace, const ConversationThread &thread);
    void clearConversation();

    // What showing conversations has asked to load (and was refused); for the tests.
    int refusedResources() const { return m_refusedResources; }
    // Directional overrides and isolates are replaced, so a name cannot reorder what follows.
    static QString neutralized(const QString &untrusted);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openLink(const QUrl &url);

    const Workspace *m_workspace = nullptr;
    qint64 m_conversationId = 0;
    int m_refusedResources = 0;
};

} // namespace hearth
