// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "htmltext.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace hearth {

namespace {

const QString atomNamespace = QStringLiteral("http://www.w3.org/2005/Atom");

// An Atom text construct's text (RFC 4287 3.1): "text", "html" (escaped markup) or "xhtml"
// (markup inline), the last two flattened to plain text.
QString readContent(QXmlStreamReader &xml)
{
    const QStringView type = xml.attributes().value(QStringLiteral("type"));
    const bool html = type == QLatin1String("html") || type == QLatin1String("text/html");
    if (type == QLatin1String("xhtml")) {
        QString text;
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement: ++depth; text += QLatin1Char(' '); break;
            case QXmlStreamReader::EndElement: --depth; break;
            case QXmlStreamReader::Characters: text += xml.text(); break;
            default: break;
            }
        }
        return text.simplified();
    }
    const QString raw = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    return html ? HtmlText::toPlainText(raw) : raw.trimmed();
}

class Reader
{
public:
    explicit Reader(const QByteArray &document)
        : m_xml(document)
    {
    }

    ParsedFeed read()
    {
        if (m_xml.readNextStartElement()) {
            const QStringView root = m_xml.name();
            if (root == QLatin1String("rss"))
                readRss();
            else if (root == QLatin1String("feed") && m_xml.namespaceUri() == atomNamespace)
                readAtom();
            else
                m_feed.error = FeedParser::tr("This is not an RSS or Atom feed (it starts with <%1>).").arg(root);
        }
        if (m_xml.hasError() && m_feed.error.isEmpty())
            m_feed.error = FeedParser::tr("The feed is not well-formed XML (line %1, column %2): %3")
                               .arg(m_xml.lineNumber())
                               .arg(m_xml.columnNumber())
                               .arg(m_xml.errorString());
        if (!m_feed.error.isEmpty())
            m_feed.entries.clear(); // a document that is not whole is refused as a whole
        return m_feed;
    }

private:
    void readRss()
    {
        QString lang;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("channel"))
                continue; // its children follow at the next level
            if (name == QLatin1String("title") && m_feed.title.isEmpty())
                m_feed.title = m_xml.readElementText().trimmed();
            else if (name == QLatin1String("language"))
                lang = m_xml.readElementText().trimmed();
            else if (name == QLatin1String("item"))
                add(readRssItem(lang));
            else
                m_xml.skipCurrentElement();
        }
    }

    FeedEntry readRssItem(const QString &lang)
    {
        FeedEntry entry;
        entry.lang = lang;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("guid"))
                entry.id = m_xml.readElementText().trimmed();
            else if (name == QLatin1String("title"))
                entry.title = HtmlText::toPlainText(m_xml.readElementText());
            else if (name == QLatin1String("link"))
                entry.link = m_xml.readElementText().trimmed();
            else if (name == QLatin1String("description") || (name == QLatin1String("encoded") && entry.text.isEmpty()))
                entry.text = HtmlText::toPlainText(m_xml.readElementText());
            else if (name == QLatin1String("author") || name == QLatin1String("creator"))
                entry.author = m_xml.readElementText().trimmed();
            else if (name == QLatin1String("pubDate") || name == QLatin1String("date"))
                entry.publishedAt = FeedParser::parseDate(m_xml.readElementText());
            else
                m_xml.skipCurrentElement();
        }
        return entry;
    }

    void readAtom()
    {
        const QString feedLang = m_xml.attributes().value(QStringLiteral("xml:lang")).toString();
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("title"))
                m_feed.title = readContent(m_xml);
            else if (name == QLatin1String("entry"))
                add(readAtomEntry(feedLang));
            else
                m_xml.skipCurrentElement();
        }
    }

    FeedEntry readAtomEntry(const QString &feedLang)
    {
        FeedEntry entry;
        entry.lang = m_xml.attributes().value(QStringLiteral("xml:lang")).toString();
        if (entry.lang.isEmpty())
            entry.lang = feedLang;
        qint64 updated = 0;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("id")) {
                entry.id = m_xml.readElementText().trimmed();
            } else if (name == QLatin1String("title")) {
                entry.title = readContent(m_xml);
            } else if (name == QLatin1String("link")) {
                const QStringView rel = m_xml.attributes().value(QStringLiteral("rel"));
                if (rel.isEmpty() || rel == QLatin1String("alternate"))
                    entry.link = m_xml.attributes().value(QStringLiteral("href")).toString().trimmed();
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("content") || (name == QLatin1String("summary") && entry.text.isEmpty())) {
                entry.text = readContent(m_xml);
            } else if (name == QLatin1String("author")) {
                entry.author = readAtomAuthor();
            } else if (name == QLatin1String("published")) {
                entry.publishedAt = FeedParser::parseDate(m_xml.readElementText());
            } else if (name == QLatin1String("updated")) {
                updated = FeedParser::parseDate(m_xml.readElementText());
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (entry.publishedAt == 0)
            entry.publishedAt = updated;
        return entry;
    }

    QString readAtomAuthor()
    {
        QString author;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("name"))
                author = m_xml.readElementText().trimmed();
            else
                m_xml.skipCurrentElement();
        }
        return author;
    }

    void add(FeedEntry entry)
    {
        if (m_xml.hasError())
            return;
        if (entry.id.isEmpty())
            entry.id = entry.link;
        if (entry.id.isEmpty()) {
            m_feed.problems.append(
                FeedParser::tr("An entry without an id or a link was skipped: “%1”").arg(entry.title.left(80)));
            return;
        }
        if (entry.title.isEmpty() && entry.text.isEmpty()) {
            m_feed.problems.append(FeedParser::tr("An entry without a title or text was skipped: %1").arg(entry.id.left(200)));
            return;
        }
        m_feed.entries.append(entry);
    }

    QXmlStreamReader m_xml;
    ParsedFeed m_feed;
};

} // namespace

ParsedFeed FeedParser::parse(const QByteArray &document)
{
    return Reader(document).read();
}

qint64 FeedParser::parseDate(const QString &text)
{
    QString trimmed = text.trimmed();
    // RFC 822's zone names for UTC, which feeds use and Qt's RFC 2822 reader does not take.
    static const QRegularExpression utcName(QStringLiteral(" (GMT|UTC?|Z)$"));
    trimmed.replace(utcName, QStringLiteral(" +0000"));
    QDateTime at = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!at.isValid())
        at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(trimmed, Qt::ISODate);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

} // namespace hearth
