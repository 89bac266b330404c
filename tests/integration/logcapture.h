// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

// Everything Hearth logs during a test, from any thread: the sync tests search it for secrets
// (a token or password in any line fails them) and for the lines a skipped item leaves.
namespace logcapture {

namespace detail {
inline QMutex mutex;
inline QStringList lines;
inline QtMessageHandler previous = nullptr;

inline void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&mutex);
        lines << message;
    }
    if (previous)
        previous(type, context, message);
}
} // namespace detail

// From now on, with every category of Hearth's switched on, so a secret in any of it shows.
inline void start()
{
    detail::previous = qInstallMessageHandler(detail::capture);
    QLoggingCategory::setFilterRules(QStringLiteral("hearth.*=true"));
}

inline void stop()
{
    qInstallMessageHandler(detail::previous);
}

inline void clear()
{
    QMutexLocker locker(&detail::mutex);
    detail::lines.clear();
}

inline QStringList lines()
{
    QMutexLocker locker(&detail::mutex);
    return detail::lines;
}

} // namespace logcapture
