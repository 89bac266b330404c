// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettedocument.h"

#include <QHash>
#include <QRegularExpression>

#include <cmark.h>

#include <algorithm>

namespace hearth {

namespace {

// One line of the text: where it starts, its text without the line break (and without a
// "\r" before it), and whether it lies inside a fenced code block.
struct Line
{
    int start = 0;
    QString text;
    bool inCode = false;
};

// An ATX heading ("## Be kind {#rule-4}") as written on its line.
struct Heading
{
    int level = 0;
    int column = 0; // of the first "#", from 1
    int contentEnd = 0; // offset in the line where the title (and the id) end
    QString title;
    bool hasId = false; // "{#...}" at the end, well formed or not
    QString idText; // between "{#" and "}"
    int idColumn = 0; // of the "{", from 1
    int id = 0; // N of a well-formed "rule-N", else 0
};

const QRegularExpression &fencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(`{3,}|~{3,})(.*)$"));
    return pattern;
}

QList<Line> splitLines(const QString &markdown)
{
    QList<Line> lines;
    QString fence; // the opening fence of the code block we are in, empty outside one
    int start = 0;
    while (start <= markdown.size()) {
        int end = int(markdown.indexOf(QLatin1Char('\n'), start));
        const bool last = end < 0;
        if (last)
            end = int(markdown.size());
        QString text = markdown.mid(start, end - start);
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        Line line {start, text, !fence.isEmpty()};
        const QRegularExpressionMatch match = fencePattern().match(text);
        if (match.hasMatch()) {
            const QString marks = match.captured(1);
            if (fence.isEmpty()) {
                // A backtick fence's info string cannot contain a backtick.
                if (marks.at(0) == QLatin1Char('~') || !match.captured(2).contains(QLatin1Char('`'))) {
                    fence = marks;
                    line.inCode = true;
                }
            } else if (marks.at(0) == fence.at(0) && marks.size() >= fence.size()
                && match.captured(2).trimmed().isEmpty()) {
                fence.clear();
            }
        }
        lines << line;
        if (last)
            break;
        start = end + 1;
    }
    return lines;
}

std::optional<Heading> parseHeading(const QString &line)
{
    static const QRegularExpression atx(QStringLiteral("^( {0,3})(#{1,6})(?:[ \\t]+|$)"));
    const QRegularExpressionMatch match = atx.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    Heading heading;
    heading.level = int(match.capturedLength(2));
    heading.column = int(match.capturedLength(1)) + 1;
    const int contentStart = int(match.capturedEnd(0));
    QString content = line.mid(contentStart);
    // The optional closing sequence: "## Be kind ##".
    static const QRegularExpression closing(QStringLiteral("(?:^|[ \\t]+)#+[ \\t]*$"));
    const QRegularExpressionMatch close = closing.match(content);
    if (close.hasMatch())
        content.truncate(close.capturedStart(0));
    while (!content.isEmpty() && content.back().isSpace())
        content.chop(1);
    heading.contentEnd = contentStart + int(content.size());

    static const QRegularExpression idPattern(QStringLiteral("\\{#([^}]*)\\}$"));
    const QRegularExpressionMatch idMatch = idPattern.match(content);
    if (idMatch.hasMatch()) {
        heading.hasId = true;
        heading.idText = idMatch.captured(1);
        heading.idColumn = contentStart + int(idMatch.capturedStart(0)) + 1;
        static const QRegularExpression ruleId(QStringLiteral("^rule-([1-9][0-9]{0,8})$"));
        const QRegularExpressionMatch number = ruleId.match(heading.idText);
        heading.id = number.hasMatch() ? number.captured(1).toInt() : 0;
        content.truncate(idMatch.capturedStart(0));
    }
    heading.title = content.trimmed();
    return heading;
}

// A reference to a rule in the text: {{rule.4}} (a placeholder, with or without a fallback)
// or a Markdown link target (#rule-4).
struct Reference
{
    int position = 0; // in the line
    int length = 0;
    int ruleId = 0;
    bool placeholder = false;
};

QList<Reference> references(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\{\\s*rule\\.([0-9]{1,9})\\s*(?:\\|[^}]*)?\\}\\}|\\(#rule-([0-9]{1,9})[\\s)]"));
    QList<Reference> found;
    QRegularExpressionMatchIterator it = pattern.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const bool placeholder = match.capturedLength(1) > 0;
        found << Reference {int(match.capturedStart(0)), int(match.capturedLength(0)),
            (placeholder ? match.captured(1) : match.captured(2)).toInt(), placeholder};
    }
    return found;
}

QString joinLines(const QList<Line> &lines, int from, int to)
{
    QStringList texts;
    for (int i = from; i < to; ++i)
        texts << lines.at(i).text;
    // Blank lines around a part belong to neither the part nor its neighbours.
    while (!texts.isEmpty() && texts.constFirst().trimmed().isEmpty())
        texts.removeFirst();
    while (!texts.isEmpty() && texts.constLast().trimmed().isEmpty())
        texts.removeLast();
    return texts.join(QLatin1Char('\n'));
}

QString commonMarkToHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    // CMARK_OPT_DEFAULT is safe: raw HTML and javascript: links are left out.
    char *html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT);
    const QString result = QString::fromUtf8(html);
    free(html); // NOLINT: cmark allocates with malloc
    return result;
}

QString headingText(const NetiquetteRule &rule)
{
    const QString number = QString::number(rule.number) + QLatin1Char('.');
    return rule.title.isEmpty() ? number : number + QLatin1Char(' ') + rule.title;
}

// Text that Markdown shows as it is inside a link's label: the characters that would start
// emphasis, code, links, raw HTML or entities backslash-escaped.
QString markdownEscaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>&!");
    QString result;
    for (const QChar c : text) {
        if (special.contains(c))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

} // namespace

NetiquetteDocument NetiquetteDocument::parse(const QString &markdown)
{
    NetiquetteDocument document;
    document.m_markdown = markdown;
    const QList<Line> lines = splitLines(markdown);
    int introductionEnd = int(lines.size());
    int titleLine = -1;
    int ruleStart = -1; // the line after the current rule's heading
    auto closeRule = [&](int end) {
        if (ruleStart >= 0)
            document.m_rules.last().body = joinLines(lines, ruleStart, end);
        ruleStart = -1;
    };
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).inCode)
            continue;
        const std::optional<Heading> heading = parseHeading(lines.at(i).text);
        if (!heading || heading->level > 2)
            continue;
        if (heading->level == 1) {
            // The first one before any rule is the title; another one stays in the text
            // around it, so that exporting loses nothing.
            if (titleLine < 0 && document.m_rules.isEmpty()) {
                titleLine = i;
                document.m_title = heading->title;
            }
            continue;
        }
        closeRule(i);
        if (document.m_rules.isEmpty())
            introductionEnd = i;
        document.m_rules << NetiquetteRule {
            heading->id, int(document.m_rules.size()) + 1, heading->title, QString(), i + 1};
        ruleStart = i + 1;
    }
    closeRule(int(lines.size()));
    QList<Line> introduction = lines.mid(0, introductionEnd);
    if (titleLine >= 0 && titleLine < introductionEnd)
        introduction.removeAt(titleLine);
    document.m_introduction = joinLines(introduction, 0, int(introduction.size()));
    return document;
}

std::optional<NetiquetteRule> NetiquetteDocument::rule(int id) const
{
    if (id <= 0)
        return std::nullopt;
    for (const NetiquetteRule &candidate : m_rules) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

int NetiquetteDocument::highestId() const
{
    int highest = 0;
    for (const NetiquetteRule &rule : m_rules)
        highest = std::max(highest, rule.id);
    return highest;
}

QList<NetiquetteWarning> NetiquetteDocument::warnings(const QSet<int> &knownRuleIds) const
{
    using Kind = NetiquetteWarning::Kind;
    QSet<int> ids = knownRuleIds;
    for (const NetiquetteRule &rule : m_rules)
        ids.insert(rule.id);
    QList<NetiquetteWarning> result;
    QHash<int, int> firstLineOfId;
    const QList<Line> lines = splitLines(m_markdown);
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.inCode)
            continue;
        const std::optional<Heading> heading = parseHeading(line.text);
        if (heading && heading->level == 2) {
            if (heading->title.isEmpty()) {
                result << NetiquetteWarning {Kind::UntitledRule, i + 1, heading->column, heading->id,
                    tr("This rule has no title; write it after “##”.")};
            }
            if (!heading->hasId) {
                result << NetiquetteWarning {Kind::MissingId, i + 1, heading->column, 0,
                    tr("The rule “%1” has no id yet; saving gives it one.").arg(heading->title)};
            } else if (heading->id == 0) {
                result << NetiquetteWarning {Kind::MalformedId, i + 1, heading->idColumn, 0,
                    tr("“{#%1}” is not a rule id; a rule id looks like “{#rule-4}” with a number from 1.")
                        .arg(heading->idText)};
            } else if (firstLineOfId.contains(heading->id)) {
                result << NetiquetteWarning {Kind::DuplicateId, i + 1, heading->idColumn, heading->id,
                    tr("The id rule-%1 is already used by the rule on line %2; remove this one and save to get a "
                       "new id.")
                        .arg(heading->id)
                        .arg(firstLineOfId.value(heading->id))};
            } else {
                firstLineOfId.insert(heading->id, i + 1);
            }
            continue;
        }
        for (const Reference &reference : references(line.text)) {
            if (ids.contains(reference.ruleId) && reference.ruleId > 0)
                continue;
            result << NetiquetteWarning {Kind::BrokenReference, i + 1, reference.position + 1, reference.ruleId,
                tr("“%1” refers to rule-%2, which the netiquette does not have.")
                    .arg(line.text.mid(reference.position, reference.length).trimmed(),
                        QString::number(reference.ruleId))};
        }
    }
    return result;
}

QList<NetiquetteWarning> NetiquetteDocument::differencesFrom(const NetiquetteDocument &source) const
{
    QList<NetiquetteWarning> result;
    for (const NetiquetteRule &rule : m_rules) {
        if (rule.id > 0 && !source.rule(rule.id)) {
            result << NetiquetteWarning {NetiquetteWarning::Kind::TranslationMismatch, rule.line, 1, rule.id,
                tr("The source text has no rule-%1; copy the id of the rule this one translates.").arg(rule.id)};
        }
    }
    for (const NetiquetteRule &rule : source.m_rules) {
        if (rule.id > 0 && !this->rule(rule.id)) {
            const int line = m_rules.isEmpty() ? 1 : m_rules.constLast().line;
            result << NetiquetteWarning {NetiquetteWarning::Kind::TranslationMismatch, line, 1, rule.id,
                tr("The rule “%1” (rule-%2) of the source text is not translated here.")
                    .arg(rule.title, QString::number(rule.id))};
        }
    }
    return result;
}

QString NetiquetteDocument::withIds(int nextId) const
{
    QString result = m_markdown;
    const QList<Line> lines = splitLines(m_markdown);
    // From the end, so the offsets of earlier lines stay valid; ids still count up in text order.
    QList<QPair<int, int>> insertions; // offset, id
    for (const Line &line : lines) {
        if (line.inCode)
            continue;
        const std::optional<Heading> heading = parseHeading(line.text);
        if (heading && heading->level == 2 && !heading->hasId)
            insertions << qMakePair(line.start + heading->contentEnd, nextId++);
    }
    for (auto it = insertions.crbegin(); it != insertions.crend(); ++it) {
        const bool needsSpace = it->first > 0 && !result.at(it->first - 1).isSpace();
        result.insert(
            it->first, (needsSpace ? QStringLiteral(" ") : QString()) + QStringLiteral("{#rule-%1}").arg(it->second));
    }
    return result;
}

QString NetiquetteDocument::resolvedReferences(const QString &markdown) const
{
    // {{rule.N}} in a rule's text becomes a link to that rule, "[2. Be kind](#rule-4)".
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*rule\\.([0-9]{1,9})\\s*(?:\\|[^}]*)?\\}\\}"));
    QString result;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const std::optional<NetiquetteRule> target = rule(match.captured(1).toInt());
        if (!target)
            continue;
        result += markdown.mid(copied, match.capturedStart(0) - copied);
        result +=
            QStringLiteral("[%1](#rule-%2)").arg(markdownEscaped(headingText(*target)), QString::number(target->id));
        copied = match.capturedEnd(0);
    }
    result += markdown.mid(copied);
    return result;
}

QString NetiquetteDocument::publishedMarkdown() const
{
    QStringList parts;
    if (!m_title.isEmpty())
        parts << QLatin1String("# ") + m_title;
    if (!m_introduction.isEmpty())
        parts << resolvedReferences(m_introduction);
    for (const NetiquetteRule &rule : m_rules) {
        QString part = rule.id > 0 ? QStringLiteral("<a id=\"rule-%1\"></a>\n").arg(rule.id) : QString();
        part += QLatin1String("## ") + headingText(rule);
        parts << part;
        if (!rule.body.isEmpty())
            parts << resolvedReferences(rule.body);
    }
    return parts.join(QLatin1String("\n\n")) + QLatin1Char('\n');
}

QString NetiquetteDocument::html() const
{
    QString result;
    if (!m_title.isEmpty())
        result += QLatin1String("<h1>") + m_title.toHtmlEscaped() + QLatin1String("</h1>\n");
    result += commonMarkToHtml(resolvedReferences(m_introduction));
    for (const NetiquetteRule &rule : m_rules) {
        result +=
            rule.id > 0 ? QStringLiteral("<section id=\"rule-%1\">\n").arg(rule.id) : QStringLiteral("<section>\n");
        result += QLatin1String("<h2>") + headingText(rule).toHtmlEscaped() + QLatin1String("</h2>\n");
        result += commonMarkToHtml(resolvedReferences(rule.body));
        result += QLatin1String("</section>\n");
    }
    return result;
}

QString NetiquetteDocument::standaloneHtml(const QString &language) const
{
    static const QLatin1String style(
        "body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1d1d1f; background: #fff; "
        "margin: 0; }\n"
        "main { max-width: 42em; margin: 0 auto; padding: 2em 1em; }\n"
        "h1 { font-size: 1.8em; }\n"
        "section { margin-top: 1.5em; }\n"
        "section:target { background: #fff8d6; }\n"
        "a { color: #0b5cad; }\n"
        "code, pre { background: #f2f2f2; border-radius: 3px; }\n"
        "@media (prefers-color-scheme: dark) { body { color: #e8e8e8; background: #1c1c1e; } "
        "section:target { background: #3a3320; } a { color: #7fb8ff; } code, pre { background: #2c2c2e; } }\n");
    const QString title = m_title.isEmpty() ? tr("Netiquette") : m_title;
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n<main>\n%4</main>\n</body>\n</html>\n")
        .arg(language.toHtmlEscaped(), title.toHtmlEscaped(), style, html());
}

} // namespace hearth
