// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace hearth {

class Workspace;

struct TemplateVariant
{
    QString language;
    QString body;
    bool outOfDate = false; // the source text changed after this translation was written
};

// One version of a template as stored.
struct TemplateVersion
{
    qint64 id = 0;
    qint64 templateId = 0;
    int number = 0;
    QString state; // see TemplateLibrary's state names
    QString title;
    QString category;
    QString shortcut;
    QStringList tags;
    bool crisis = false;
    QString sourceLanguage;
    QList<TemplateVariant> variants; // by language code
    qint64 authorId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 submittedBy = 0;
    std::optional<qint64> submittedAt;
    qint64 decidedBy = 0;
    std::optional<qint64> decidedAt;
    QString decisionComment;

    std::optional<TemplateVariant> variant(const QString &language) const;
    QStringList languages() const;
    // The language to answer someone who writes `wanted` in: that one, else one with the same
    // primary language ("de-AT" is answered in "de"), else the source language.
    QString bestLanguage(const QString &wanted) const;
};

// A template at a glance: its newest version and the one in use.
struct TemplateSummary
{
    qint64 id = 0;
    TemplateVersion latest;
    std::optional<qint64> approvedVersionId;
    bool retired = false;
};

// A version waiting for a manager, with what it would change.
struct ApprovalRequest
{
    TemplateVersion version;
    std::optional<qint64> approvedVersionId; // the version in use now, if any
    QString diff; // against the version in use (or against nothing)
};

// How often a template (or one of its languages, or one person) was used.
struct TemplateUsageCount
{
    qint64 templateId = 0;
    QString language; // empty: all languages
    qint64 userId = 0; // 0: everyone
    int uses = 0;
    std::optional<qint64> lastUsedAt;
};

// Reads the canned-response library: versions, what is approved and offered, the approval
// queue with its diffs, and usage. Writing (and the rules about who may) is TemplateLibrary's.
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(const Workspace &workspace);

    // "en", "de", "pt-BR": what Hearth accepts as a language code.
    static bool isLanguageCode(const QString &code);
    // Language codes sorted and without repeats, the source language first.
    static QStringList orderedLanguages(const QString &source, QStringList languages);

    std::optional<TemplateVersion> version(qint64 versionId) const;
    QList<TemplateVersion> versions(qint64 templateId) const; // oldest first
    std::optional<TemplateVersion> approvedVersion(qint64 templateId) const;
    QList<TemplateSummary> templates() const;
    std::optional<TemplateSummary> summary(qint64 templateId) const;
    // Versions awaiting approval, oldest submission first, each with its diff.
    QList<ApprovalRequest> queue() const;
    // A readable diff of two versions: the fields that changed, then each language's text.
    std::optional<QString> diff(qint64 olderVersionId, qint64 newerVersionId) const;
    static QString diff(const std::optional<TemplateVersion> &older, const TemplateVersion &newer);
    // Approved crisis templates, by title: reachable in one step.
    QList<TemplateVersion> crisisSet() const;
    // The approved version with this shortcut ("::refund", "/refund" or "refund").
    std::optional<TemplateVersion> byShortcut(const QString &shortcut) const;
    // Every approved version, by title: what the composer may offer.
    QList<TemplateVersion> offered() const;

    // Per template (language and user empty), most used first.
    QList<TemplateUsageCount> usage() const;
    // One template's uses per language and per person.
    QList<TemplateUsageCount> usageByLanguage(qint64 templateId) const;
    QList<TemplateUsageCount> usageByUser(qint64 templateId) const;
    // Templates in use (approved) that nobody used since this time: unused and stale ones.
    QList<qint64> unusedSince(const QDateTime &since) const;

private:
    QList<TemplateVersion> readVersions(const QString &where, const QVariantList &values) const;

    const Workspace &m_workspace;
};

} // namespace hearth
