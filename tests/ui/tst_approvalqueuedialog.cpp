// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalqueuedialog.h"
#include "demoworkspace.h"
#include "templatelibrary.h"
#include "templatestore.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {
std::optional<User> firstWithRole(const Workspace &workspace, const QString &role)
{
    const QList<User> users = UserDirectory(workspace).users();
    for (const User &user : users) {
        if (user.role == role)
            return user;
    }
    return std::nullopt;
}

QList<qint64> waitingIds(const Workspace &workspace)
{
    QList<qint64> ids;
    const QList<ApprovalRequest> queue = TemplateStore(workspace).queue();
    for (const ApprovalRequest &request : queue)
        ids << request.version.id;
    return ids;
}
} // namespace

class TestApprovalQueueDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void managerDecidesOneThenTheRestInBulk();
    void agentReadsButCannotDecide();
    void showsTheCoresRefusalOfSelfApproval();

private:
    bool showActive(QDialog &dialog);
    QListWidget *list(QDialog &dialog) { return dialog.findChild<QListWidget *>(QStringLiteral("approvalList")); }
    QPushButton *button(QDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    User m_manager;
    User m_agent;
};

void TestApprovalQueueDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("demo.hearth"))));
    QString error;
    QVERIFY2(DemoWorkspace::populate(*m_workspace, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    const std::optional<User> manager = firstWithRole(*m_workspace, QStringLiteral("manager"));
    QCOMPARE(waitingIds(*m_workspace).size(), 3);
    // The demo's first agent wrote what waits.
    const std::optional<User> agent =
        UserDirectory(*m_workspace).user(TemplateStore(*m_workspace).queue().constFirst().version.authorId);
    QVERIFY(manager && agent);
    QCOMPARE(agent->role, QStringLiteral("agent"));
    m_manager = *manager;
    m_agent = *agent;
}

void TestApprovalQueueDialog::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

bool TestApprovalQueueDialog::showActive(QDialog &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    return QTest::qWaitForWindowActive(&dialog);
}

void TestApprovalQueueDialog::managerDecidesOneThenTheRestInBulk()
{
    WorkspaceSession session(*m_workspace, m_manager);
    ApprovalQueueDialog dialog(&session);
    QSignalSpy decided(&dialog, &ApprovalQueueDialog::decided);
    QVERIFY(showActive(dialog));
    QListWidget *versions = list(dialog);
    const QList<qint64> waiting = waitingIds(*m_workspace);
    QCOMPARE(versions->count(), 3);
    // Oldest first, as the core orders the queue, each naming its author.
    for (int row = 0; row < 3; ++row)
        QCOMPARE(versions->item(row)->data(Qt::UserRole).toLongLong(), waiting.at(row));
    QVERIFY2(versions->item(0)->text().contains(m_agent.name), qPrintable(versions->item(0)->text()));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("approvalNote"))->isVisibleTo(&dialog));

    // The keyboard picks the second and approves it; its diff and texts were shown.
    versions->setFocus();
    QTest::keyClick(versions, Qt::Key_Down);
    QCOMPARE(dialog.selectedVersionIds(), QList<qint64> {waiting.at(1)});
    QVERIFY(!dialog.findChild<QPlainTextEdit *>(QStringLiteral("approvalDiff"))->toPlainText().isEmpty());
    QVERIFY(!dialog.findChild<QPlainTextEdit *>(QStringLiteral("approvalTexts"))->toPlainText().isEmpty());
    QTest::keyClick(versions, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(TemplateStore(*m_workspace).version(waiting.at(1))->state, TemplateLibrary::approved);
    QCOMPARE(versions->count(), 2);
    QCOMPARE(waitingIds(*m_workspace).size(), 2);

    // Sending one back takes a comment: the button waits for it.
    versions->clearSelection();
    versions->item(0)->setSelected(true);
    QPushButton *requestChanges = button(dialog, "requestChangesButton");
    QVERIFY(!requestChanges->isEnabled());
    QVERIFY(button(dialog, "approveButton")->isEnabled());
    auto *comment = dialog.findChild<QLineEdit *>(QStringLiteral("approvalComment"));
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("Please add the Danish text."));
    QVERIFY(requestChanges->isEnabled());
    QTest::mouseClick(requestChanges, Qt::LeftButton);
    QCOMPARE(decided.size(), 2);
    const std::optional<TemplateVersion> sentBack = TemplateStore(*m_workspace).version(waiting.at(0));
    QCOMPARE(sentBack->state, TemplateLibrary::changesRequested);
    QCOMPARE(sentBack->decisionComment, QStringLiteral("Please add the Danish text."));
    QCOMPARE(versions->count(), 1);
    QVERIFY(comment->text().isEmpty());
    QVERIFY(!requestChanges->isEnabled());

    // What is left, approved at once.
    versions->selectAll();
    QCOMPARE(dialog.selectedVersionIds(), QList<qint64> {waiting.at(2)});
    QTest::mouseClick(button(dialog, "approveButton"), Qt::LeftButton);
    QCOMPARE(TemplateStore(*m_workspace).version(waiting.at(2))->state, TemplateLibrary::approved);
    QCOMPARE(versions->count(), 0);
    QVERIFY(!button(dialog, "approveButton")->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("approvalError"))->isVisibleTo(&dialog));
}

void TestApprovalQueueDialog::agentReadsButCannotDecide()
{
    WorkspaceSession session(*m_workspace, m_agent);
    ApprovalQueueDialog dialog(&session);
    QSignalSpy decided(&dialog, &ApprovalQueueDialog::decided);
    QVERIFY(showActive(dialog));
    QListWidget *versions = list(dialog);
    QCOMPARE(versions->count(), 3);
    versions->selectAll();
    QVERIFY(!button(dialog, "approveButton")->isEnabled());
    QVERIFY(!button(dialog, "requestChangesButton")->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("approvalNote"))->isVisibleTo(&dialog));
    versions->setFocus();
    QTest::keyClick(versions, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(decided.size(), 0);
    QCOMPARE(waitingIds(*m_workspace).size(), 3);
    QCOMPARE(versions->count(), 3);
}

void TestApprovalQueueDialog::showsTheCoresRefusalOfSelfApproval()
{
    TemplateLibrary own(*m_workspace, m_manager.id);
    TemplateDraft draft;
    draft.title = QStringLiteral("Opening hours");
    draft.category = QStringLiteral("General");
    draft.sourceLanguage = QStringLiteral("en");
    draft.variants.insert(QStringLiteral("en"), QStringLiteral("We are open from nine to five."));
    const std::optional<qint64> templateId = own.create(draft);
    QVERIFY2(templateId, qPrintable(own.errorString()));
    const qint64 versionId = own.store().versions(*templateId).constLast().id;
    QVERIFY2(own.submit(versionId), qPrintable(own.errorString()));

    WorkspaceSession session(*m_workspace, m_manager);
    ApprovalQueueDialog dialog(&session);
    QVERIFY(showActive(dialog));
    QListWidget *versions = list(dialog);
    QCOMPARE(versions->count(), 4);
    // Together with others: all or nothing, so none of them is approved.
    versions->selectAll();
    QTest::keyClick(versions, Qt::Key_Return, Qt::ControlModifier);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("approvalError"));
    QVERIFY(error->isVisibleTo(&dialog));
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(versions->count(), 4);
    QCOMPARE(waitingIds(*m_workspace).size(), 4);
    QCOMPARE(TemplateStore(*m_workspace).version(versionId)->state, TemplateLibrary::awaiting);
}

QTEST_MAIN(TestApprovalQueueDialog)
#include "tst_approvalqueuedialog.moc"
