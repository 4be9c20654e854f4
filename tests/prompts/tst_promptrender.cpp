#include "core/prompts/prompt.h"
#include "core/prompts/promptrender.h"

#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

using Values = QMap<QString, QString>;

class TestPromptRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersOneMessage_data();
    void rendersOneMessage();
    void reportsMissingAcrossMessages();
    void strictRenderNamesMessage();
    void variablesInOrderOfFirstUse();
    void validNames_data();
    void validNames();
    void versionsAppendAndRestore();
};

void TestPromptRender::rendersOneMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Values>("values");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("unused");

    const Values ann{{u"name"_s, u"Ann"_s}};
    QTest::addRow("plain") << u"Hello {{name}}!"_s << ann << u"Hello Ann!"_s << QStringList()
                           << QStringList();
    QTest::addRow("spaces inside")
            << u"Hello {{ name }}"_s << ann << u"Hello Ann"_s << QStringList() << QStringList();
    QTest::addRow("tabs inside") << u"{{\tname\t}}"_s << ann << u"Ann"_s << QStringList()
                                 << QStringList();
    QTest::addRow("repeated") << u"{{name}}/{{name}}"_s << ann << u"Ann/Ann"_s << QStringList()
                              << QStringList();
    QTest::addRow("missing") << u"Hi {{name}}, {{day}}"_s << ann << u"Hi Ann, {{day}}"_s
                             << QStringList{u"day"_s} << QStringList();
    QTest::addRow("missing keeps spelling") << u"{{ day }}"_s << Values() << u"{{ day }}"_s
                                            << QStringList{u"day"_s} << QStringList();
    QTest::addRow("unused") << u"Hi {{name}}"_s
                            << Values{{u"name"_s, u"Ann"_s},
                                      {u"zeta"_s, u"1"_s},
                                      {u"alpha"_s, u"2"_s}}
                            << u"Hi Ann"_s << QStringList() << QStringList{u"alpha"_s, u"zeta"_s};
    QTest::addRow("escaped") << u"\\{{name}} is literal"_s << ann << u"{{name}} is literal"_s
                             << QStringList() << QStringList{u"name"_s};
    QTest::addRow("escaped backslash")
            << u"C:\\\\{{name}}"_s << ann << u"C:\\Ann"_s << QStringList() << QStringList();
    QTest::addRow("lone backslash") << u"a\\b \\{ \\}}"_s << Values() << u"a\\b \\{ \\}}"_s
                                    << QStringList() << QStringList();
    QTest::addRow("json is literal")
            << u"{{\"a\": 1}} and {\"b\": {{name}}}"_s << ann << u"{{\"a\": 1}} and {\"b\": Ann}"_s
            << QStringList() << QStringList();
    QTest::addRow("two words literal") << u"{{ two words }}"_s << Values() << u"{{ two words }}"_s
                                       << QStringList() << QStringList();
    QTest::addRow("unclosed literal") << u"{{name and more"_s << ann << u"{{name and more"_s
                                      << QStringList() << QStringList{u"name"_s};
    QTest::addRow("single braces literal")
            << u"{name}"_s << ann << u"{name}"_s << QStringList() << QStringList{u"name"_s};
    QTest::addRow("triple braces")
            << u"{{{name}}}"_s << ann << u"{Ann}"_s << QStringList() << QStringList();
    QTest::addRow("digit first is literal")
            << u"{{1x}}"_s << Values() << u"{{1x}}"_s << QStringList() << QStringList();
    QTest::addRow("dots and dashes")
            << u"{{user.name}} {{a-b}}"_s << Values{{u"user.name"_s, u"U"_s}, {u"a-b"_s, u"AB"_s}}
            << u"U AB"_s << QStringList() << QStringList();
    QTest::addRow("case-sensitive names") << u"{{Name}}"_s << ann << u"{{Name}}"_s
                                          << QStringList{u"Name"_s} << QStringList{u"name"_s};
    QTest::addRow("value not expanded") << u"Hi {{name}}"_s << Values{{u"name"_s, u"{{other}}"_s}}
                                        << u"Hi {{other}}"_s << QStringList() << QStringList();
    QTest::addRow("empty value") << u"[{{name}}]"_s << Values{{u"name"_s, QString()}} << u"[]"_s
                                 << QStringList() << QStringList();
    QTest::addRow("chinese around") << u"你好，{{name}}！"_s << Values{{u"name"_s, u"小明"_s}}
                                    << u"你好，小明！"_s << QStringList() << QStringList();
    QTest::addRow("chinese name") << u"问：{{问题}}"_s << Values{{u"问题"_s, u"几点了"_s}}
                                  << u"问：几点了"_s << QStringList() << QStringList();
    QTest::addRow("empty template")
            << QString() << ann << QString() << QStringList() << QStringList{u"name"_s};
    QTest::addRow("multiline value") << u"Q:\n{{q}}\nA:"_s << Values{{u"q"_s, u"a\nb"_s}}
                                     << u"Q:\na\nb\nA:"_s << QStringList() << QStringList();
}

void TestPromptRender::rendersOneMessage()
{
    QFETCH(QString, text);
    QFETCH(Values, values);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, unused);

    const QList<TemplateMessage> messages{{ChatRole::User, text}};
    const RenderedPrompt r = PromptRender::render(messages, values);
    QCOMPARE(r.messages.size(), 1);
    QCOMPARE(r.messages.at(0), ChatMessage::text(ChatRole::User, expected));
    QStringList missingNames;
    for (const PlaceholderUse &use : r.missing) {
        missingNames.append(use.name);
        // The reported place holds exactly the placeholder.
        QCOMPARE(use.messageIndex, 0);
        const QString at = text.mid(use.position, use.length);
        QVERIFY2(at.startsWith(u"{{"_s) && at.endsWith(u"}}"_s) && at.contains(use.name),
                 qPrintable(at));
    }
    QCOMPARE(missingNames, missing);
    QCOMPARE(r.unused, unused);
    QCOMPARE(r.complete(), missing.isEmpty());
}

void TestPromptRender::reportsMissingAcrossMessages()
{
    const QList<TemplateMessage> messages{
            {ChatRole::System, u"You are {{persona}}."_s},
            {ChatRole::User, u"Example: {{example}}"_s},
            {ChatRole::Assistant, u"OK"_s},
            {ChatRole::User, u"Now: {{question}} ({{persona}})"_s},
    };
    const RenderedPrompt r = PromptRender::render(messages, {{u"example"_s, u"2+2"_s}});
    QCOMPARE(r.messages.size(), 4);
    QCOMPARE(r.messages.at(0).role, ChatRole::System);
    QCOMPARE(r.messages.at(2).role, ChatRole::Assistant);
    QCOMPARE(r.messages.at(1).parts.at(0).text, u"Example: 2+2"_s);
    const QList<PlaceholderUse> expected{
            {u"persona"_s, 0, 8, 11},
            {u"question"_s, 3, 5, 12},
            {u"persona"_s, 3, 19, 11},
    };
    QCOMPARE(r.missing, expected);
    QVERIFY(r.unused.isEmpty());
}

void TestPromptRender::strictRenderNamesMessage()
{
    const QList<TemplateMessage> messages{{ChatRole::System, u"Be brief."_s},
                                          {ChatRole::User, u"{{question}}"_s}};
    const Result<QList<ChatMessage>> bad = PromptRender::renderStrict(messages, {});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ErrorKind::BadInput);
    QVERIFY2(bad.error().message.contains(u"\"question\""_s), qPrintable(bad.error().message));
    QVERIFY2(bad.error().message.contains(u"message 2"_s), qPrintable(bad.error().message));

    const Result<QList<ChatMessage>> good
            = PromptRender::renderStrict(messages, {{u"question"_s, u"Why?"_s}, {u"x"_s, u"1"_s}});
    QVERIFY(good.ok());
    QCOMPARE(good.value().at(1), ChatMessage::text(ChatRole::User, u"Why?"_s));
}

void TestPromptRender::variablesInOrderOfFirstUse()
{
    const QList<TemplateMessage> messages{
            {ChatRole::System, u"{{b}} {{a}} \\{{skipped}}"_s},
            {ChatRole::User, u"{{a}} {{ c }} {{b}}"_s},
    };
    QCOMPARE(PromptRender::variables(messages), (QStringList{u"b"_s, u"a"_s, u"c"_s}));
    QCOMPARE(PromptRender::placeholders(messages).size(), 5);
}

void TestPromptRender::validNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("plain") << u"question"_s << true;
    QTest::addRow("underscore first") << u"_x1"_s << true;
    QTest::addRow("dots and dashes") << u"user.first-name"_s << true;
    QTest::addRow("chinese") << u"问题"_s << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("digit first") << u"1st"_s << false;
    QTest::addRow("space") << u"first name"_s << false;
    QTest::addRow("brace") << u"a{b"_s << false;
}

void TestPromptRender::validNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(PromptRender::isValidName(name), valid);
    // A valid name is exactly what the renderer treats as a placeholder.
    const QList<TemplateMessage> messages{{ChatRole::User, u"{{"_s + name + u"}}"_s}};
    QCOMPARE(PromptRender::variables(messages), valid ? QStringList{name} : QStringList());
}

void TestPromptRender::versionsAppendAndRestore()
{
    QList<PromptVersion> history;
    const QDateTime t1(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    const QList<TemplateMessage> first{{ChatRole::User, u"v1 {{x}}"_s}};
    const QList<TemplateMessage> second{{ChatRole::User, u"v2 {{x}}"_s}};
    QCOMPARE(PromptVersions::append(history, first, u"first"_s, t1).number, 1);
    QCOMPARE(PromptVersions::append(history, second, u"second"_s, t1.addSecs(60)).number, 2);
    QCOMPARE(PromptVersions::latest(history)->messages, second);
    QCOMPARE(PromptVersions::find(history, 1)->note, u"first"_s);
    QVERIFY(!PromptVersions::find(history, 3));

    const PromptVersion *restored = PromptVersions::restore(history, 1, t1.addSecs(120));
    QVERIFY(restored);
    QCOMPARE(restored->number, 3);
    QCOMPARE(restored->messages, first);
    QVERIFY(restored->note.contains(u'1'));
    QCOMPARE(history.size(), 3);
    // The old versions are untouched.
    QCOMPARE(history.at(0).messages, first);
    QCOMPARE(history.at(1).messages, second);
    QVERIFY(!PromptVersions::restore(history, 9, t1));
    QCOMPARE(history.size(), 3);

    Prompt p;
    p.variants.append({u"claude"_s, 0, history});
    QVERIFY(p.variant(u"claude"_s));
    QVERIFY(!p.variant(u"gpt"_s));
}

QTEST_GUILESS_MAIN(TestPromptRender)
#include "tst_promptrender.moc"
