// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automodmatcher.h"

#include "automoderation.h"

#include <QRegularExpression>
#include <QUrl>

namespace hearth {

namespace {

bool isWordCodePoint(char32_t codePoint)
{
    return QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint);
}

// The code point that starts at index, or that ends just before it.
char32_t codePointAt(const QString &text, qsizetype index)
{
    const QChar c = text.at(index);
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(index + 1));
    return c.unicode();
}

char32_t codePointBefore(const QString &text, qsizetype index)
{
    const QChar c = text.at(index - 1);
    if (c.isLowSurrogate() && index >= 2 && text.at(index - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(index - 2), c);
    return c.unicode();
}

// Whole words only: "scam" is not found in "scampi". An edge that is not a word character
// (a keyword "$$$", "!!" or "🍋") needs no boundary.
bool isWholeWord(const QString &text, qsizetype at, qsizetype length)
{
    const qsizetype end = at + length;
    if (isWordCodePoint(codePointAt(text, at)) && at > 0 && isWordCodePoint(codePointBefore(text, at)))
        return false;
    return !(
        isWordCodePoint(codePointBefore(text, end)) && end < text.size() && isWordCodePoint(codePointAt(text, end)));
}

bool hostAllowed(const QString &host, const QStringList &allowed)
{
    for (const QString &entry : allowed) {
        if (host == entry || host.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

} // namespace

AutoModerationMatcher::AutoModerationMatcher(const AutoModerationRule &rule)
    : m_kind(rule.kind)
    , m_threshold(rule.threshold)
{
    const QStringList entries = lines(rule.pattern);
    for (const QString &entry : entries) {
        const QString prepared = m_kind == AutoModeration::link ? normalizedHost(entry) : fold(entry);
        if (!prepared.isEmpty())
            m_entries << prepared;
    }
}

std::optional<QString> AutoModerationMatcher::match(const QString &text) const
{
    if (m_kind == AutoModeration::keyword)
        return findKeyword(m_entries, text);
    if (m_kind == AutoModeration::link)
        return findForeignHost(m_entries, text);
    if (m_kind == AutoModeration::caps) {
        const std::optional<int> share = capitalShare(text);
        if (share && *share >= m_threshold)
            return QCoreApplication::translate("hearth::AutoModeration", "%1% capitals").arg(*share);
    }
    return std::nullopt;
}

QString AutoModerationMatcher::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            bare.append(c);
    }
    // Full case folding makes "ß" "ss"; Qt folds one character to one.
    return bare.toCaseFolded().replace(QChar(0x00DF), QLatin1String("ss")).simplified();
}

QStringList AutoModerationMatcher::lines(const QString &pattern)
{
    QStringList result;
    const QStringList all = pattern.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

QString AutoModerationMatcher::normalizedHost(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return {};
    const QUrl url = QUrl::fromUserInput(trimmed);
    QString host = url.host(QUrl::FullyDecoded).toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host.contains(QLatin1Char('.')) ? host : QString();
}

std::optional<QString> AutoModerationMatcher::findKeyword(const QStringList &foldedKeywords, const QString &text)
{
    const QString folded = fold(text);
    for (const QString &keyword : foldedKeywords) {
        for (qsizetype at = folded.indexOf(keyword); at >= 0; at = folded.indexOf(keyword, at + 1)) {
            if (isWholeWord(folded, at, keyword.size()))
                return keyword;
        }
    }
    return std::nullopt;
}

std::optional<QString> AutoModerationMatcher::findForeignHost(const QStringList &allowedHosts, const QString &text)
{
    static const QRegularExpression links(
        QStringLiteral(R"((?:https?://|www\.)[^\s<>"'`]+)"), QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator found = links.globalMatch(text);
    while (found.hasNext()) {
        const QString host = normalizedHost(found.next().captured(0));
        if (!host.isEmpty() && !hostAllowed(host, allowedHosts))
            return host;
    }
    return std::nullopt;
}

std::optional<int> AutoModerationMatcher::capitalShare(const QString &text)
{
    // Compatibility forms first: "𝐅𝐑𝐄𝐄" (mathematical bold) shouts as loudly as "FREE".
    const QString plain = text.normalized(QString::NormalizationForm_KC);
    qint64 upper = 0;
    qint64 cased = 0;
    for (const QChar c : plain) {
        if (c.isUpper() || c.isTitleCase()) {
            ++upper;
            ++cased;
        } else if (c.isLower()) {
            ++cased;
        }
    }
    if (cased < minimumCapsLetters)
        return std::nullopt;
    return int(upper * 100 / cased);
}

} // namespace hearth
