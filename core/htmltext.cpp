// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>

#include <memory>

namespace hearth {

namespace {

bool isOneOf(const xmlChar *name, const QSet<QByteArray> &names)
{
    return names.contains(QByteArray(reinterpret_cast<const char *>(name)).toLower());
}

const QSet<QByteArray> &skipped()
{
    static const QSet<QByteArray> names{"script", "style", "head", "title", "template", "noscript", "iframe",
        "object", "embed", "svg", "math"};
    return names;
}

// Elements that stand apart as paragraphs, and those that begin a new line (br ends one).
const QSet<QByteArray> &paragraphs()
{
    static const QSet<QByteArray> names{"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul",
        "ol", "table", "section", "article", "hr"};
    return names;
}

const QSet<QByteArray> &lines()
{
    static const QSet<QByteArray> names{"li", "tr"};
    return names;
}

void appendText(const xmlNode *node, QString &out)
{
    for (const xmlNode *child = node; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            out += QString::fromUtf8(reinterpret_cast<const char *>(child->content));
        } else if (child->type == XML_ELEMENT_NODE && xmlStrcasecmp(child->name, BAD_CAST "br") == 0) {
            out += QLatin1Char('\n');
        } else if (child->type == XML_ELEMENT_NODE && !isOneOf(child->name, skipped())) {
            const QString separator = isOneOf(child->name, paragraphs()) ? QStringLiteral("\n\n")
                : isOneOf(child->name, lines())                         ? QStringLiteral("\n")
                                                                          : QString();
            out += separator;
            appendText(child->children, out);
            out += separator;
        }
    }
}

// Runs of spaces become one space, and more than one empty line becomes one.
QString tidy(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\\x{00A0}]+"));
    static const QRegularExpression spaceAroundNewline(QStringLiteral(" ?\\n ?"));
    static const QRegularExpression emptyLines(QStringLiteral("\\n{3,}"));
    QString result = text;
    result.replace(spaces, QStringLiteral(" "));
    result.replace(spaceAroundNewline, QStringLiteral("\n"));
    result.replace(emptyLines, QStringLiteral("\n\n"));
    return result.trimmed();
}

struct DocumentDeleter
{
    void operator()(xmlDoc *document) const { xmlFreeDoc(document); }
};

} // namespace

QString HtmlText::toPlainText(const QString &html)
{
    if (html.trimmed().isEmpty())
        return QString();
    const QByteArray utf8 = html.toUtf8();
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
    std::unique_ptr<xmlDoc, DocumentDeleter> document(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    if (!document)
        return QString();
    QString text;
    appendText(document->children, text);
    return tidy(text);
}

} // namespace hearth
