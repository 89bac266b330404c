// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailreader.h"

#include "htmltext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <vmime/vmime.hpp>

namespace hearth {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), int(text.size()));
}

QString utf8(const vmime::text &text)
{
    return fromStd(text.getConvertedText(vmime::charsets::UTF_8));
}

QString bracketed(const vmime::messageId &id)
{
    return QLatin1Char('<') + fromStd(id.getId()) + QLatin1Char('>');
}

// The ids of a Message-ID list field (In-Reply-To, References), oldest first.
QStringList messageIds(const vmime::header &header, const char *name)
{
    QStringList ids;
    const auto field = header.findField(name);
    if (!field)
        return ids;
    const auto sequence = field->getValue<vmime::messageIdSequence>();
    for (size_t i = 0; sequence && i < sequence->getMessageIdCount(); ++i)
        ids << bracketed(*sequence->getMessageIdAt(i));
    return ids;
}

QString headerText(const vmime::header &header, const char *name)
{
    const auto field = header.findField(name);
    if (!field)
        return QString();
    if (const auto text = field->getValue<vmime::text>())
        return utf8(*text);
    return fromStd(field->getValue()->generate());
}

// Mail without a Message-ID (rare, but old or broken senders exist) still needs an id that
// is the same on every fetch, so that a re-read folder (UIDVALIDITY changed) does not store
// it twice: its UID cannot serve, it changes then. What the sender wrote does not change.
QString fallbackId(const vmime::header &header, qint64 size)
{
    const QString key = QStringList {headerText(header, vmime::fields::DATE), headerText(header, vmime::fields::FROM),
        headerText(header, vmime::fields::SUBJECT), QString::number(size)}
                            .join(QLatin1Char('\n'));
    return QStringLiteral("hash:")
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString idOf(const vmime::header &header, qint64 size)
{
    const auto field = header.findField(vmime::fields::MESSAGE_ID);
    const auto id = field ? field->getValue<vmime::messageId>() : nullptr;
    return id && !id->getId().empty() && !id->getRight().empty() ? bracketed(*id) : fallbackId(header, size);
}

qint64 dateOf(const vmime::header &header)
{
    const auto field = header.findField(vmime::fields::DATE);
    const auto date = field ? field->getValue<vmime::datetime>() : nullptr;
    if (!date)
        return QDateTime::currentMSecsSinceEpoch();
    const QDateTime time(QDate(date->getYear(), date->getMonth(), date->getDay()),
        QTime(date->getHour(), date->getMinute(), date->getSecond()), QTimeZone(date->getZone() * 60));
    return time.isValid() ? time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

std::string decoded(const vmime::contentHandler &contents)
{
    std::string data;
    vmime::utility::outputStreamStringAdapter out(data);
    contents.extract(out);
    return data;
}

// A text part's body in UTF-8, whatever charset it declares. A charset the converter does
// not know is read as Latin-1, which at least keeps every byte visible.
QString bodyText(const vmime::body &body)
{
    const std::string data = decoded(*body.getContents());
    std::string converted;
    try {
        vmime::charset::convert(data, converted, body.getCharset(), vmime::charsets::UTF_8);
        // MIME lines end in CRLF; Hearth's texts in LF.
        return fromStd(converted).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    } catch (const vmime::exception &) {
        return QString::fromLatin1(data.data(), int(data.size())).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    }
}

struct Parts
{
    QStringList plain;
    QStringList html;
    QStringList attachments;
};

// Real mail nests a few levels (mixed > alternative > related); a hostile one nests
// thousands, and is read no deeper than this.
constexpr int maxNesting = 32;

void collect(const std::shared_ptr<const vmime::bodyPart> &part, Parts *parts, int depth = 0)
{
    const auto body = part->getBody();
    const vmime::mediaType type = body->getContentType();
    if (type.getType() == vmime::mediaTypes::MULTIPART) {
        if (depth >= maxNesting)
            return;
        for (size_t i = 0; i < body->getPartCount(); ++i)
            collect(body->getPartAt(i), parts, depth + 1);
        return;
    }
    const bool text = type.getType() == vmime::mediaTypes::TEXT;
    if (text && !vmime::attachmentHelper::isBodyPartAnAttachment(part)) {
        if (type.getSubType() == vmime::mediaTypes::TEXT_HTML)
            parts->html << bodyText(*body);
        else
            parts->plain << bodyText(*body);
        return;
    }
    const auto attachment = vmime::attachmentHelper::getBodyPartAttachment(part);
    const QString name =
        attachment ? fromStd(attachment->getName().getConvertedText(vmime::charsets::UTF_8)) : QString();
    const qint64 size = qint64(decoded(*body->getContents()).size());
    parts->attachments << EmailReader::tr("[Attachment: %1, %2]")
                              .arg(name.isEmpty() ? EmailReader::tr("unnamed") : name,
                                  QLocale().formattedDataSize(size, 0, QLocale::DataSizeTraditionalFormat));
}

QString textOf(const std::shared_ptr<const vmime::message> &message)
{
    Parts parts;
    collect(message, &parts);
    QStringList blocks;
    if (!parts.plain.isEmpty()) {
        blocks << parts.plain;
    } else {
        for (const QString &html : std::as_const(parts.html))
            blocks << HtmlText::toPlainText(html);
    }
    for (QString &block : blocks)
        block = block.trimmed();
    blocks.removeAll(QString());
    if (!parts.attachments.isEmpty())
        blocks << parts.attachments.join(QLatin1Char('\n'));
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace

bool EmailReader::read(
    const QByteArray &raw, qint64 size, const QString &accountAddress, IncomingMessage *message, QString *why)
{
    try {
        auto parsed = std::make_shared<vmime::message>();
        parsed->parse(std::string(raw.constData(), size_t(raw.size())));
        const vmime::header &header = *parsed->getHeader();
        const auto fromField = header.findField(vmime::fields::FROM);
        const auto from = fromField ? fromField->getValue<vmime::mailbox>() : nullptr;
        if (!from || from->getEmail().isEmpty()) {
            *why = QStringLiteral("no sender address (From)");
            return false;
        }
        const QString address = fromStd(from->getEmail().toString());
        message->remoteId = idOf(header, size);
        const QStringList references = messageIds(header, vmime::fields::REFERENCES);
        const QStringList inReplyTo = messageIds(header, vmime::fields::IN_REPLY_TO);
        message->parentId = inReplyTo.value(0);
        message->threadId = !references.isEmpty() ? references.constFirst()
            : !inReplyTo.isEmpty()                ? inReplyTo.constFirst()
                                                  : message->remoteId;
        message->outbound = address.compare(accountAddress, Qt::CaseInsensitive) == 0;
        message->authorRemoteId = message->outbound ? QString() : address.toLower();
        message->authorHandle = address;
        message->authorName = utf8(from->getName()).trimmed();
        if (message->authorName.isEmpty())
            message->authorName = address;
        message->subject = headerText(header, vmime::fields::SUBJECT).trimmed();
        message->text = textOf(parsed);
        message->isPrivate = true;
        message->createdAt = dateOf(header);
        return true;
    } catch (const std::exception &error) {
        *why = QString::fromUtf8(error.what());
        return false;
    }
}

QString EmailReader::remoteId(const QByteArray &headers, qint64 size)
{
    vmime::header header;
    header.parse(std::string(headers.constData(), size_t(headers.size())));
    return idOf(header, size);
}

bool EmailReader::isMessageId(const QString &remoteId)
{
    return remoteId.startsWith(QLatin1Char('<')) && remoteId.endsWith(QLatin1Char('>'))
        && remoteId.contains(QLatin1Char('@'));
}

} // namespace hearth
