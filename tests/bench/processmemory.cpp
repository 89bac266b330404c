// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmemory.h"

#include <QByteArray>
#include <QFile>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace hearth::bench {

std::optional<double> ProcessMemory::peakMb()
{
    return statusFieldMb(QLatin1String("VmHWM:"));
}

std::optional<double> ProcessMemory::currentMb()
{
    return statusFieldMb(QLatin1String("VmRSS:"));
}

bool ProcessMemory::resetPeak()
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1 && file.flush();
#else
    return false;
#endif
}

bool ProcessMemory::releaseFreeHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
    return true;
#else
    return false;
#endif
}

std::optional<double> ProcessMemory::statusFieldMb(QLatin1String field)
{
#if defined(Q_OS_LINUX)
    // /proc files report size 0, so atEnd() is true at once: read until a read comes back empty.
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QByteArray key(field.data(), field.size());
    for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
        if (!line.startsWith(key))
            continue;
        // "VmHWM:	  123456 kB"
        bool ok = false;
        const qint64 kb = line.mid(key.size()).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? std::optional<double>(double(kb) / 1024.0) : std::nullopt;
    }
    return std::nullopt;
#else
    Q_UNUSED(field)
    return std::nullopt;
#endif
}

} // namespace hearth::bench
