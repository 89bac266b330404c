// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placeholders.h"
#include "templatestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;
class QSqlQuery;

namespace hearth {

class Workspace;

// What an author writes: everything an edit can change. variants maps a language code
// ("en", "de", "pt-BR") to the text in that language; sourceLanguage names the one the
// others are translated from.
struct TemplateDraft
{
    QString title;
    QString category;
    QString shortcut; // without "::" or "/"; empty: none
    QStringList tags;
    bool crisis = false;
    QString sourceLanguage;
    QMap<QString, QString> variants;
};

// A placeholder problem in one language's text of a draft.
struct TemplateProblem
{
    QString language;
    PlaceholderProblem problem;
};

// The canned-response library and its approval workflow, done by one person (actorUserId).
// Agents write and submit; only managers (and admins) approve, request changes or retire;
// nobody approves their own submission, unless a one-person workspace allows it, and then
// the audit log says so. Every action is one transaction with its audit_log row
// (object_type 'template'); a refusal returns false (or nullopt), errorString() says why
// and nothing is written. Only approved versions are rendered, offered and recorded as used.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    static const QString draft;
    static const QString awaiting;
    static const QString approved;
    static const QString changesRequested;
    static const QString superseded;
    static const QString retired;
    // workspace_settings key: "1" lets the only person of a workspace approve their own work.
    static const QString selfApprovalSetting;

    TemplateLibrary(const Workspace &workspace, qint64 actorUserId);

    void setCurrentTime(const QDateTime &now) { m_now = now; }
    QDateTime currentTime() const;

    // The placeholders templates may use: the standard ones and {{rule.N}}. Saving also
    // checks that each cited rule is one the netiquette knows (NetiquetteLibrary::knownRuleIds).
    static Placeholders placeholders();
    // A shortcut is letters, digits, "-" and "_" (typed as ::name or /name); returns the
    // bare name, or an empty string with *error set.
    static QString normalizedShortcut(const QString &typed, QString *error);

    // A new template: its first version, a draft. Returns the template's id.
    std::optional<qint64> create(const TemplateDraft &content);
    // Saves changes. A draft (or one sent back with changes requested) is changed in place;
    // an approved template gets a new draft version and its approved one stays in use.
    // Returns the id of the version written.
    std::optional<qint64> edit(qint64 templateId, const TemplateDraft &content);
    bool submit(qint64 versionId);
    bool approve(qint64 versionId, const QString &comment = QString());
    bool requestChanges(qint64 versionId, const QString &comment);
    // Bulk decisions from the queue: all or nothing, one transaction.
    bool approveAll(const QList<qint64> &versionIds, const QString &comment = QString());
    bool requestChangesAll(const QList<qint64> &versionIds, const QString &comment);
    // Takes a template out of use; its versions stay readable.
    bool retire(qint64 templateId, const QString &comment = QString());
    // Only a manager of a workspace with one person in it may turn self-approval on.
    bool setSelfApprovalAllowed(bool allowed);
    bool selfApprovalAllowed() const;

    // What the library holds: versions, the queue, diffs, usage.
    const TemplateStore &store() const { return m_store; }

    // The text of an approved version in one language with the placeholders filled in.
    std::optional<QString> render(qint64 versionId, const QString &language, const QHash<QString, QString> &values);
    // Records that a reply used an approved version, and how far the sent text differs from
    // the rendered template. Returns the usage row's id.
    std::optional<qint64> recordUse(qint64 versionId, const QString &language, std::optional<qint64> conversationId,
        std::optional<qint64> outboxId, const QString &sentText, const QHash<QString, QString> &values);

    QString errorString() const { return m_error; }
    // The placeholder problems that refused the last save.
    QList<TemplateProblem> problems() const { return m_problems; }

private:
    struct Actor
    {
        qint64 id = 0;
        QString name;
        QString role;
        bool isManager() const;
    };

    bool fail(const QString &error);
    bool failSql(const QSqlQuery &query);
    bool audit(const QString &action, qint64 templateId, const QJsonObject &details);
    std::optional<Actor> actor();
    bool requireManager(const QString &refusal);
    bool validate(const TemplateDraft &content, qint64 templateId);
    QList<PlaceholderProblem> problemsIn(
        const QString &text, const Placeholders &known, const QSet<int> &ruleIds) const;
    // values, with {{rule.N}} filled from the published netiquette where values leave it out.
    QHash<QString, QString> withRuleCitations(const QString &language, const QHash<QString, QString> &values) const;
    std::optional<qint64> writeVersion(qint64 templateId, std::optional<qint64> versionId, int number,
        const TemplateDraft &content, const std::optional<TemplateVersion> &previous);
    // Everyone who wrote text of the version: its author and whoever edited it in place.
    std::optional<QSet<qint64>> writersOf(const TemplateVersion &version);
    bool decide(qint64 versionId, bool approve, const QString &comment);
    std::optional<TemplateVersion> approvedOnly(qint64 versionId, const QString &language);
    qint64 nowMs() const { return currentTime().toMSecsSinceEpoch(); }

    const Workspace &m_workspace;
    TemplateStore m_store;
    qint64 m_actor;
    QDateTime m_now;
    QString m_error;
    QList<TemplateProblem> m_problems;
};

} // namespace hearth
