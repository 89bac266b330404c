// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "workspace.h"

#include <QThread>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <qt6keychain/keychain.h>
#else
#include <qt5keychain/keychain.h>
#endif

namespace hearth {

namespace {

// QtKeychain runs its jobs one at a time through a process-wide executor that is not
// thread-safe, so every job of the program starts on this one thread, whichever thread asked.
QThread *keychainThread()
{
    static QThread *thread = [] {
        auto *started = new QThread;
        started->setObjectName(QStringLiteral("hearth-keychain"));
        started->start();
        qAddPostRoutine([] {
            thread->quit();
            thread->wait();
            delete thread;
        });
        return started;
    }();
    return thread;
}

QString sentence(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("The keychain refused access (%1). Unlock it and try again.").arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return CredentialStore::tr("No keychain is available (%1). Hearth keeps passwords and tokens only in the "
                                   "system's keychain, such as GNOME Keyring or KWallet: start one and try again.")
            .arg(detail);
    default:
        return CredentialStore::tr("The keychain could not keep the secret (%1).").arg(detail);
    }
}

} // namespace

// Carries one job's outcome from the keychain thread back to the store's thread: a queued
// signal is dropped safely when the store is gone, which a call on a pointer to it is not.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    void start(int operation, const QString &key, const QString &secret);

signals:
    void finished(int error, const QString &secret, const QString &detail);
};

void CredentialJob::start(int operation, const QString &key, const QString &secret)
{
    QKeychain::Job *job = nullptr;
    if (operation == 0) {
        auto *write = new QKeychain::WritePasswordJob(CredentialStore::service(), this);
        write->setTextData(secret);
        job = write;
    } else if (operation == 1) {
        job = new QKeychain::ReadPasswordJob(CredentialStore::service(), this);
    } else {
        job = new QKeychain::DeletePasswordJob(CredentialStore::service(), this);
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        emit finished(int(job->error()), read && job->error() == QKeychain::NoError ? read->textData() : QString(),
            job->errorString());
        deleteLater();
    });
    job->start();
}

CredentialStore::CredentialStore(const Workspace &workspace, QObject *parent)
    : CredentialStore(workspace.setting(QStringLiteral("workspace_id")), parent)
{
}

CredentialStore::CredentialStore(const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_workspaceId(workspaceId)
{
}

QString CredentialStore::service()
{
    return QStringLiteral("Hearth");
}

QString CredentialStore::key(qint64 accountId) const
{
    return QStringLiteral("workspace %1 account %2").arg(m_workspaceId).arg(accountId);
}

void CredentialStore::write(qint64 accountId, const QString &secret, Done done)
{
    run(Operation::Write, accountId, secret, std::move(done));
}

void CredentialStore::read(qint64 accountId, Done done)
{
    run(Operation::Read, accountId, QString(), std::move(done));
}

void CredentialStore::remove(qint64 accountId, Done done)
{
    run(Operation::Remove, accountId, QString(), std::move(done));
}

void CredentialStore::run(Operation operation, qint64 accountId, const QString &secret, Done done)
{
    if (m_workspaceId.isEmpty()) {
        // Without the workspace's id a secret could land under another workspace's name.
        QMetaObject::invokeMethod(this, [done] {
            done({false, false, QString(), tr("The workspace has no id to keep its secrets under.")});
        }, Qt::QueuedConnection);
        return;
    }
    auto *job = new CredentialJob;
    connect(job, &CredentialJob::finished, this, [operation, done](int error, const QString &found, const QString &detail) {
        const auto code = QKeychain::Error(error);
        CredentialResult result;
        result.ok = code == QKeychain::NoError || code == QKeychain::EntryNotFound;
        result.found = code == QKeychain::NoError && operation == Operation::Read;
        result.secret = found;
        if (!result.ok)
            result.error = sentence(code, detail);
        done(result);
    });
    job->moveToThread(keychainThread());
    QMetaObject::invokeMethod(job, [job, operation, key = key(accountId), secret] { job->start(int(operation), key, secret); },
        Qt::QueuedConnection);
}

} // namespace hearth

#include "credentialstore.moc"
