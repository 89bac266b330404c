// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netiquettedocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariant>

#include <optional>

class QJsonObject;
class QSqlQuery;

namespace hearth {

class Workspace;

// One version of the netiquette: its Markdown per language.
struct NetiquetteVersion
{
    qint64 id = 0;
    int number = 0;
    QString state; // draft, published, superseded
    QString sourceLanguage;
    QMap<QString, QString> texts; // language code -> Markdown
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 publishedBy = 0;
    std::optional<qint64> publishedAt;
};

// A rule as moderation cites it: from the published version, in one language.
struct CitableRule
{
    int ruleId = 0;
    int number = 0;
    QString title;
    QString language;
    qint64 versionId = 0;
};

// The workspace's netiquette, by one person (actorUserId). One draft is edited freely; a
// manager (or admin) publishes it, and the published version is what moderation cites and
// {{rule.N}} renders. Every published version is kept with who published it and when. Each
// write is one transaction with its audit_log row (object_type 'netiquette'); a refusal
// returns false (or nullopt), errorString() says why and nothing is written.
class NetiquetteLibrary
{
    Q_DECLARE_TR_FUNCTIONS(NetiquetteLibrary)

public:
    static const QString draft;
    static const QString published;
    static const QString superseded;
    // workspace_settings key: where the published netiquette lives on the web; "{lang}" is
    // replaced by the language code. {{rule.N}} links to it with "#rule-N".
    static const QString urlSetting;

    NetiquetteLibrary(const Workspace &workspace, qint64 actorUserId);

    void setCurrentTime(const QDateTime &now) { m_now = now; }
    QDateTime currentTime() const;

    std::optional<NetiquetteVersion> draftVersion() const;
    std::optional<NetiquetteVersion> publishedVersion() const;
    std::optional<NetiquetteVersion> version(qint64 versionId) const;
    // Published and superseded versions, newest first.
    QList<NetiquetteVersion> history() const;

    // Writes the draft (creating it when there is none). Rule headings without an id get new
    // ones, never an id any version used before; the saved texts (with those ids) can be
    // read back with draftVersion(). Returns the draft's id.
    std::optional<qint64> saveDraft(const QString &sourceLanguage, const QMap<QString, QString> &texts);
    // Managers and admins only; refused while any language has errors (see
    // NetiquetteWarning::isError) or the source language has no rules.
    bool publish();
    bool discardDraft();

    // Every rule id any version holds: references to these are not broken.
    QSet<int> knownRuleIds() const;
    // The warnings of each language's text (languages without any are left out): the
    // document's own (references to any known rule or a rule of another language are fine)
    // and, for translations, where their rule ids differ from the source language's.
    QMap<QString, QList<NetiquetteWarning>> warnings(
        const QString &sourceLanguage, const QMap<QString, QString> &texts) const;
    // The published rules in a language (the source language where it has no text).
    QList<CitableRule> publishedRules(const QString &language) const;
    std::optional<CitableRule> publishedRule(int ruleId, const QString &language) const;
    // Where a rule is read on the web, empty without urlSetting.
    QString ruleLink(int ruleId, const QString &language) const;
    // What {{rule.N}} becomes in a language: "rule.4" -> "Rule 2 “Be kind” (https://…#rule-4)",
    // one entry per published rule.
    QHash<QString, QString> placeholderValues(const QString &language) const;

    QString errorString() const { return m_error; }

private:
    struct PublishedHead
    {
        qint64 id = 0;
        QString sourceLanguage;
    };

    // ids: the rule ids references may point to besides the texts' own.
    static QMap<QString, QList<NetiquetteWarning>> warnings(
        const QString &sourceLanguage, const QMap<QString, QString> &texts, QSet<int> ids);
    bool fail(const QString &error);
    bool failSql(const QSqlQuery &query);
    bool audit(const QString &action, qint64 versionId, const QJsonObject &details);
    std::optional<QString> actorRole();
    QList<NetiquetteVersion> readVersions(const QString &where, const QVariantList &values) const;
    std::optional<NetiquetteVersion> oneVersion(const QString &where, const QVariant &value) const;
    int nextRuleId(const QMap<QString, QString> &texts) const;
    bool writeTexts(qint64 versionId, const QMap<QString, QString> &texts);
    std::optional<PublishedHead> publishedHead() const;
    // A version's rules in one language by number; ruleId 0: all of them.
    QList<CitableRule> rulesOf(qint64 versionId, const QString &language, int ruleId = 0) const;
    QString linkFor(const CitableRule &rule) const;

    const Workspace &m_workspace;
    qint64 m_actor;
    QDateTime m_now;
    QString m_error;
};

} // namespace hearth
