// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace hearth {

class Workspace;

// How often one rule of the netiquette was cited by moderation (reverted actions left out).
struct RuleUsage
{
    int ruleId = 0;
    int number = 0; // as readers see it in the published version, else in the last version with it
    QString title;
    bool published = false; // a rule of the published version
    int citations = 0;
    QMap<QString, int> byChannel; // channel kind (email, mastodon, …) -> citations
    QMap<QDate, int> byPeriod; // first day (UTC) of the week or month -> citations

    bool neverCited() const { return citations == 0; }
};

// Which house rules moderation cites, where and when, and which it never needs: read from
// moderation_actions with portable SQL (days as integer arithmetic on the millisecond times,
// folded into weeks or months here).
class RuleStatistics
{
    Q_DECLARE_TR_FUNCTIONS(RuleStatistics)

public:
    enum class Period { Week, Month };

    explicit RuleStatistics(const Workspace &workspace);

    // The published rules in their order, then rules cited that are no longer published;
    // titles in this language where the netiquette has it.
    QList<RuleUsage> usage(const QString &language, Period period = Period::Month) const;
    // The published rules nobody cited yet.
    QList<RuleUsage> neverCited(const QString &language) const;
    // The first day (UTC) of the week (Monday) or month holding this day.
    static QDate periodStart(const QDate &day, Period period);

    QString errorString() const { return m_error; }

private:
    const Workspace &m_workspace;
    mutable QString m_error;
};

} // namespace hearth
