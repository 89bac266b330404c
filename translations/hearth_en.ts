<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AutoModeration</name>
    <message numerus="yes">
        <source>A rule&apos;s name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A rule&apos;s name can be at most %n character long.</numerusform>
            <numerusform>A rule&apos;s name can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A rule can list at most %n line(s).</source>
        <translation>
            <numerusform>A rule can list at most %n line.</numerusform>
            <numerusform>A rule can list at most %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A keyword or phrase can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A keyword or phrase can be at most %n character long.</numerusform>
            <numerusform>A keyword or phrase can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A tag can be at most %n character long.</numerusform>
            <numerusform>A tag can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) within a day</source>
        <translation>
            <numerusform>%n post within a day</numerusform>
            <numerusform>%n posts within a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n line skipped.</numerusform>
            <numerusform>%n lines skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s).</source>
        <translation>
            <numerusform>Exported %n message.</numerusform>
            <numerusform>Exported %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n hit.</numerusform>
            <numerusform>%n hits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s).</source>
        <translation>
            <numerusform>Exported %n template.</numerusform>
            <numerusform>Exported %n templates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s) as drafts.</source>
        <translation>
            <numerusform>Imported %n template as a draft.</numerusform>
            <numerusform>Imported %n templates as drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-moderation made %n decision(s).</source>
        <translation>
            <numerusform>Auto-moderation made %n decision.</numerusform>
            <numerusform>Auto-moderation made %n decisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n new message</numerusform>
            <numerusform>%1: %n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationWorkflow</name>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A tag can be at most %n character long.</numerusform>
            <numerusform>A tag can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAutoModeration</name>
    <message numerus="yes">
        <source>The demo&apos;s spam rule made %n decision(s) instead of %1.</source>
        <translation>
            <numerusform>The demo&apos;s spam rule made %n decision instead of %1.</numerusform>
            <numerusform>The demo&apos;s spam rule made %n decisions instead of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message numerus="yes">
        <source>A shortcut can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A shortcut can be at most %n character long.</numerusform>
            <numerusform>A shortcut can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A template&apos;s title can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A template&apos;s title can be at most %n character long.</numerusform>
            <numerusform>A template&apos;s title can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A tag can be at most %n character long.</numerusform>
            <numerusform>A tag can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::AuthorCard</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::AutoModerationDialog</name>
    <message numerus="yes">
        <source>Dry run: the rule would have acted on %n of the last %1 incoming message(s). Nothing was changed.</source>
        <translation>
            <numerusform>Dry run: the rule would have acted on %n of the last %1 incoming messages. Nothing was changed.</numerusform>
            <numerusform>Dry run: the rule would have acted on %n of the last %1 incoming messages. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From now on “%1” acts on every new incoming message by itself: %2. Its dry run found %n message(s) among the latest; messages that are already here are left as they are. Each decision can be reverted.</source>
        <translation>
            <numerusform>From now on “%1” acts on every new incoming message by itself: %2. Its dry run found %n message among the latest; messages that are already here are left as they are. Each decision can be reverted.</numerusform>
            <numerusform>From now on “%1” acts on every new incoming message by itself: %2. Its dry run found %n messages among the latest; messages that are already here are left as they are. Each decision can be reverted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ChannelsPanel</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ConnectionTest</name>
    <message numerus="yes">
        <source>The connection works: %n message(s) are waiting.</source>
        <translation>
            <numerusform>The connection works: %n message is waiting.</numerusform>
            <numerusform>The connection works: %n messages are waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ConversationActions</name>
    <message numerus="yes">
        <source>%n snoozed conversation(s) came back.</source>
        <translation>
            <numerusform>%n snoozed conversation came back.</numerusform>
            <numerusform>%n snoozed conversations came back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::InboxModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::InboxTabs</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>across %n channel account(s)</source>
        <translation>
            <numerusform>across %n channel account</numerusform>
            <numerusform>across %n channel accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::MainWindow</name>
    <message numerus="yes">
        <source>%n channel account(s)</source>
        <translation>
            <numerusform>%n channel account</numerusform>
            <numerusform>%n channel accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %n</source>
        <translation>
            <numerusform>Approvals: %n</numerusform>
            <numerusform>Approvals: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template version(s) waiting for approval</source>
        <translation>
            <numerusform>%n template version waiting for approval</numerusform>
            <numerusform>%n template versions waiting for approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::MastodonConnector</name>
    <message numerus="yes">
        <source>The Mastodon instance asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>The Mastodon instance asked Hearth to slow down for %n second.</numerusform>
            <numerusform>The Mastodon instance asked Hearth to slow down for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteEditor</name>
    <message numerus="yes">
        <source>Fix the problems marked as errors first (%n error(s) in the list).</source>
        <translation>
            <numerusform>Fix the problems marked as errors first (%n error in the list).</numerusform>
            <numerusform>Fix the problems marked as errors first (%n errors in the list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::Notifier</name>
    <message numerus="yes">
        <source>%n conversation(s) in your views have new messages.</source>
        <translation>
            <numerusform>%n conversation in your views has new messages.</numerusform>
            <numerusform>%n conversations in your views have new messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” from %2 needs a first answer within %n minute(s).</source>
        <translation>
            <numerusform>“%1” from %2 needs a first answer within %n minute.</numerusform>
            <numerusform>“%1” from %2 needs a first answer within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) need a first answer within the next minutes.</source>
        <translation>
            <numerusform>%n conversation needs a first answer within the next minutes.</numerusform>
            <numerusform>%n conversations need a first answer within the next minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ReplyComposer</name>
    <message numerus="yes">
        <source>(%n more problem(s) after this one)</source>
        <translation>
            <numerusform>(%n more problem after this one)</numerusform>
            <numerusform>(%n more problems after this one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::RuleStatisticsDialog</name>
    <message numerus="yes">
        <source>How often moderation cited each rule (reverted actions are left out). %n published rule(s) never cited.</source>
        <translation>
            <numerusform>How often moderation cited each rule (reverted actions are left out). %n published rule never cited.</numerusform>
            <numerusform>How often moderation cited each rule (reverted actions are left out). %n published rules never cited.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::SearchPage</name>
    <message numerus="yes">
        <source>%n message(s) match “%1”.</source>
        <translation>
            <numerusform>%n message matches “%1”.</numerusform>
            <numerusform>%n messages match “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::TelegramConnector</name>
    <message numerus="yes">
        <source>Telegram asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>Telegram asked Hearth to slow down for %n second.</numerusform>
            <numerusform>Telegram asked Hearth to slow down for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::TemplateLibraryDialog</name>
    <message numerus="yes">
        <source>%1 (%n out of date)</source>
        <translation>
            <numerusform>%1 (%n out of date)</numerusform>
            <numerusform>%1 (%n out of date)</numerusform>
        </translation>
    </message>
</context>
</TS>
