// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

struct AutoModerationRule;

// Whether a message's text matches an auto-moderation rule of the kinds that need only the
// text: keyword, link and caps (repeat needs the author's other posts, AutoModeration asks
// the database). Keywords and hosts are literal text, never patterns; every comparison
// folds case and diacritics and compatibility forms, so "𝐅𝐑𝐄𝐄", "FREE" and "frée" are one word.
class AutoModerationMatcher
{
public:
    // Messages with fewer letters that have a case are never "shouting".
    static constexpr int minimumCapsLetters = 12;

    explicit AutoModerationMatcher(const AutoModerationRule &rule);

    // What matched, for people to read (the keyword, the host, "85% capitals"); nullopt: no match.
    std::optional<QString> match(const QString &text) const;

    // Case, diacritics and compatibility forms folded, whitespace collapsed.
    static QString fold(const QString &text);
    // A rule's pattern as a list: one entry per non-empty line, trimmed.
    static QStringList lines(const QString &pattern);
    // A host as typed into the allowed list ("https://www.Example.com/shop" -> "example.com");
    // empty when it is not a host.
    static QString normalizedHost(const QString &typed);

    static std::optional<QString> findKeyword(const QStringList &foldedKeywords, const QString &text);
    static std::optional<QString> findForeignHost(const QStringList &allowedHosts, const QString &text);
    // The share of capitals among the letters that have a case, in percent; nullopt for a
    // message too short to judge.
    static std::optional<int> capitalShare(const QString &text);

private:
    QString m_kind;
    QStringList m_entries; // folded keywords, or normalized allowed hosts
    int m_threshold = 0;
};

} // namespace hearth
