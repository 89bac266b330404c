// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchlog.h"

#include <QDateTime>

#include <cstdio>

namespace hearth::bench {

namespace {
void write(const QString &line)
{
    const QByteArray bytes =
        QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")).toUtf8() + line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}
} // namespace

void BenchLog::progress(const QString &line)
{
    write(line);
}

void BenchLog::warning(const QString &line)
{
    write(QStringLiteral("WARNING: ") + line);
}

} // namespace hearth::bench
