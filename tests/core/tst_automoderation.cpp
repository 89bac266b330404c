// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automoderation.h"
#include "automodmatcher.h"
#include "conversationworkflow.h"
#include "messagestore.h"
#include "netiquettelibrary.h"
#include "testmessages.h"
#include "userdirectory.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::baseTime;
using hearth::test::message;

namespace {

int number(const Workspace &workspace, const QString &statement)
{
    QSqlQuery query(workspace.database());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

// Everything auto-moderation may change, for checking that something changed nothing.
QString snapshot(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    QStringList parts;
    for (const char *statement :
        {"SELECT group_concat(id || status || priority || coalesce(assignee_id, '-') || coalesce(department_id, '-'), "
         "'|') FROM conversations",
            "SELECT count(*) FROM audit_log", "SELECT count(*) FROM tags", "SELECT count(*) FROM conversation_tags",
            "SELECT count(*) FROM automod_decisions", "SELECT count(*) FROM moderation_actions",
            "SELECT count(*) FROM messages WHERE moderation IS NOT NULL"}) {
        if (query.exec(QString::fromLatin1(statement)) && query.next())
            parts << query.value(0).toString();
    }
    return parts.join(QLatin1Char('#'));
}

AutoModerationRule makeRule(const QString &kind, const QString &pattern, int threshold = 0,
    const QString &action = AutoModeration::flag, const QString &arg = QString())
{
    AutoModerationRule rule;
    rule.name = QStringLiteral("Rule %1").arg(kind);
    rule.kind = kind;
    rule.pattern = pattern;
    rule.threshold = threshold;
    rule.action = action;
    rule.actionArg = arg;
    return rule;
}

bool matches(const AutoModerationRule &rule, const QString &text)
{
    return AutoModerationMatcher(rule).match(text).has_value();
}

QDateTime at(qint64 minutes)
{
    return QDateTime::fromMSecsSinceEpoch(baseTime + minutes * 60 * 1000, Qt::UTC);
}

} // namespace

class TestAutoModeration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keywordsMatchWholeWordsIgnoringCaseAndDiacritics();
    void keywordsAreLiteralText();
    void linksMatchHostsNotAllowed();
    void capsNeedsEnoughLettersAndShare();
    void hostileInputStaysCorrect();
    void repeatCountsTheSameAuthorsSamePostWithinADay();
    void validationRefusesWithClearErrors();
    void rulesAreSavedChangedAndAudited();
    void dryRunWritesNothingAndListsTheMatches();
    void dryRunLooksAtTheLastNIncomingMessages();
    void firstProcessNeverRewritesHistory();
    void liveRuleAppliesOnce();
    void dryRunAndOffRulesNeverChangeAnything();
    void flagTagsAndRaisesPriority();
    void hideFlagsWhereTheChannelCannotHide();
    void assignSetsThePersonAndRevertRestores();
    void revertRestoresExactlyThePreviousState();
    void revertLeavesWhatPeopleChangedSince();
    void ruleWithDecisionsCannotBeDeleted();
    void bigBacklogsAreWorkedThroughInSteps();
    void lateMessagesWithOldTimesAreDecided();
    void messagesFromBeforeAnyLiveRuleAreNotQueued();
    void hideCitingADroppedRuleFlagsInstead();
    void changingALiveRulesMatchingPutsItBackInDryRun();
    void goesLiveOnlyAfterADryRun();

private:
    qint64 ingest(const QString &remoteId, qint64 minutes, const QString &text,
        const QString &author = QStringLiteral("Zoë Martin"));
    qint64 conversationOf(qint64 messageId) const;
    qint64 createLive(const AutoModerationRule &rule);
    AutoModeration automod(qint64 user = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_account = 0;
    qint64 m_manager = 0;
    qint64 m_department = 0;
};

void TestAutoModeration::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(
        m_dir.filePath(QStringLiteral("%1.hearth").arg(QString::fromLatin1(QTest::currentTestFunction())))));
    m_account = MessageStore(*m_workspace).ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    QSqlQuery query(m_workspace->database());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('Jonas Becker', 'manager', 0)")));
    m_manager = query.lastInsertId().toLongLong();
    m_department = UserDirectory(*m_workspace).ensureDepartment(QStringLiteral("Logistics")).value_or(Department()).id;
    QVERIFY(m_department > 0);
    ingest(QStringLiteral("old-1"), 0, QStringLiteral("Where is my order?"));
    ingest(QStringLiteral("old-2"), 1, QStringLiteral("Free crypto giveaway at https://scam.example/x"),
        QStringLiteral("Spam Bot"));
}

void TestAutoModeration::cleanup()
{
    m_workspace.reset();
}

qint64 TestAutoModeration::ingest(const QString &remoteId, qint64 minutes, const QString &text, const QString &author)
{
    MessageStore store(*m_workspace);
    const IngestResult result = store.ingest(m_account, {message(remoteId, minutes, text, remoteId, author)});
    if (!result.ok)
        return 0;
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT id FROM messages WHERE remote_id = ?"));
    query.addBindValue(remoteId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 TestAutoModeration::conversationOf(qint64 messageId) const
{
    return number(*m_workspace, QStringLiteral("SELECT conversation_id FROM messages WHERE id = %1").arg(messageId));
}

qint64 TestAutoModeration::createLive(const AutoModerationRule &rule)
{
    // As a manager does it: saved in dry run, tried, switched on.
    AutoModeration moderation = automod(m_manager);
    const std::optional<qint64> id = moderation.create(rule);
    if (!id || !moderation.dryRun(*moderation.rule(*id)) || !moderation.setMode(*id, AutoModeration::liveMode)) {
        qWarning() << moderation.errorString();
        return 0;
    }
    return *id;
}

AutoModeration TestAutoModeration::automod(qint64 user)
{
    AutoModeration moderation(*m_workspace, user);
    moderation.setCurrentTime(at(60));
    return moderation;
}

void TestAutoModeration::keywordsMatchWholeWordsIgnoringCaseAndDiacritics()
{
    const AutoModerationRule rule = makeRule(AutoModeration::keyword, QStringLiteral("scam\n  free money \nkaffee"));
    QVERIFY(matches(rule, QStringLiteral("This is a SCAM!")));
    QVERIFY(matches(rule, QStringLiteral("get FREE\n   Money now")));
    QVERIFY(matches(rule, QStringLiteral("Kaffée bitte")));
    QVERIFY(matches(rule, QStringLiteral("𝐬𝐜𝐚𝐦 alert"))); // mathematical bold letters
    QVERIFY(!matches(rule, QStringLiteral("I love scampi")));
    QVERIFY(!matches(rule, QStringLiteral("freemoney is one word")));
    QVERIFY(!matches(rule, QStringLiteral("Where is my order?")));
    const AutoModerationRule umlaut = makeRule(AutoModeration::keyword, QStringLiteral("Größe"));
    QVERIFY(matches(umlaut, QStringLiteral("welche GROESSE? nein: welche grosse")));
    QCOMPARE(
        AutoModerationMatcher(rule).match(QStringLiteral("total Scam")).value_or(QString()), QStringLiteral("scam"));
}

void TestAutoModeration::keywordsAreLiteralText()
{
    const AutoModerationRule rule = makeRule(AutoModeration::keyword, QStringLiteral(".*\n$$$\n(a+)+b\n[x]"));
    QVERIFY(!matches(rule, QStringLiteral("an ordinary message")));
    QVERIFY(matches(rule, QStringLiteral("earn $$$ fast")));
    QVERIFY(matches(rule, QStringLiteral("see .* here")));
    QVERIFY(matches(rule, QStringLiteral("pattern (a+)+b literally")));
    QVERIFY(matches(rule, QStringLiteral("box [x] ticked")));
    QVERIFY(!matches(rule, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab")));
}

void TestAutoModeration::linksMatchHostsNotAllowed()
{
    const AutoModerationRule rule =
        makeRule(AutoModeration::link, QStringLiteral("sunnysqueeze.example\nhttps://www.Partner.example/shop"));
    QVERIFY(!matches(rule, QStringLiteral("See https://sunnysqueeze.example/faq")));
    QVERIFY(!matches(rule, QStringLiteral("See https://shop.sunnysqueeze.example/faq and www.partner.example")));
    QVERIFY(matches(rule, QStringLiteral("Free coins: https://coin-drop.example/claim")));
    QVERIFY(matches(rule, QStringLiteral("visit WWW.EVIL.EXAMPLE today")));
    QVERIFY(matches(rule, QStringLiteral("https://sunnysqueeze.example.evil.example/")));
    QVERIFY(!matches(rule, QStringLiteral("no link, just sunnysqueeze.example mentioned")));
    QCOMPARE(AutoModerationMatcher(rule).match(QStringLiteral("x https://Coin.Example/a")).value_or(QString()),
        QStringLiteral("coin.example"));
    const AutoModerationRule none = makeRule(AutoModeration::link, QString());
    QVERIFY(matches(none, QStringLiteral("https://anything.example")));
}

void TestAutoModeration::capsNeedsEnoughLettersAndShare()
{
    const AutoModerationRule rule = makeRule(AutoModeration::caps, QString(), 70);
    QVERIFY(matches(rule, QStringLiteral("WHERE IS MY ORDER, I HAVE WAITED FOR WEEKS")));
    QVERIFY(!matches(rule, QStringLiteral("Where is my order, I have waited for weeks")));
    QVERIFY(!matches(rule, QStringLiteral("OK THANKS!"))); // too short to judge
    QVERIFY(matches(rule, QStringLiteral("MOSTLY SHOUTING here BUT NOT ALL")));
    QVERIFY(
        !matches(makeRule(AutoModeration::caps, QString(), 95), QStringLiteral("MOSTLY SHOUTING here BUT NOT ALL")));
    QCOMPARE(AutoModerationMatcher::capitalShare(QStringLiteral("ABCDEFGHIJKL")), std::optional<int>(100));
    QVERIFY(!AutoModerationMatcher::capitalShare(QStringLiteral("١٢٣ مرحبا بكم في متجرنا اليوم")).has_value());
}

void TestAutoModeration::hostileInputStaysCorrect()
{
    QString huge;
    for (int i = 0; i < 20000; ++i)
        huge += QStringLiteral("lorem ipsum 🍋 שלום עולם ");
    const AutoModerationRule keyword = makeRule(AutoModeration::keyword, QStringLiteral("scam\nשלום עולם"));
    QVERIFY(matches(keyword, huge)); // the Hebrew phrase, right to left
    QVERIFY(!matches(makeRule(AutoModeration::keyword, QStringLiteral("scam")), huge));
    QVERIFY(matches(makeRule(AutoModeration::keyword, QStringLiteral("scam")), huge + QStringLiteral(" SCAM")));
    QVERIFY(matches(makeRule(AutoModeration::keyword, QStringLiteral("🍋")), QStringLiteral("fresh🍋today")));
    QVERIFY(!matches(makeRule(AutoModeration::link, QStringLiteral("ok.example")), huge));
    QVERIFY(!matches(makeRule(AutoModeration::caps, QString(), 70), huge));
    QVERIFY(matches(makeRule(AutoModeration::link, QStringLiteral("ok.example")),
        QStringLiteral("\u202Ehttps://evil.example/\u202C مرحبا")));
    QVERIFY(!matches(makeRule(AutoModeration::keyword, QStringLiteral("scam")), QString()));
}

void TestAutoModeration::repeatCountsTheSameAuthorsSamePostWithinADay()
{
    AutoModerationRule rule = makeRule(AutoModeration::repeat, QString(), 3);
    ingest(QStringLiteral("r1"), 10, QStringLiteral("Buy followers now!"), QStringLiteral("Repeater"));
    ingest(QStringLiteral("r2"), 20, QStringLiteral("buy   FOLLOWERS now!"), QStringLiteral("Repeater"));
    ingest(QStringLiteral("o1"), 25, QStringLiteral("Buy followers now!"), QStringLiteral("Someone Else"));
    const qint64 third =
        ingest(QStringLiteral("r3"), 30, QStringLiteral("Buy followers now!"), QStringLiteral("Repeater"));
    ingest(QStringLiteral("r4"), 30 + 25 * 60, QStringLiteral("Buy followers now!"), QStringLiteral("Repeater"));
    const std::optional<QList<AutoModerationDecision>> found = automod().dryRun(rule);
    QVERIFY(found);
    QCOMPARE(found->size(), 1); // r3 (the third), not r4: the others are more than a day before it
    QCOMPARE(found->constFirst().messageId, third);
    QCOMPARE(found->constFirst().match, QStringLiteral("3 post(s) within a day"));
    rule.threshold = 2;
    QCOMPARE(automod().dryRun(rule)->size(), 2); // r2 and r3
}

void TestAutoModeration::validationRefusesWithClearErrors()
{
    AutoModeration moderation = automod(m_manager);
    const QString before = snapshot(*m_workspace);
    const auto refused = [&moderation](const AutoModerationRule &rule, const char *words) {
        if (moderation.create(rule))
            return false;
        return moderation.errorString().contains(QLatin1String(words));
    };
    QVERIFY(refused(makeRule(AutoModeration::keyword, QStringLiteral("  \n \n")), "at least one keyword"));
    AutoModerationRule noName = makeRule(AutoModeration::keyword, QStringLiteral("scam"));
    noName.name = QStringLiteral("  ");
    QVERIFY(refused(noName, "name"));
    QVERIFY(refused(makeRule(QStringLiteral("regex"), QStringLiteral("x")), "looks for"));
    QVERIFY(refused(makeRule(AutoModeration::caps, QString(), 30), "between 50% and 100%"));
    QVERIFY(refused(makeRule(AutoModeration::caps, QString(), 101), "between 50% and 100%"));
    QVERIFY(refused(makeRule(AutoModeration::repeat, QString(), 1), "between 2 and 20"));
    QVERIFY(refused(makeRule(AutoModeration::link, QStringLiteral("not a host")), "not a host name"));
    QVERIFY(refused(makeRule(AutoModeration::keyword, QStringLiteral("x"), 0, AutoModeration::tag, QStringLiteral(" ")),
        "Name the tag"));
    QVERIFY(refused(
        makeRule(AutoModeration::keyword, QStringLiteral("x"), 0, AutoModeration::tag, QString(61, QLatin1Char('t'))),
        "at most"));
    QVERIFY(refused(
        makeRule(AutoModeration::keyword, QStringLiteral("x"), 0, AutoModeration::assign, QStringLiteral("user:999")),
        "no such person"));
    QVERIFY(refused(makeRule(AutoModeration::keyword, QStringLiteral("x"), 0, AutoModeration::assign,
                        QStringLiteral("department:999")),
        "no such department"));
    QVERIFY(refused(
        makeRule(AutoModeration::keyword, QStringLiteral("x"), 0, AutoModeration::assign, QStringLiteral("Jonas")),
        "Choose the person"));
    QVERIFY(
        refused(makeRule(AutoModeration::keyword, QStringLiteral("x"), 0, AutoModeration::hide, QStringLiteral("1")),
            "Publish the netiquette"));
    QVERIFY(refused(
        makeRule(AutoModeration::keyword, QStringLiteral("x"), 0, QStringLiteral("ban")), "flag, tag, hide or assign"));
    AutoModerationRule badMode = makeRule(AutoModeration::keyword, QStringLiteral("x"));
    badMode.mode = QStringLiteral("always");
    QVERIFY(refused(badMode, "not a mode"));
    QCOMPARE(snapshot(*m_workspace), before);
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_rules")), 0);
    QVERIFY(!moderation.setMode(12345, AutoModeration::liveMode));
    QVERIFY(!moderation.dryRun(makeRule(AutoModeration::keyword, QString())));
}

void TestAutoModeration::rulesAreSavedChangedAndAudited()
{
    AutoModeration moderation = automod(m_manager);
    const std::optional<qint64> id = moderation.create(makeRule(AutoModeration::keyword, QStringLiteral("scam"), 0,
        AutoModeration::assign, QStringLiteral("department:%1").arg(m_department)));
    QVERIFY2(id, qPrintable(moderation.errorString()));
    std::optional<AutoModerationRule> saved = moderation.rule(*id);
    QVERIFY(saved);
    QCOMPARE(saved->mode, AutoModeration::dryRunMode); // a new rule starts in dry run
    QCOMPARE(saved->createdBy, m_manager);
    saved->name = QStringLiteral("Scam words");
    saved->pattern = QStringLiteral("scam\nfraud");
    QVERIFY2(moderation.update(*saved), qPrintable(moderation.errorString()));
    QCOMPARE(moderation.rule(*id)->pattern, QStringLiteral("scam\nfraud"));
    QVERIFY(moderation.setMode(*id, AutoModeration::offMode));
    QCOMPARE(moderation.rules().size(), 1);
    QCOMPARE(moderation.rules().constFirst().mode, AutoModeration::offMode);
    QCOMPARE(number(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'automod_rule' "
                                "AND object_id = %1 AND user_id = %2")
                     .arg(*id)
                     .arg(m_manager)),
        3);
    QVERIFY(moderation.remove(*id));
    QVERIFY(!moderation.rule(*id));
    QCOMPARE(
        number(*m_workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automod_rule_deleted'")),
        1);
}

void TestAutoModeration::dryRunWritesNothingAndListsTheMatches()
{
    const qint64 newer =
        ingest(QStringLiteral("n1"), 5, QStringLiteral("Another SCAM here"), QStringLiteral("Spam Bot"));
    ingest(QStringLiteral("n2"), 6, QStringLiteral("Thanks, all good"));
    const QString before = snapshot(*m_workspace);
    AutoModeration moderation = automod(m_manager);
    const AutoModerationRule rule = makeRule(
        AutoModeration::keyword, QStringLiteral("crypto\nscam"), 0, AutoModeration::tag, QStringLiteral("spam"));
    const std::optional<QList<AutoModerationDecision>> proposals = moderation.dryRun(rule); // not saved
    QVERIFY2(proposals, qPrintable(moderation.errorString()));
    QCOMPARE(proposals->size(), 2);
    QCOMPARE(proposals->at(0).messageId, newer); // newest first
    QCOMPARE(proposals->at(0).authorName, QStringLiteral("Spam Bot"));
    QCOMPARE(proposals->at(0).snippet, QStringLiteral("Another SCAM here"));
    QCOMPARE(proposals->at(0).action, AutoModeration::tag);
    QCOMPARE(proposals->at(0).id, qint64(0));
    QCOMPARE(proposals->at(1).match, QStringLiteral("crypto"));
    QCOMPARE(snapshot(*m_workspace), before);
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_pending")), 0);
}

void TestAutoModeration::dryRunLooksAtTheLastNIncomingMessages()
{
    for (int i = 0; i < 250; ++i)
        ingest(QStringLiteral("bulk-%1").arg(i), 10 + i, QStringLiteral("scam number %1").arg(i));
    MessageStore store(*m_workspace);
    IncomingMessage ours = message(QStringLiteral("out"), 500, QStringLiteral("No scam here, promise"));
    ours.outbound = true;
    ours.authorRemoteId.clear();
    QVERIFY(store.ingest(m_account, {ours}).ok);
    const AutoModerationRule rule = makeRule(AutoModeration::keyword, QStringLiteral("number"));
    const std::optional<QList<AutoModerationDecision>> last = automod().dryRun(rule, 120);
    QVERIFY(last);
    QCOMPARE(last->size(), 120); // our own reply is not looked at, and pages join up
    QCOMPARE(last->constFirst().snippet, QStringLiteral("scam number 249"));
    QCOMPARE(last->constLast().snippet, QStringLiteral("scam number 130"));
    QCOMPARE(automod().dryRun(rule, 1000000)->size(), 250);
}

void TestAutoModeration::firstProcessNeverRewritesHistory()
{
    const qint64 rule = createLive(makeRule(AutoModeration::keyword, QStringLiteral("crypto")));
    QVERIFY(rule > 0);
    QVERIFY(automod().processNew().isEmpty()); // "old-2" matches but came before the rule
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_decisions")), 0);
}

void TestAutoModeration::liveRuleAppliesOnce()
{
    const qint64 rule = createLive(makeRule(
        AutoModeration::keyword, QStringLiteral("crypto"), 0, AutoModeration::tag, QStringLiteral("spam-suspect")));
    QVERIFY(rule > 0);
    const qint64 spam =
        ingest(QStringLiteral("new-1"), 30, QStringLiteral("More CRYPTO for you"), QStringLiteral("Spam Bot"));
    ingest(QStringLiteral("new-2"), 31, QStringLiteral("A normal question"));
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.constFirst().messageId, spam);
    QCOMPARE(made.constFirst().ruleId, rule);
    QVERIFY(made.constFirst().id > 0);
    const qint64 conversation = conversationOf(spam);
    QVERIFY(ConversationWorkflow(*m_workspace, 0).state(conversation)->tags.contains(QStringLiteral("spam-suspect")));

    // The decision, its audit row by Hearth naming the rule, the queue emptied.
    QSqlQuery audit(m_workspace->database());
    QVERIFY(audit.exec(QStringLiteral("SELECT user_id, details FROM audit_log WHERE action = 'automod' "
                                      "AND object_type = 'conversation' AND object_id = %1")
                           .arg(conversation)));
    QVERIFY(audit.next());
    QVERIFY(audit.value(0).isNull());
    const QJsonObject details = QJsonDocument::fromJson(audit.value(1).toString().toUtf8()).object();
    QCOMPARE(details.value(QLatin1String("rule")).toString(), QStringLiteral("Rule keyword"));
    QCOMPARE(details.value(QLatin1String("decision_id")).toVariant().toLongLong(), made.constFirst().id);
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_pending")), 0);

    const QString after = snapshot(*m_workspace);
    QVERIFY(automod().processNew().isEmpty());
    QCOMPARE(snapshot(*m_workspace), after);
    // Even queued again, the same message is never decided twice.
    QSqlQuery requeue(m_workspace->database());
    QVERIFY(requeue.exec(QStringLiteral("INSERT INTO automod_pending (message_id) VALUES (%1)").arg(spam)));
    QVERIFY(automod().processNew().isEmpty());
    QCOMPARE(snapshot(*m_workspace), after);
    const QList<AutoModerationDecision> listed = automod().decisions();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.constFirst().match, QStringLiteral("crypto"));
    QCOMPARE(listed.constFirst().ruleName, QStringLiteral("Rule keyword"));
}

void TestAutoModeration::dryRunAndOffRulesNeverChangeAnything()
{
    AutoModeration moderation = automod(m_manager);
    const std::optional<qint64> dry = moderation.create(makeRule(AutoModeration::keyword, QStringLiteral("crypto")));
    QVERIFY(dry);
    const std::optional<qint64> off = moderation.create(makeRule(AutoModeration::link, QString()));
    QVERIFY(off && moderation.setMode(*off, AutoModeration::offMode));
    // A live rule elsewhere, so that new messages are queued and looked at.
    const qint64 live = createLive(makeRule(
        AutoModeration::keyword, QStringLiteral("giveaway"), 0, AutoModeration::tag, QStringLiteral("giveaway")));
    QVERIFY(live > 0);
    QVERIFY(automod().processNew().isEmpty());
    ingest(QStringLiteral("new-1"), 30, QStringLiteral("crypto at https://scam.example"), QStringLiteral("Spam Bot"));
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_pending")), 1);
    const QString before = snapshot(*m_workspace);
    QVERIFY(automod().processNew().isEmpty());
    QCOMPARE(snapshot(*m_workspace), before);
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_pending")), 0); // looked at

    // The live rule acts on what it matches; the dry-run and off rules still on nothing.
    const qint64 both = ingest(QStringLiteral("new-2"), 31,
        QStringLiteral("crypto giveaway at https://scam.example/win"), QStringLiteral("Spam Bot"));
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.constFirst().ruleId, live);
    QCOMPARE(made.constFirst().messageId, both);
    QCOMPARE(
        number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_decisions WHERE rule_id <> %1").arg(live)),
        0);
    QCOMPARE(moderation.rule(*dry)->mode, AutoModeration::dryRunMode);
    QCOMPARE(moderation.rule(*off)->mode, AutoModeration::offMode);
}

void TestAutoModeration::flagTagsAndRaisesPriority()
{
    QVERIFY(createLive(makeRule(AutoModeration::caps, QString(), 70)) > 0);
    automod().processNew();
    const qint64 shouting = ingest(QStringLiteral("new-1"), 30, QStringLiteral("WHERE IS MY REFUND, ANSWER ME NOW"));
    QCOMPARE(automod().processNew().size(), 1);
    const std::optional<ConversationState> state =
        ConversationWorkflow(*m_workspace, 0).state(conversationOf(shouting));
    QVERIFY(state->tags.contains(AutoModeration::flaggedTag));
    QCOMPARE(state->priority, AutoModeration::highPriority);
}

void TestAutoModeration::hideFlagsWhereTheChannelCannotHide()
{
    NetiquetteLibrary netiquette(*m_workspace, m_manager);
    QVERIFY(netiquette.saveDraft(QStringLiteral("en"),
        {{QStringLiteral("en"), QStringLiteral("# House rules\n\n## Be kind {#rule-3}\n\n## No spam {#rule-7}\n")}}));
    QVERIFY2(netiquette.publish(), qPrintable(netiquette.errorString()));
    QVERIFY(!automod(m_manager).create(
        makeRule(AutoModeration::keyword, QStringLiteral("crypto"), 0, AutoModeration::hide, QStringLiteral("8"))));
    QVERIFY(createLive(makeRule(
                AutoModeration::keyword, QStringLiteral("crypto"), 0, AutoModeration::hide, QStringLiteral("7")))
        > 0);
    automod().processNew();
    const qint64 spam = ingest(QStringLiteral("new-1"), 30, QStringLiteral("crypto!"), QStringLiteral("Spam Bot"));
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);
    // No channel can hide posts today: the decision says so and flags instead.
    QCOMPARE(made.constFirst().action, AutoModeration::flag);
    QVERIFY(made.constFirst().note.contains(QLatin1String("flagged instead")));
    QCOMPARE(automod().decisions().constFirst().note, made.constFirst().note);
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE moderation IS NOT NULL")), 0);
    QVERIFY(
        ConversationWorkflow(*m_workspace, 0).state(conversationOf(spam))->tags.contains(AutoModeration::flaggedTag));
}

void TestAutoModeration::assignSetsThePersonAndRevertRestores()
{
    QVERIFY(createLive(makeRule(AutoModeration::keyword, QStringLiteral("refund"), 0, AutoModeration::assign,
                QStringLiteral("department:%1").arg(m_department)))
        > 0);
    automod().processNew();
    const qint64 asking = ingest(QStringLiteral("new-1"), 30, QStringLiteral("I want a refund"));
    const qint64 conversation = conversationOf(asking);
    QVERIFY(ConversationWorkflow(*m_workspace, m_manager).assign(conversation, m_manager, std::nullopt));
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);
    std::optional<ConversationState> state = ConversationWorkflow(*m_workspace, 0).state(conversation);
    QCOMPARE(state->departmentId, std::optional<qint64>(m_department));
    QCOMPARE(state->assigneeId, std::optional<qint64>(m_manager)); // the person stays
    QVERIFY(automod(m_manager).revert(made.constFirst().id));
    state = ConversationWorkflow(*m_workspace, 0).state(conversation);
    QVERIFY(!state->departmentId);
    QCOMPARE(state->assigneeId, std::optional<qint64>(m_manager));
}

void TestAutoModeration::revertRestoresExactlyThePreviousState()
{
    QVERIFY(createLive(makeRule(AutoModeration::caps, QString(), 70)) > 0);
    automod().processNew();
    const qint64 shouting = ingest(QStringLiteral("new-1"), 30, QStringLiteral("WHERE IS MY REFUND, ANSWER ME NOW"));
    const qint64 conversation = conversationOf(shouting);
    QVERIFY(ConversationWorkflow(*m_workspace, 0).addTag(conversation, QStringLiteral("refund")));
    const std::optional<ConversationState> before = ConversationWorkflow(*m_workspace, 0).state(conversation);
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);

    AutoModeration manager = automod(m_manager);
    QVERIFY2(manager.revert(made.constFirst().id), qPrintable(manager.errorString()));
    const std::optional<ConversationState> after = ConversationWorkflow(*m_workspace, 0).state(conversation);
    QCOMPARE(after->tags, before->tags);
    QCOMPARE(after->priority, before->priority);
    QCOMPARE(after->assigneeId, before->assigneeId);
    const std::optional<AutoModerationDecision> reverted = manager.decision(made.constFirst().id);
    QVERIFY(reverted->isReverted());
    QCOMPARE(reverted->revertedBy, m_manager);
    QCOMPARE(number(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automod_reverted' "
                                "AND user_id = %1 AND object_id = %2")
                     .arg(m_manager)
                     .arg(conversation)),
        1);
    QVERIFY(!manager.revert(made.constFirst().id));
    QVERIFY(manager.errorString().contains(QLatin1String("already")));
    QVERIFY(!manager.revert(999999));
}

void TestAutoModeration::revertLeavesWhatPeopleChangedSince()
{
    QVERIFY(createLive(makeRule(AutoModeration::caps, QString(), 70)) > 0);
    automod().processNew();
    const qint64 shouting = ingest(QStringLiteral("new-1"), 30, QStringLiteral("WHERE IS MY REFUND, ANSWER ME NOW"));
    const qint64 conversation = conversationOf(shouting);
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);
    QVERIFY(ConversationWorkflow(*m_workspace, m_manager).escalate(conversation, QStringLiteral("Angry customer")));
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET priority = 3 WHERE id = %1").arg(conversation)));
    QVERIFY(automod(m_manager).revert(made.constFirst().id));
    const std::optional<ConversationState> after = ConversationWorkflow(*m_workspace, 0).state(conversation);
    QCOMPARE(after->priority, 3);
    QVERIFY(!after->tags.contains(AutoModeration::flaggedTag));
}

void TestAutoModeration::ruleWithDecisionsCannotBeDeleted()
{
    const qint64 rule = createLive(makeRule(AutoModeration::keyword, QStringLiteral("crypto")));
    automod().processNew();
    ingest(QStringLiteral("new-1"), 30, QStringLiteral("crypto"), QStringLiteral("Spam Bot"));
    QCOMPARE(automod().processNew().size(), 1);
    AutoModeration manager = automod(m_manager);
    QVERIFY(!manager.remove(rule));
    QVERIFY(manager.errorString().contains(QLatin1String("switch it off")));
    QVERIFY(manager.rule(rule));
}

void TestAutoModeration::bigBacklogsAreWorkedThroughInSteps()
{
    QVERIFY(createLive(makeRule(AutoModeration::keyword, QStringLiteral("crypto"))) > 0);
    MessageStore store(*m_workspace);
    QList<IncomingMessage> batch;
    for (int i = 0; i < 250; ++i)
        batch << message(
            QStringLiteral("b%1").arg(i), 100 + i, QStringLiteral("crypto %1").arg(i), QStringLiteral("b%1").arg(i));
    QVERIFY(store.ingest(m_account, batch).ok);
    AutoModeration hearth = automod();
    QCOMPARE(hearth.processNew(100).size(), 100);
    QVERIFY(!hearth.caughtUp());
    QCOMPARE(hearth.processNew(100).size(), 100);
    QCOMPARE(hearth.processNew(100).size(), 50);
    QVERIFY(hearth.caughtUp());
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(DISTINCT message_id) FROM automod_decisions")), 250);
}

// Message ids follow created_at, not arrival: a message with an old time that comes in after
// newer ones is still looked at.
void TestAutoModeration::lateMessagesWithOldTimesAreDecided()
{
    QVERIFY(createLive(makeRule(AutoModeration::keyword, QStringLiteral("crypto"))) > 0);
    ingest(QStringLiteral("new-1"), 30, QStringLiteral("A normal question"));
    QVERIFY(automod().processNew().isEmpty());
    const qint64 late =
        ingest(QStringLiteral("late-1"), 20, QStringLiteral("crypto, sent a while ago"), QStringLiteral("Spam Bot"));
    QVERIFY(late > 0);
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.constFirst().messageId, late);
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_pending")), 0);
}

void TestAutoModeration::messagesFromBeforeAnyLiveRuleAreNotQueued()
{
    AutoModeration manager = automod(m_manager);
    const std::optional<qint64> rule = manager.create(makeRule(AutoModeration::keyword, QStringLiteral("crypto")));
    QVERIFY(rule);
    ingest(QStringLiteral("new-1"), 30, QStringLiteral("crypto in dry run"), QStringLiteral("Spam Bot"));
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_pending")), 0);
    QVERIFY(manager.dryRun(*manager.rule(*rule)));
    QVERIFY2(manager.setMode(*rule, AutoModeration::liveMode), qPrintable(manager.errorString()));
    QVERIFY(automod().processNew().isEmpty());
    // Live, off, and on again: what came in while it was off stays undecided.
    const qint64 whileLive = ingest(QStringLiteral("new-2"), 31, QStringLiteral("crypto while live"));
    QVERIFY(manager.setMode(*rule, AutoModeration::offMode));
    ingest(QStringLiteral("new-3"), 32, QStringLiteral("crypto while off"));
    QVERIFY(manager.setMode(*rule, AutoModeration::liveMode));
    const qint64 later = ingest(QStringLiteral("new-4"), 33, QStringLiteral("crypto live again"));
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.constFirst().messageId, later);
    QVERIFY(whileLive > 0);
}

void TestAutoModeration::hideCitingADroppedRuleFlagsInstead()
{
    NetiquetteLibrary netiquette(*m_workspace, m_manager);
    QVERIFY(netiquette.saveDraft(QStringLiteral("en"),
        {{QStringLiteral("en"), QStringLiteral("# House rules\n\n## Be kind {#rule-3}\n\n## No spam {#rule-7}\n")}}));
    QVERIFY2(netiquette.publish(), qPrintable(netiquette.errorString()));
    QVERIFY(createLive(makeRule(
                AutoModeration::keyword, QStringLiteral("crypto"), 0, AutoModeration::hide, QStringLiteral("7")))
        > 0);
    QVERIFY(netiquette.saveDraft(
        QStringLiteral("en"), {{QStringLiteral("en"), QStringLiteral("# House rules\n\n## Be kind {#rule-3}\n")}}));
    QVERIFY2(netiquette.publish(), qPrintable(netiquette.errorString()));
    const qint64 spam = ingest(QStringLiteral("new-1"), 30, QStringLiteral("crypto!"), QStringLiteral("Spam Bot"));
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.constFirst().action, AutoModeration::flag);
    QVERIFY2(
        made.constFirst().note.contains(QLatin1String("no longer has the rule")), qPrintable(made.constFirst().note));
    QCOMPARE(automod().decisions().constFirst().note, made.constFirst().note);
    QVERIFY(
        ConversationWorkflow(*m_workspace, 0).state(conversationOf(spam))->tags.contains(AutoModeration::flaggedTag));
}

void TestAutoModeration::changingALiveRulesMatchingPutsItBackInDryRun()
{
    const qint64 id = createLive(makeRule(AutoModeration::keyword, QStringLiteral("crypto")));
    QVERIFY(id > 0);
    AutoModeration manager = automod(m_manager);
    AutoModerationRule rule = *manager.rule(id);
    rule.name = QStringLiteral("Crypto spam");
    QVERIFY(manager.update(rule));
    QCOMPARE(manager.rule(id)->mode, AutoModeration::liveMode); // a new name changes nothing it does
    rule.pattern = QStringLiteral("crypto\nbitcoin");
    QVERIFY(manager.update(rule));
    QCOMPARE(manager.rule(id)->mode, AutoModeration::dryRunMode);
    QVERIFY(!manager.setMode(id, AutoModeration::liveMode)); // not tried as it is now
    QVERIFY(manager.dryRun(*manager.rule(id)));
    QVERIFY2(manager.setMode(id, AutoModeration::liveMode), qPrintable(manager.errorString()));
    rule.action = AutoModeration::tag;
    rule.actionArg = QStringLiteral("spam");
    rule.mode = AutoModeration::liveMode; // even when asked to stay live
    QVERIFY(manager.update(rule));
    QCOMPARE(manager.rule(id)->mode, AutoModeration::dryRunMode);
    QCOMPARE(number(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automod_rule_changed' "
                                "AND details LIKE '%\"mode\":\"dry_run\"%' AND object_id = %1")
                     .arg(id)),
        2);
    // Back in dry run it decides nothing, while another live rule keeps messages queued.
    const qint64 other = createLive(makeRule(AutoModeration::caps, QString(), 70));
    QVERIFY(other > 0);
    ingest(QStringLiteral("new-1"), 30, QStringLiteral("bitcoin"), QStringLiteral("Spam Bot"));
    const qint64 shouting = ingest(QStringLiteral("new-2"), 31, QStringLiteral("BITCOIN FOR EVERYONE, FREE"));
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_pending")), 2);
    const QList<AutoModerationDecision> made = automod().processNew();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.constFirst().ruleId, other);
    QCOMPARE(made.constFirst().messageId, shouting);
    QCOMPARE(
        number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_decisions WHERE rule_id = %1").arg(id)), 0);
}

void TestAutoModeration::goesLiveOnlyAfterADryRun()
{
    AutoModeration manager = automod(m_manager);
    AutoModerationRule live = makeRule(AutoModeration::keyword, QStringLiteral("crypto"));
    live.mode = AutoModeration::liveMode;
    const QString before = snapshot(*m_workspace);
    QVERIFY(!manager.create(live)); // never live from the start
    QVERIFY2(manager.errorString().contains(QStringLiteral("dry run")), qPrintable(manager.errorString()));
    QCOMPARE(snapshot(*m_workspace), before);
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM automod_rules")), 0);

    const std::optional<qint64> id = manager.create(makeRule(AutoModeration::keyword, QStringLiteral("crypto")));
    QVERIFY(id);
    const QString saved = snapshot(*m_workspace);
    QVERIFY(!manager.setMode(*id, AutoModeration::liveMode));
    QVERIFY2(manager.errorString().contains(QStringLiteral("dry run first")), qPrintable(manager.errorString()));
    AutoModerationRule rule = *manager.rule(*id);
    rule.mode = AutoModeration::liveMode;
    QVERIFY(!manager.update(rule));
    QCOMPARE(snapshot(*m_workspace), saved);
    QCOMPARE(manager.rule(*id)->mode, AutoModeration::dryRunMode);

    // A dry run of something else than what is saved does not count.
    AutoModerationRule edited = *manager.rule(*id);
    edited.pattern = QStringLiteral("crypto\nbitcoin");
    QVERIFY(manager.dryRun(edited));
    QVERIFY(!manager.dryRun(makeRule(AutoModeration::keyword, QStringLiteral("crypto")))->isEmpty()); // unsaved
    QVERIFY(!manager.setMode(*id, AutoModeration::liveMode));

    // Tried as saved: it may go live, and is audited as tried.
    QVERIFY(manager.dryRun(*manager.rule(*id)));
    QCOMPARE(number(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automod_rule_dry_run' "
                                "AND object_type = 'automod_rule' AND object_id = %1")
                     .arg(*id)),
        1);
    QVERIFY2(manager.setMode(*id, AutoModeration::liveMode), qPrintable(manager.errorString()));
    // Off and on again: the matching did not change, the dry run still counts; nor does a new name.
    QVERIFY(manager.setMode(*id, AutoModeration::offMode));
    rule = *manager.rule(*id);
    rule.name = QStringLiteral("Crypto");
    QVERIFY(manager.update(rule));
    QVERIFY2(manager.setMode(*id, AutoModeration::liveMode), qPrintable(manager.errorString()));

    // A rule that is off and finds something else needs a new dry run.
    QVERIFY(manager.setMode(*id, AutoModeration::offMode));
    rule = *manager.rule(*id);
    rule.threshold = 0;
    rule.pattern = QStringLiteral("bitcoin");
    QVERIFY(manager.update(rule));
    QVERIFY(!manager.setMode(*id, AutoModeration::liveMode));
    rule.mode = AutoModeration::liveMode;
    QVERIFY(!manager.update(rule));
    QVERIFY(manager.dryRun(*manager.rule(*id)));
    QVERIFY2(manager.update(rule), qPrintable(manager.errorString()));
    QCOMPARE(manager.rule(*id)->mode, AutoModeration::liveMode);
}

QTEST_GUILESS_MAIN(TestAutoModeration)
#include "tst_automoderation.moc"
