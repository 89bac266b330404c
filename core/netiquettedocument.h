// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace hearth {

// One house rule: a level-2 heading "## Be kind {#rule-4}" and the Markdown below it, up to
// the next level-2 heading. (Only the first level-1 heading before the rules is special, the
// title; any other one is part of the text it stands in, so nothing is lost on export.)
struct NetiquetteRule
{
    int id = 0; // stable, shared by all languages; 0: the heading has no id yet
    int number = 0; // the position readers see, from 1
    QString title;
    QString body;
    int line = 0; // of the heading, from 1
};

// Something a reader (or a moderator citing the rules) would trip over.
struct NetiquetteWarning
{
    enum class Kind {
        UntitledRule, // "## {#rule-4}"
        MissingId, // a rule heading without {#rule-N}; saving gives it one
        DuplicateId, // two rules with the same id
        BrokenReference, // {{rule.N}} or a (#rule-N) link to a rule that does not exist
        MalformedId, // "{#rule-x}", "{#rule-0}"
        TranslationMismatch, // a translation's rule ids differ from the source text's
    };
    Kind kind = Kind::UntitledRule;
    int line = 0; // from 1
    int column = 0; // from 1
    int ruleId = 0;
    QString message; // translated, for the editor's warning list
    // Publishing refuses a document with errors; a missing id and a translation that is
    // behind its source are only warnings.
    bool isError() const { return kind != Kind::MissingId && kind != Kind::TranslationMismatch; }
};

// A netiquette text in one language, parsed: no database, no side effects. Rules are the
// level-2 headings; their ids are written into the text as {#rule-N} so they survive edits
// and reorders, and the number a reader sees is the rule's position.
class NetiquetteDocument
{
    Q_DECLARE_TR_FUNCTIONS(NetiquetteDocument)

public:
    static NetiquetteDocument parse(const QString &markdown);

    QString markdown() const { return m_markdown; }
    QString title() const { return m_title; } // the first level-1 heading, if any
    QString introduction() const { return m_introduction; } // the Markdown before the first rule
    QList<NetiquetteRule> rules() const { return m_rules; }
    std::optional<NetiquetteRule> rule(int id) const;
    // The largest id in the text, 0 without any.
    int highestId() const;

    // Problems in text order. References count as broken unless the id is a rule of this
    // text or in knownRuleIds (rules of other languages or versions).
    QList<NetiquetteWarning> warnings(const QSet<int> &knownRuleIds = {}) const;

    // This text as a translation of source: rules whose ids the source does not have, and
    // the source's rules missing here (Kind::TranslationMismatch).
    QList<NetiquetteWarning> differencesFrom(const NetiquetteDocument &source) const;

    // The text with an id on every rule heading that had none, the first new one nextId.
    QString withIds(int nextId) const;

    // For the brand's website, rules numbered and anchored by id:
    //   <a id="rule-4"></a>
    //   ## 2. Be kind
    QString publishedMarkdown() const;
    // An HTML fragment (CommonMark by cmark, raw HTML in the text dropped): the title, the
    // introduction, then a <section id="rule-N"> per rule with "<h2>2. Be kind</h2>".
    QString html() const;
    // A complete HTML page around html(): lang attribute, UTF-8, a little CSS, no scripts
    // and nothing loaded from elsewhere.
    QString standaloneHtml(const QString &language) const;

private:
    QString resolvedReferences(const QString &markdown) const;

    QString m_markdown;
    QString m_title;
    QString m_introduction;
    QList<NetiquetteRule> m_rules;
};

} // namespace hearth
