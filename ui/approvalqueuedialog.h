// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hearth {

class WorkspaceSession;

// The manager's approval queue: template versions awaiting a decision, oldest submission
// first, each with its diff against the version in use. Decisions apply to every selected
// version at once, all or nothing; who may decide is the core's rule (TemplateLibrary), the
// dialog only mirrors it so agents see the queue read-only.
class ApprovalQueueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalQueueDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // Reads the queue again, keeping the selection where its versions still wait.
    void refresh();
    int waitingCount() const;
    QList<qint64> selectedVersionIds() const;

    void approveSelected();
    void requestChangesForSelected();

signals:
    // Versions were approved or sent back: counts elsewhere change.
    void decided();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool canDecide() const;
    void showSelected();
    void updateButtons();
    void decide(bool approve);
    void showError(const QString &text);
    void retranslateUi();

    WorkspaceSession *m_session;
    QLabel *m_listLabel;
    QListWidget *m_list;
    QLabel *m_diffLabel;
    QPlainTextEdit *m_diff;
    QLabel *m_textsLabel;
    QPlainTextEdit *m_texts;
    QLabel *m_commentLabel;
    QLineEdit *m_comment;
    QLabel *m_note;
    QLabel *m_error;
    QPushButton *m_approve;
    QPushButton *m_requestChanges;
    QPushButton *m_close;
};

} // namespace hearth
