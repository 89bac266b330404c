// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"
#include "preferencesdialog.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void savesNameSignatureAndNotifications();
    void refusesAnEmptyName();
};

void TestPreferencesDialog::savesNameSignatureAndNotifications()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("prefs.hearth"))));
    const std::optional<User> me = UserDirectory(workspace).signIn(QStringLiteral("maja"), QStringLiteral("maja"));
    QVERIFY(me);
    WorkspaceSession session(workspace, *me);
    QSignalSpy userChanged(&session, &WorkspaceSession::currentUserChanged);
    Notifier notifier;
    notifier.setEnabled(true);

    PreferencesDialog dialog(&session, &notifier);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userName"));
    QCOMPARE(name->text(), QStringLiteral("maja"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Maja Berg"));
    auto *signature = dialog.findChild<QPlainTextEdit *>(QStringLiteral("signature"));
    signature->setFocus();
    QTest::keyClicks(signature, QStringLiteral("Best wishes, Maja"));
    QTest::keyClick(dialog.findChild<QCheckBox *>(QStringLiteral("notifications")), Qt::Key_Space);
    QTest::keyClick(name, Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(userChanged.size(), 1);
    QCOMPARE(session.currentUser().name, QStringLiteral("Maja Berg"));
    QCOMPARE(session.currentUser().signature, QStringLiteral("Best wishes, Maja"));
    const std::optional<User> stored = UserDirectory(workspace).user(me->id);
    QCOMPARE(stored->name, QStringLiteral("Maja Berg"));
    QCOMPARE(stored->signature, QStringLiteral("Best wishes, Maja"));
    QVERIFY(!notifier.isEnabled());
}

void TestPreferencesDialog::refusesAnEmptyName()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("prefs.hearth"))));
    const std::optional<User> me = UserDirectory(workspace).signIn(QStringLiteral("maja"), QStringLiteral("Maja"));
    WorkspaceSession session(workspace, *me);
    Notifier notifier;
    PreferencesDialog dialog(&session, &notifier);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userName"));
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("preferencesError"))->isVisibleTo(&dialog));
    QCOMPARE(UserDirectory(workspace).user(me->id)->name, QStringLiteral("Maja"));
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
