// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "automoderation.h"
#include "conversationthread.h"
#include "demoworkspace.h"
#include "inboxquery.h"
#include "accountstore.h"
#include "accountsync.h"
#include "connectorfactory.h"
#include "credentialstore.h"
#include "integritycheck.h"
#include "jsonlinesexporter.h"
#include "jsonlinesimporter.h"
#include "messagesearch.h"
#include "netiquetteexporter.h"
#include "netiquettelibrary.h"
#include "templatelibrary.h"
#include "templatetransfer.h"
#include "userdirectory.h"
#include "workspacepaths.h"
#include "workspacesummary.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimeZone>

#include <cstdio>

namespace hearth {

namespace {
const QStringList statuses{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("waiting"),
                           QStringLiteral("snoozed"), QStringLiteral("resolved")};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

// A date ("2026-11-21") or a time ("2026-11-21T09:30:00Z"); a bare date covers its whole day.
std::optional<qint64> parseDate(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        const QDateTime start(date, QTime(0, 0), QTimeZone::utc());
        return start.toMSecsSinceEpoch() + (endOfDay ? 24 * 3600 * 1000 - 1 : 0);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

// Search snippets mark hits with control characters; on a terminal, brackets read better.
QString plainSnippet(QString snippet)
{
    return snippet.replace(MessageSearch::highlightStart, QLatin1Char('[')).replace(MessageSearch::highlightEnd, QLatin1Char(']'));
}

QString oneLine(const QString &text, int width)
{
    const QString simplified = text.simplified();
    return simplified.size() <= width ? simplified : simplified.left(width - 1) + QChar(0x2026);
}

QJsonObject templateVersionJson(const TemplateVersion &version)
{
    QJsonObject variants;
    QJsonArray outOfDate;
    for (const TemplateVariant &variant : version.variants) {
        variants.insert(variant.language, variant.body);
        if (variant.outOfDate)
            outOfDate.append(variant.language);
    }
    return QJsonObject{{QStringLiteral("id"), version.id},
                       {QStringLiteral("number"), version.number},
                       {QStringLiteral("state"), version.state},
                       {QStringLiteral("title"), version.title},
                       {QStringLiteral("category"), version.category},
                       {QStringLiteral("shortcut"), version.shortcut},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(version.tags)},
                       {QStringLiteral("crisis"), version.crisis},
                       {QStringLiteral("source_language"), version.sourceLanguage},
                       {QStringLiteral("variants"), variants},
                       {QStringLiteral("out_of_date"), outOfDate},
                       {QStringLiteral("created_at"), isoTime(version.createdAt)},
                       {QStringLiteral("decision_comment"), version.decisionComment}};
}

QJsonObject conversationJson(const ConversationRow &row)
{
    return QJsonObject{{QStringLiteral("id"), row.id},
                       {QStringLiteral("account_id"), row.accountId},
                       {QStringLiteral("subject"), row.subject},
                       {QStringLiteral("author"), row.authorName},
                       {QStringLiteral("snippet"), row.snippet},
                       {QStringLiteral("status"), row.status},
                       {QStringLiteral("priority"), row.priority},
                       {QStringLiteral("messages"), row.messageCount},
                       {QStringLiteral("assignee_id"), row.assigneeId ? QJsonValue(*row.assigneeId) : QJsonValue()},
                       {QStringLiteral("created_at"), isoTime(row.createdAt)},
                       {QStringLiteral("last_message_at"), isoTime(row.lastMessageAt)},
                       {QStringLiteral("first_response_due"),
                        row.firstResponseDue ? QJsonValue(isoTime(*row.firstResponseDue)) : QJsonValue()}};
}
} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The Hearth core on the command line.\n\nCommands:\n"
           "  info                    the workspace's path, schema version and counts\n"
           "  import FILE             import messages from JSON Lines (- reads standard input)\n"
           "  export [FILE]           export messages as JSON Lines (to standard output by default)\n"
           "  search QUERY            search messages, newest first\n"
           "  stats                   conversations by channel and status\n"
           "  conversations list      list conversations\n"
           "  conversations show ID   show a conversation with all its messages\n"
           "  check                   check the workspace's integrity\n"
           "  templates list          list the canned-response templates\n"
           "  templates show ID       show a template with all its versions\n"
           "  templates export [FILE] export the template library as JSON\n"
           "  templates import FILE   import templates from JSON, as drafts\n"
           "  netiquette show         show the published netiquette\n"
           "  netiquette export --out DIR  write the published netiquette as HTML and Markdown\n"
           "  automod run             let the live auto-moderation rules act on new messages\n"
           "  sync [--account NAME]   sync the channel accounts once (for scheduled use)\n"
           "  accounts list           list the channel accounts and their sync state\n"
           "  accounts add KIND NAME ADDRESS [--setting KEY=VALUE]... [--secret-stdin]\n"
           "                          add an account; its secret goes to the system's keychain\n"
           "  accounts remove NAME --yes  remove an account with its conversations and messages\n\n"
           "Run “hearth-cli COMMAND --help” for a command's options."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                       tr("Use the workspace FILE instead of the default one."), tr("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Use the demo workspace."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Also print Hearth's log messages."));
    parser.addOptions({workspace, demo, verbose});
    parser.addPositionalArgument(tr("command"), tr("What to do; see the list above."));

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        m_out << parser.helpText();
        return rest.isEmpty() && !parser.isSet(help) ? UsageError : Success;
    }
    // The commands say what went wrong themselves; the log repeats it for developers.
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("hearth.*=false"));
    if (parser.isSet(demo) && parser.isSet(workspace))
        return usage(tr("--demo and --workspace cannot be used together."));
    m_demo = parser.isSet(demo);
    m_workspacePath = m_demo ? WorkspacePaths::demoWorkspace()
                             : parser.isSet(workspace) ? parser.value(workspace) : WorkspacePaths::defaultWorkspace();

    const QString command = rest.first();
    const QStringList commandArguments = QStringList{QCoreApplication::applicationFilePath() + QLatin1Char(' ') + command}
        + rest.mid(1);
    if (command == QLatin1String("info"))
        return commandArguments.size() == 1 ? info() : usage(tr("info takes no arguments."));
    if (command == QLatin1String("import"))
        return import(commandArguments);
    if (command == QLatin1String("export"))
        return exportMessages(commandArguments);
    if (command == QLatin1String("search"))
        return search(commandArguments);
    if (command == QLatin1String("stats"))
        return stats(commandArguments);
    if (command == QLatin1String("conversations"))
        return conversations(commandArguments);
    if (command == QLatin1String("check"))
        return check(commandArguments);
    if (command == QLatin1String("templates"))
        return templates(commandArguments);
    if (command == QLatin1String("automod"))
        return automod(commandArguments);
    if (command == QLatin1String("netiquette"))
        return netiquette(commandArguments);
    if (command == QLatin1String("sync"))
        return sync(commandArguments);
    if (command == QLatin1String("accounts"))
        return accounts(commandArguments);
    return usage(tr("Unknown command “%1”.").arg(command));
}

int Cli::usage(const QString &message)
{
    m_err << message << '\n' << tr("Run “hearth-cli --help” for the commands and options.") << '\n';
    return UsageError;
}

bool Cli::openWorkspace(Access access)
{
    if (m_demo) {
        QString error;
        if (DemoWorkspace::open(m_workspace, m_workspacePath, &error))
            return true;
        m_err << error << '\n';
        return false;
    }
    const auto mode = access == Access::CreateIfMissing ? Workspace::OpenMode::CreateIfMissing
                                                        : Workspace::OpenMode::ExistingOnly;
    if (m_workspace.open(m_workspacePath, mode))
        return true;
    m_err << m_workspace.errorString() << '\n';
    return false;
}

// A file named on the command line; "-" is standard input or output. Says why it cannot be
// opened.
bool Cli::openFile(QFile *file, const QString &fileName, QIODevice::OpenMode mode)
{
    const bool standard = fileName == QLatin1String("-");
    if (!standard)
        file->setFileName(fileName);
    if (standard ? file->open(mode == QIODevice::ReadOnly ? stdin : stdout, mode) : file->open(mode))
        return true;
    m_err << (mode == QIODevice::ReadOnly ? tr("Cannot read “%1”: %2") : tr("Cannot write “%1”: %2"))
                 .arg(fileName, file->errorString())
          << '\n';
    return false;
}

std::optional<qint64> Cli::accountId(const QString &name)
{
    WorkspaceSummary summary;
    if (WorkspaceSummary::read(m_workspace, &summary)) {
        for (const ChannelAccount &account : std::as_const(summary.accounts)) {
            if (account.name == name)
                return account.id;
        }
    }
    m_err << tr("There is no account named “%1”.").arg(name) << '\n';
    return std::nullopt;
}

// Parses a command's own options. Returns the exit code when the command should not run:
// Success after printing its help, UsageError after a usage message.
std::optional<int> Cli::parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                     int minPositional, int maxPositional)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional)
        return usage(tr("Wrong number of arguments for %1.").arg(command));
    return std::nullopt;
}

int Cli::info()
{
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    WorkspaceSummary summary;
    if (!WorkspaceSummary::read(m_workspace, &summary)) {
        m_err << tr("The workspace could not be read.") << '\n';
        return Failed;
    }
    m_out << QDir::toNativeSeparators(m_workspace.path()) << '\n'
          << tr("Schema version: %1").arg(m_workspace.schemaVersion()) << '\n'
          << tr("Journal: %1").arg(m_workspace.journalMode()) << '\n'
          << tr("Demo workspace: %1").arg(DemoWorkspace::isDemo(m_workspace) ? tr("yes") : tr("no")) << '\n'
          << tr("Accounts: %1").arg(summary.accounts.size()) << '\n'
          << tr("Conversations: %1").arg(summary.conversations) << '\n'
          << tr("Messages: %1").arg(WorkspaceSummary::messageCount(m_workspace).value_or(-1)) << '\n';
    return Success;
}

int Cli::import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("FILE"), tr("JSON Lines to import; - reads standard input."));
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("import"), arguments, 1, 1))
        return *exit;
    const QString fileName = parser.positionalArguments().first();
    QFile file;
    if (!openFile(&file, fileName, QIODevice::ReadOnly))
        return Failed;
    if (!openWorkspace(Access::CreateIfMissing))
        return WorkspaceError;
    const ImportReport report = JsonLinesImporter(m_workspace).import(file);
    for (const QString &problem : report.skipped)
        m_err << problem << '\n';
    if (!report.ok) {
        m_err << report.error << '\n';
        return Failed;
    }
    m_out << tr("Imported %1 new, %2 changed, %3 already there.").arg(report.inserted).arg(report.updated).arg(report.unchanged)
          << ' ' << tr("%n line(s) skipped.", nullptr, int(report.skipped.size())) << '\n';
    return report.skipped.isEmpty() ? Success : PartialImport;
}

int Cli::exportMessages(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), tr("Only this account's messages."), tr("NAME"));
    parser.addOption(account);
    parser.addPositionalArgument(tr("FILE"), tr("Where to write; standard output when missing or -."));
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("export"), arguments, 0, 1))
        return *exit;
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    std::optional<qint64> onlyAccount;
    if (parser.isSet(account) && !(onlyAccount = accountId(parser.value(account))))
        return Failed;

    const QString fileName = parser.positionalArguments().value(0, QStringLiteral("-"));
    QFile file;
    if (!openFile(&file, fileName, QIODevice::WriteOnly))
        return Failed;
    JsonLinesExporter exporter(m_workspace);
    const qint64 written = exporter.exportTo(file, onlyAccount);
    if (written < 0) {
        m_err << exporter.errorString() << '\n';
        return Failed;
    }
    m_err << tr("Exported %n message(s).", nullptr, int(written)) << '\n';
    return Success;
}

int Cli::search(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N hits (default 50)."), tr("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the hits as JSON."));
    const QCommandLineOption account(QStringLiteral("account"), tr("Only this account."), tr("NAME"));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("Only this kind of channel."), tr("KIND"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only conversations in this status."), tr("STATUS"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only conversations with this tag."), tr("TAG"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Only messages in this language."), tr("CODE"));
    const QCommandLineOption since(QStringLiteral("since"), tr("Only messages from this date or time on."), tr("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), tr("Only messages up to this date or time."), tr("DATE"));
    parser.addOptions({limit, json, account, channel, status, tag, lang, since, until});
    parser.addPositionalArgument(tr("QUERY"), tr("Words (all must match), \"a phrase\", prefix*, -excluded."));
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("search"), arguments, 1, 1000))
        return *exit;

    SearchRequest request;
    request.text = parser.positionalArguments().join(QLatin1Char(' '));
    bool limitOk = false;
    request.limit = parser.value(limit).toInt(&limitOk);
    if (!limitOk || request.limit < 1)
        return usage(tr("--limit needs a positive number."));
    if (parser.isSet(status) && !statuses.contains(parser.value(status)))
        return usage(tr("--status must be one of: %1.").arg(statuses.join(QLatin1String(", "))));
    request.channelKind = parser.value(channel);
    request.status = parser.value(status);
    request.tag = parser.value(tag);
    request.language = parser.value(lang);
    for (const auto &[option, field, endOfDay] :
         {std::tuple{&since, &request.since, false}, std::tuple{&until, &request.until, true}}) {
        if (!parser.isSet(*option))
            continue;
        *field = parseDate(parser.value(*option), endOfDay);
        if (!*field)
            return usage(tr("--%1 needs a date like 2026-11-21 or a time like 2026-11-21T09:30:00Z.")
                             .arg(option->names().constFirst()));
    }
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    if (parser.isSet(account) && !(request.accountId = accountId(parser.value(account))))
        return Failed;

    QList<SearchHit> hits;
    QString error;
    if (!MessageSearch(m_workspace).search(request, &hits, &error)) {
        m_err << error << '\n';
        return Failed;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(hits)) {
            array.append(QJsonObject{{QStringLiteral("message_id"), hit.messageId},
                                     {QStringLiteral("conversation_id"), hit.conversationId},
                                     {QStringLiteral("account_id"), hit.accountId},
                                     {QStringLiteral("author"), hit.authorName},
                                     {QStringLiteral("snippet"), plainSnippet(hit.snippet)},
                                     {QStringLiteral("lang"), hit.lang},
                                     {QStringLiteral("direction"), hit.outbound ? QStringLiteral("out") : QStringLiteral("in")},
                                     {QStringLiteral("created_at"), isoTime(hit.createdAt)}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const SearchHit &hit : std::as_const(hits)) {
        m_out << isoTime(hit.createdAt) << "  #" << hit.conversationId << "  " << oneLine(hit.authorName, 24) << '\n'
              << "    " << oneLine(plainSnippet(hit.snippet), 110) << '\n';
    }
    m_err << tr("%n hit(s).", nullptr, int(hits.size())) << '\n';
    return Success;
}

int Cli::stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the counts as JSON."));
    parser.addOption(json);
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("stats"), arguments, 0, 0))
        return *exit;
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    WorkspaceSummary summary;
    if (!WorkspaceSummary::read(m_workspace, &summary)) {
        m_err << tr("The workspace could not be read.") << '\n';
        return Failed;
    }
    const InboxQuery inbox(m_workspace);
    QJsonArray accounts;
    QString table = QStringLiteral("%1 %2").arg(tr("Account"), -28).arg(tr("Channel"), -10);
    for (const QString &status : statuses)
        table += QStringLiteral("%1").arg(status, 9);
    table += QStringLiteral("%1\n").arg(tr("total"), 9);
    for (const ChannelAccount &account : std::as_const(summary.accounts)) {
        const QMap<QString, int> counts = inbox.countsByStatus(account.id);
        QJsonObject byStatus;
        int total = 0;
        table += QStringLiteral("%1 %2").arg(oneLine(account.name, 28), -28).arg(account.kind, -10);
        for (const QString &status : statuses) {
            byStatus.insert(status, counts.value(status));
            total += counts.value(status);
            table += QStringLiteral("%1").arg(counts.value(status), 9);
        }
        table += QStringLiteral("%1\n").arg(total, 9);
        accounts.append(QJsonObject{{QStringLiteral("account"), account.name},
                                    {QStringLiteral("channel"), account.kind},
                                    {QStringLiteral("by_status"), byStatus},
                                    {QStringLiteral("total"), total}});
    }
    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(accounts).toJson(QJsonDocument::Indented));
    else
        m_out << table;
    return Success;
}

int Cli::conversations(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = QStringList{arguments.first() + QLatin1Char(' ') + sub} + arguments.mid(2);
    if (sub == QLatin1String("list"))
        return listConversations(rest);
    if (sub == QLatin1String("show"))
        return showConversation(rest);
    return usage(tr("Use “conversations list” or “conversations show ID”."));
}

int Cli::listConversations(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), tr("Only this account."), tr("NAME"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only this status."), tr("STATUS"));
    const QCommandLineOption sort(QStringLiteral("sort"), tr("newest (default), oldest or due."), tr("ORDER"),
                                  QStringLiteral("newest"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N conversations (default 50)."), tr("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the conversations as JSON."));
    parser.addOptions({account, status, sort, limit, json});
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("conversations list"), arguments, 0, 0))
        return *exit;

    const QMap<QString, InboxSort> sorts{{QStringLiteral("newest"), InboxSort::Newest},
                                         {QStringLiteral("oldest"), InboxSort::Oldest},
                                         {QStringLiteral("due"), InboxSort::DueSoonest}};
    if (!sorts.contains(parser.value(sort)))
        return usage(tr("--sort must be newest, oldest or due."));
    if (parser.isSet(status) && !statuses.contains(parser.value(status)))
        return usage(tr("--status must be one of: %1.").arg(statuses.join(QLatin1String(", "))));
    bool limitOk = false;
    const int count = parser.value(limit).toInt(&limitOk);
    if (!limitOk || count < 1)
        return usage(tr("--limit needs a positive number."));
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;

    InboxFilter filter;
    filter.status = parser.value(status);
    if (parser.isSet(account) && !(filter.accountId = accountId(parser.value(account))))
        return Failed;
    QList<ConversationRow> rows;
    if (!InboxQuery(m_workspace).fetchPage(filter, sorts.value(parser.value(sort)), std::nullopt, count, &rows)) {
        m_err << tr("The conversations could not be read.") << '\n';
        return Failed;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ConversationRow &row : std::as_const(rows))
            array.append(conversationJson(row));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const ConversationRow &row : std::as_const(rows)) {
        m_out << QStringLiteral("#%1").arg(row.id, -7) << ' ' << isoTime(row.lastMessageAt) << ' '
              << QStringLiteral("%1").arg(row.status, -9) << QStringLiteral("%1").arg(oneLine(row.authorName, 22), -23)
              << oneLine(row.subject.isEmpty() ? row.snippet : row.subject, 60) << '\n';
    }
    return Success;
}

int Cli::showConversation(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the conversation as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(tr("ID"), tr("The conversation's number, as “conversations list” shows it."));
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("conversations show"), arguments, 1, 1))
        return *exit;
    bool idOk = false;
    const qint64 id = parser.positionalArguments().first().remove(QLatin1Char('#')).toLongLong(&idOk);
    if (!idOk)
        return usage(tr("The conversation's ID is a number."));
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    ConversationThread thread;
    if (!ConversationThread::load(m_workspace, id, &thread)) {
        m_err << tr("There is no conversation #%1.").arg(id) << '\n';
        return Failed;
    }
    if (parser.isSet(json)) {
        QJsonObject object = conversationJson(thread.conversation);
        object.insert(QStringLiteral("account"), thread.accountName);
        object.insert(QStringLiteral("channel"), thread.channelKind);
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(thread.tags));
        QJsonArray messages;
        for (const ThreadMessage &message : std::as_const(thread.messages)) {
            messages.append(QJsonObject{{QStringLiteral("id"), message.id},
                                        {QStringLiteral("remote_id"), message.remoteId},
                                        {QStringLiteral("author"), message.authorName},
                                        {QStringLiteral("text"), message.text},
                                        {QStringLiteral("lang"), message.lang},
                                        {QStringLiteral("url"), message.url},
                                        {QStringLiteral("direction"), message.outbound ? QStringLiteral("out") : QStringLiteral("in")},
                                        {QStringLiteral("visibility"), message.isPrivate ? QStringLiteral("private") : QStringLiteral("public")},
                                        {QStringLiteral("created_at"), isoTime(message.createdAt)}});
        }
        object.insert(QStringLiteral("messages"), messages);
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    const ConversationRow &row = thread.conversation;
    m_out << QStringLiteral("#%1  %2").arg(row.id).arg(row.subject) << '\n'
          << tr("%1 (%2) · %3 · %4").arg(thread.accountName, thread.channelKind, row.status, thread.tags.join(QLatin1String(", ")))
          << "\n\n";
    for (const ThreadMessage &message : std::as_const(thread.messages)) {
        m_out << isoTime(message.createdAt) << "  " << (message.outbound ? "→ " : "← ") << message.authorName
              << (message.isPrivate ? tr(" (private)") : QString()) << '\n'
              << message.text << "\n\n";
    }
    return Success;
}

int Cli::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption quick(QStringLiteral("quick"), tr("A faster, less thorough check."));
    const QCommandLineOption repair(QStringLiteral("repair"),
                                    tr("First rebuild the search index and the counters from the messages."));
    parser.addOptions({quick, repair});
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("check"), arguments, 0, 0))
        return *exit;
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    QString error;
    if (parser.isSet(repair) && !IntegrityCheck::rebuildDerivedData(m_workspace, &error)) {
        m_err << error << '\n';
        return Failed;
    }
    const QStringList problems =
        IntegrityCheck::run(m_workspace, parser.isSet(quick) ? IntegrityCheck::Depth::Quick : IntegrityCheck::Depth::Full);
    for (const QString &problem : problems)
        m_out << problem << '\n';
    if (!problems.isEmpty())
        return Failed;
    m_out << tr("The workspace is sound.") << '\n';
    return Success;
}

int Cli::templates(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = QStringList{arguments.first() + QLatin1Char(' ') + sub} + arguments.mid(2);
    if (sub == QLatin1String("list"))
        return listTemplates(rest);
    if (sub == QLatin1String("show"))
        return showTemplate(rest);
    if (sub == QLatin1String("export"))
        return exportTemplates(rest);
    if (sub == QLatin1String("import"))
        return importTemplates(rest);
    return usage(tr("Use “templates list”, “templates show ID”, “templates export [FILE]” or “templates import FILE”."));
}

int Cli::listTemplates(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the templates as JSON."));
    parser.addOption(json);
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("templates list"), arguments, 0, 0))
        return *exit;
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    const QList<TemplateSummary> summaries = TemplateStore(m_workspace).templates();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const TemplateSummary &summary : summaries) {
            QJsonObject object = templateVersionJson(summary.latest);
            object.insert(QStringLiteral("template_id"), summary.id);
            object.insert(QStringLiteral("retired"), summary.retired);
            object.insert(QStringLiteral("approved_version_id"),
                          summary.approvedVersionId ? QJsonValue(*summary.approvedVersionId) : QJsonValue());
            array.append(object);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const TemplateSummary &summary : summaries) {
        const TemplateVersion &latest = summary.latest;
        const QString state = summary.retired ? TemplateLibrary::retired : latest.state;
        m_out << QStringLiteral("#%1").arg(summary.id, -6) << ' ' << QStringLiteral("v%1").arg(latest.number, -4) << ' '
              << QStringLiteral("%1").arg(state, -18)
              << QStringLiteral("%1").arg(latest.shortcut.isEmpty() ? QString() : QLatin1String("::") + latest.shortcut, -16)
              << QStringLiteral("%1").arg(latest.languages().join(QLatin1Char(',')), -12) << oneLine(latest.title, 50)
              << (latest.crisis ? tr(" [crisis]") : QString()) << '\n';
    }
    return Success;
}

int Cli::showTemplate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the template as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(tr("ID"), tr("The template's number, as “templates list” shows it."));
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("templates show"), arguments, 1, 1))
        return *exit;
    bool idOk = false;
    const qint64 id = parser.positionalArguments().first().remove(QLatin1Char('#')).toLongLong(&idOk);
    if (!idOk)
        return usage(tr("The template's ID is a number."));
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    const TemplateStore store(m_workspace);
    const std::optional<TemplateSummary> summary = store.summary(id);
    if (!summary) {
        m_err << tr("There is no template #%1.").arg(id) << '\n';
        return Failed;
    }
    const QList<TemplateVersion> versions = store.versions(id);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const TemplateVersion &version : versions)
            array.append(templateVersionJson(version));
        const QJsonObject object{{QStringLiteral("id"), id},
                                 {QStringLiteral("retired"), summary->retired},
                                 {QStringLiteral("approved_version_id"),
                                  summary->approvedVersionId ? QJsonValue(*summary->approvedVersionId) : QJsonValue()},
                                 {QStringLiteral("versions"), array}};
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    m_out << QStringLiteral("#%1  %2").arg(id).arg(summary->latest.title) << '\n';
    for (const TemplateVersion &version : versions) {
        m_out << '\n'
              << tr("Version %1 · %2 · %3").arg(version.number).arg(version.state, isoTime(version.createdAt)) << '\n';
        if (!version.category.isEmpty() || !version.shortcut.isEmpty() || !version.tags.isEmpty()) {
            m_out << tr("Category: %1 · Shortcut: %2 · Tags: %3")
                         .arg(version.category, version.shortcut, version.tags.join(QLatin1String(", ")))
                  << '\n';
        }
        if (version.crisis)
            m_out << tr("For crisis use.") << '\n';
        if (!version.decisionComment.isEmpty())
            m_out << tr("Comment: %1").arg(version.decisionComment) << '\n';
        for (const QString &language : version.languages()) {
            const TemplateVariant variant = *version.variant(language);
            m_out << QStringLiteral("[%1]").arg(language)
                  << (language == version.sourceLanguage ? tr(" (source)") : QString())
                  << (variant.outOfDate ? tr(" (out of date)") : QString()) << '\n'
                  << variant.body << '\n';
        }
    }
    return Success;
}

int Cli::exportTemplates(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("FILE"), tr("Where to write; standard output when missing or -."));
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("templates export"), arguments, 0, 1))
        return *exit;
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    const QString fileName = parser.positionalArguments().value(0, QStringLiteral("-"));
    QFile file;
    if (!openFile(&file, fileName, QIODevice::WriteOnly))
        return Failed;
    TemplateTransfer transfer(m_workspace, 0);
    if (!transfer.exportTo(file)) {
        m_err << transfer.errorString() << '\n';
        return Failed;
    }
    m_err << tr("Exported %n template(s).", nullptr, int(TemplateStore(m_workspace).templates().size())) << '\n';
    return Success;
}

int Cli::importTemplates(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("FILE"), tr("A template library in JSON; - reads standard input."));
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("templates import"), arguments, 1, 1))
        return *exit;
    const QString fileName = parser.positionalArguments().first();
    QFile file;
    if (!openFile(&file, fileName, QIODevice::ReadOnly))
        return Failed;
    if (!openWorkspace(Access::CreateIfMissing))
        return WorkspaceError;
    // The templates arrive as drafts written by the person running the import.
    UserDirectory directory(m_workspace);
    const std::optional<User> user = directory.signIn(UserDirectory::systemLogin(), UserDirectory::systemDisplayName());
    if (!user) {
        m_err << directory.errorString() << '\n';
        return Failed;
    }
    const TemplateImportReport report = TemplateTransfer(m_workspace, user->id).import(file);
    for (const QString &note : report.ignored)
        m_err << note << '\n';
    for (const QString &error : report.errors)
        m_err << error << '\n';
    if (!report.ok) {
        m_err << tr("Nothing was imported.") << '\n';
        return Failed;
    }
    m_out << tr("Imported %n template(s) as drafts.", nullptr, int(report.created.size())) << '\n';
    return Success;
}

int Cli::automod(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("run"))
        return usage(tr("Use “automod run”."));
    QCommandLineParser parser;
    const QStringList rest = QStringList{arguments.first() + QLatin1String(" run")} + arguments.mid(2);
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("automod run"), rest, 0, 0))
        return *exit;
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    // What the app does when it notices new messages, for imports while it is closed.
    AutoModeration hearth(m_workspace, 0);
    QList<AutoModerationDecision> decided;
    do {
        decided += hearth.processNew();
    } while (!hearth.caughtUp());
    for (const AutoModerationDecision &decision : std::as_const(decided))
        m_out << decision.id << '\t' << decision.conversationId << '\t' << decision.action << '\t'
              << decision.ruleName << '\n';
    if (!hearth.errorString().isEmpty())
        m_err << hearth.errorString() << '\n';
    m_err << tr("Auto-moderation made %n decision(s).", nullptr, int(decided.size())) << '\n';
    return hearth.errorString().isEmpty() ? Success : Failed;
}

int Cli::netiquette(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = QStringList {arguments.first() + QLatin1Char(' ') + sub} + arguments.mid(2);
    if (sub == QLatin1String("show"))
        return showNetiquette(rest);
    if (sub == QLatin1String("export"))
        return exportNetiquette(rest);
    return usage(tr("Use “netiquette show [--lang CODE]” or “netiquette export --out DIR”."));
}

int Cli::showNetiquette(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("lang"),
        tr("The language to show; the source language when missing or not translated."), tr("CODE"));
    parser.addOption(language);
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("netiquette show"), arguments, 0, 0))
        return *exit;
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    const std::optional<NetiquetteVersion> published = NetiquetteLibrary(m_workspace, 0).publishedVersion();
    if (!published) {
        m_err << tr("The netiquette has no published version yet.") << '\n';
        return Failed;
    }
    QString shown = parser.value(language);
    if (shown.isEmpty())
        shown = published->sourceLanguage;
    if (!published->texts.contains(shown)) {
        m_err << tr("The netiquette has no “%1” text; showing the source language “%2”.")
                     .arg(shown, published->sourceLanguage)
              << '\n';
        shown = published->sourceLanguage;
    }
    const std::optional<User> publisher = UserDirectory(m_workspace).user(published->publishedBy);
    m_out << tr("Version %1 · published %2 by %3 · %4")
                 .arg(QString::number(published->number), isoTime(published->publishedAt.value_or(0)),
                     publisher ? publisher->name : tr("(unknown)"),
                     TemplateStore::orderedLanguages(published->sourceLanguage, published->texts.keys())
                         .join(QLatin1String(", ")))
          << "\n\n"
          << published->texts.value(shown);
    if (!published->texts.value(shown).endsWith(QLatin1Char('\n')))
        m_out << '\n';
    return Success;
}

int Cli::exportNetiquette(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder to write to; created when missing."), tr("DIR"));
    parser.addOption(out);
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("netiquette export"), arguments, 0, 0))
        return *exit;
    if (parser.value(out).isEmpty())
        return usage(tr("Say where to write the netiquette: “netiquette export --out DIR”."));
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    NetiquetteExporter exporter(m_workspace);
    const std::optional<QStringList> written = exporter.exportTo(parser.value(out));
    if (!written) {
        m_err << exporter.errorString() << '\n';
        return Failed;
    }
    for (const QString &path : *written)
        m_out << QDir::toNativeSeparators(path) << '\n';
    return Success;
}


int Cli::sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), tr("Sync only the account called NAME."), tr("NAME"));
    parser.addOption(account);
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("sync"), arguments, 0, 0))
        return *exit;
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    AccountStore store(m_workspace);
    QList<SyncAccount> chosen;
    if (parser.isSet(account)) {
        const std::optional<SyncAccount> named = store.accountNamed(parser.value(account));
        if (!named) {
            m_err << tr("There is no account called “%1”.").arg(parser.value(account)) << '\n';
            return Failed;
        }
        chosen << *named;
    } else {
        for (const SyncAccount &each : store.accounts()) {
            if (!each.paused && !each.demo)
                chosen << each;
        }
    }
    QNetworkAccessManager network;
    bool allWell = true;
    for (const SyncAccount &each : std::as_const(chosen)) {
        const CredentialResult secret = readSecret(each);
        if (!secret.ok) {
            m_err << tr("%1: failed: %2").arg(each.name, secret.error) << '\n';
            allWell = false;
            continue;
        }
        QString why;
        std::unique_ptr<ChannelConnector> connector = ConnectorFactory::create(each, &network, &why, secret.secret);
        if (!connector) {
            m_err << tr("%1: not synced: %2").arg(each.name, why) << '\n';
            allWell = allWell && each.demo;
            continue;
        }
        AccountSync run(m_workspace, each.id, std::move(connector));
        int inserted = 0;
        QObject::connect(&run, &AccountSync::stored, [&inserted](qint64, int count) { inserted += count; });
        QEventLoop loop;
        bool ok = false;
        QString error;
        QObject::connect(&run, &AccountSync::finished, &loop, [&](qint64, bool done, const QString &message) {
            ok = done;
            error = message;
            loop.quit();
        });
        run.runOnce();
        loop.exec();
        if (ok) {
            m_out << tr("%1: %n new message(s)", nullptr, inserted).arg(each.name) << '\n';
        } else {
            m_err << tr("%1: failed: %2").arg(each.name, error) << '\n';
            allWell = false;
        }
    }
    return allWell ? Success : Failed;
}

// Waits for one keychain request; hearth-cli has nothing else to do meanwhile.
CredentialResult Cli::keychain(const std::function<void(CredentialStore &, const CredentialStore::Done &)> &request)
{
    CredentialStore credentials(m_workspace);
    CredentialResult result;
    QEventLoop loop;
    request(credentials, [&](const CredentialResult &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}

// The account's password or token from the keychain, as the app's sync engine reads it; an
// account that cannot get its secret keeps the reason as its last error, as in the app.
CredentialResult Cli::readSecret(const SyncAccount &account)
{
    // A demo account never goes online: it has no secret to look for.
    if (account.demo || !AccountStore::needsSecret(account.kind))
        return {true, false, QString(), QString()};
    const CredentialResult result = keychain(
        [&account](CredentialStore &credentials, const CredentialStore::Done &done) { credentials.read(account.id, done); });
    if (!result.ok)
        AccountStore(m_workspace).recordFailure(account.id, QDateTime::currentMSecsSinceEpoch(),
            account.state.failures + 1, result.error, std::nullopt);
    return result;
}

int Cli::accounts(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = QStringList{arguments.first() + QLatin1Char(' ') + sub} + arguments.mid(2);
    if (sub == QLatin1String("list"))
        return listAccounts(rest);
    if (sub == QLatin1String("add"))
        return addAccount(rest);
    if (sub == QLatin1String("remove"))
        return removeAccount(rest);
    return usage(tr("Use “accounts list”, “accounts add KIND NAME ADDRESS” or “accounts remove NAME --yes”."));
}

int Cli::listAccounts(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("accounts list"), arguments, 0, 0))
        return *exit;
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    for (const SyncAccount &account : AccountStore(m_workspace).accounts()) {
        const QString state = account.demo ? tr("demo")
            : account.paused              ? tr("paused")
            : !account.state.lastError.isEmpty() ? tr("failing: %1").arg(account.state.lastError)
            : account.state.lastSuccessAt ? tr("synced %1").arg(isoTime(*account.state.lastSuccessAt))
                                          : tr("never synced");
        m_out << account.id << '\t' << account.kind << '\t' << account.name << '\t' << account.address << '\t' << state
              << '\n';
    }
    return Success;
}

int Cli::addAccount(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("KIND"), tr("email, feed, mastodon or telegram"));
    parser.addPositionalArgument(tr("NAME"), tr("What the team calls the account."));
    parser.addPositionalArgument(tr("ADDRESS"), tr("The feed's URL, the mailbox's address, the account's handle."));
    const QCommandLineOption setting(QStringLiteral("setting"),
        tr("A connection setting, such as imapHost=imap.example.org or pollMinutes=15; repeat for more."),
        tr("KEY=VALUE"));
    // Never a secret in argv: other users of the machine can read a process's arguments.
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"),
        tr("Read the password or token from the first line of standard input into the system's keychain."));
    parser.addOptions({setting, secretStdin});
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("accounts add"), arguments, 3, 3))
        return *exit;
    QJsonObject settings;
    for (const QString &pair : parser.values(setting)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usage(tr("A setting is KEY=VALUE, not “%1”.").arg(pair));
        const QString value = pair.mid(equals + 1);
        bool number = false;
        const int asNumber = value.toInt(&number);
        settings.insert(pair.left(equals), number ? QJsonValue(asNumber) : QJsonValue(value));
    }
    QString secret;
    if (parser.isSet(secretStdin)) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("Standard input cannot be read.") << '\n';
            return Failed;
        }
        secret = QString::fromUtf8(input.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        if (secret.isEmpty())
            return usage(tr("--secret-stdin read no secret from standard input."));
    }
    if (!openWorkspace(Access::CreateIfMissing))
        return WorkspaceError;
    const QStringList values = parser.positionalArguments();
    AccountStore store(m_workspace);
    const qint64 id = store.add(values.at(0), values.at(1), values.at(2), settings);
    if (id == 0) {
        m_err << store.errorString() << '\n';
        return Failed;
    }
    if (!secret.isEmpty()) {
        const CredentialResult written = keychain(
            [id, &secret](CredentialStore &credentials, const CredentialStore::Done &done) { credentials.write(id, secret, done); });
        if (!written.ok) {
            // An account that can never sign in is not left behind.
            store.remove(id);
            m_err << written.error << '\n';
            return Failed;
        }
    }
    m_out << id << '\n';
    return Success;
}

int Cli::removeAccount(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("NAME"), tr("The account to remove."));
    const QCommandLineOption yes(QStringLiteral("yes"),
        tr("Confirm: the account goes with all its conversations and messages, and its secret leaves the keychain."));
    parser.addOption(yes);
    if (const std::optional<int> exit = parseCommand(parser, QStringLiteral("accounts remove"), arguments, 1, 1))
        return *exit;
    // hearth-cli asks nothing (it runs in scripts): without --yes, nothing is removed.
    if (!parser.isSet(yes))
        return usage(tr("“accounts remove” removes the account with all its conversations and messages; add --yes to do it."));
    if (!openWorkspace(Access::ReadOnly))
        return WorkspaceError;
    AccountStore store(m_workspace);
    const std::optional<SyncAccount> account = store.accountNamed(parser.positionalArguments().constFirst());
    if (!account) {
        m_err << tr("There is no account called “%1”.").arg(parser.positionalArguments().constFirst()) << '\n';
        return Failed;
    }
    const AccountContents contents = store.contents(account->id);
    if (!store.remove(account->id)) {
        m_err << store.errorString() << '\n';
        return Failed;
    }
    m_out << tr("Removed %1 with %2 and %3.")
                 .arg(account->name, tr("%n conversation(s)", nullptr, int(contents.conversations)),
                     tr("%n message(s)", nullptr, int(contents.messages)))
          << '\n';
    if (!AccountStore::needsSecret(account->kind))
        return Success;
    // After the commit: a secret left without its account is harmless, the reverse is not.
    const CredentialResult removed = keychain([id = account->id](CredentialStore &credentials,
                                                  const CredentialStore::Done &done) { credentials.remove(id, done); });
    if (!removed.ok) {
        m_err << tr("Its password or token is still in the keychain: %1").arg(removed.error) << '\n';
        return Failed;
    }
    return Success;
}

} // namespace hearth
