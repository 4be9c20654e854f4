#include "core/prompts/promptjson.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestPromptJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsIdentical_data();
    void roundTripIsIdentical();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void acceptsMinimalHandWritten();
    void messagesAlone();
};

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 4), QTime(10, minute, 5, 123), Qt::UTC);
}

Prompt fullPrompt()
{
    Prompt p;
    p.name = u"ticket triage"_s;
    p.description = u"Routes support tickets; 用于分类"_s;
    PromptVersions::append(p.versions,
                           {{ChatRole::System, u"You route tickets.\nReply with one word."_s},
                            {ChatRole::User, u"Ticket: {{ticket}}"_s}},
                           u"first draft"_s, at(1));
    PromptVersions::append(p.versions,
                           {{ChatRole::System, u"You route tickets. Reply with one word."_s},
                            {ChatRole::User, u"Example: printer on fire"_s},
                            {ChatRole::Assistant, u"hardware"_s},
                            {ChatRole::User, u"Ticket: {{ticket}} \\{{literal}}"_s}},
                           u"few-shot"_s, at(2));
    PromptVariant claude;
    claude.endpointName = u"claude-sonnet"_s;
    PromptVersions::append(
            claude.versions,
            {{ChatRole::System, u"<role>router</role>"_s}, {ChatRole::User, u"{{ticket}}"_s}},
            QString(), at(3));
    p.variants.append(claude);
    PromptVariant qwen;
    qwen.endpointName = u"qwen"_s;
    PromptVersions::append(qwen.versions, {{ChatRole::User, u"工单：{{ticket}}"_s}}, u"中文"_s,
                           at(4));
    PromptVersions::append(qwen.versions, {{ChatRole::User, u"工单：{{ ticket }}"_s}}, QString(),
                           at(5));
    p.variants.append(qwen);
    return p;
}

} // namespace

void TestPromptJson::roundTripIsIdentical_data()
{
    QTest::addColumn<Prompt>("prompt");
    QTest::addRow("full") << fullPrompt();
    Prompt minimal;
    minimal.name = u"m"_s;
    PromptVersions::append(minimal.versions, {{ChatRole::User, QString()}}, QString(), at(0));
    QTest::addRow("minimal") << minimal;
    Prompt gaps = fullPrompt();
    gaps.versions[1].number = 7; // numbers need only increase
    QTest::addRow("version gaps") << gaps;
}

void TestPromptJson::roundTripIsIdentical()
{
    QFETCH(Prompt, prompt);
    const QByteArray first = PromptJson::toBytes(prompt);
    const Result<Prompt> parsed = PromptJson::fromBytes(first);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), prompt);
    QCOMPARE(PromptJson::toBytes(parsed.value()), first);
}

void TestPromptJson::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");

    const QByteArray v1 = R"("versions": [{"number": 1, "created_at": "2026-01-02T03:04:05.000Z",
        "messages": [{"role": "user", "text": "hi"}]}])";

    QTest::addRow("not json") << QByteArray("{\n  \"name\": \"x\",\n  oops\n}") << u"line 3"_s;
    QTest::addRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::addRow("other format") << QByteArray(R"({"format": "cutover-plan"})")
                                  << u"not a Cutover prompt"_s;
    QTest::addRow("newer") << QByteArray(R"({"format": "cutover-prompt", "format_version": 2})")
                           << u"newer Cutover"_s;
    QTest::addRow("no name") << QByteArray("{" + v1 + "}") << u"name is required"_s;
    QTest::addRow("blank name") << QByteArray(R"({"name": "  ", )" + v1 + "}")
                                << u"name must not be empty"_s;
    QTest::addRow("name type") << QByteArray(R"({"name": 3, )" + v1 + "}")
                               << u"name must be a string"_s;
    QTest::addRow("unknown key") << QByteArray(R"({"name": "a", "verions": [], )" + v1 + "}")
                                 << u"verions is not a known key"_s;
    QTest::addRow("no versions") << QByteArray(R"({"name": "a"})") << u"versions is required"_s;
    QTest::addRow("empty versions") << QByteArray(R"({"name": "a", "versions": []})")
                                    << u"versions must hold at least one version"_s;
    QTest::addRow("number zero") << QByteArray(R"({"name": "a", "versions": [{"number": 0,
                "created_at": "2026-01-02T03:04:05.000Z", "messages": [{"role": "user", "text": ""}]}]})")
                                 << u"versions[0].number must be a whole number"_s;
    QTest::addRow("number fraction") << QByteArray(R"({"name": "a", "versions": [{"number": 1.5,
                "created_at": "2026-01-02T03:04:05.000Z", "messages": [{"role": "user", "text": ""}]}]})")
                                     << u"versions[0].number must be a whole number"_s;
    QTest::addRow("numbers not increasing")
            << QByteArray(R"({"name": "a", "versions": [
                {"number": 2, "created_at": "2026-01-02T03:04:05.000Z", "messages": [{"role": "user", "text": ""}]},
                {"number": 2, "created_at": "2026-01-02T03:04:05.000Z", "messages": [{"role": "user", "text": ""}]}]})")
            << u"versions[1].number must be greater than the previous version's number (2)"_s;
    QTest::addRow("bad timestamp")
            << QByteArray(R"({"name": "a", "versions": [{"number": 1, "created_at": "yesterday",
                "messages": [{"role": "user", "text": ""}]}]})")
            << u"versions[0].created_at must be a date and time"_s;
    QTest::addRow("missing timestamp") << QByteArray(R"({"name": "a", "versions": [{"number": 1,
                "messages": [{"role": "user", "text": ""}]}]})")
                                       << u"versions[0].created_at is required"_s;
    QTest::addRow("tool role") << QByteArray(R"({"name": "a", "versions": [{"number": 1,
                "created_at": "2026-01-02T03:04:05.000Z", "messages": [{"role": "tool", "text": ""}]}]})")
                               << u"versions[0].messages[0].role has the unknown value \"tool\""_s;
    QTest::addRow("message typo") << QByteArray(R"({"name": "a", "versions": [{"number": 1,
                "created_at": "2026-01-02T03:04:05.000Z", "messages": [{"role": "user", "txt": ""}]}]})")
                                  << u"versions[0].messages[0].txt is not a known key"_s;
    QTest::addRow("message text missing") << QByteArray(R"({"name": "a", "versions": [{"number": 1,
                "created_at": "2026-01-02T03:04:05.000Z", "messages": [{"role": "user"}]}]})")
                                          << u"versions[0].messages[0].text is required"_s;
    QTest::addRow("no messages") << QByteArray(R"({"name": "a", "versions": [{"number": 1,
                "created_at": "2026-01-02T03:04:05.000Z", "messages": []}]})")
                                 << u"versions[0].messages must hold at least one message"_s;
    QTest::addRow("variants type") << QByteArray(R"({"name": "a", "variants": {}, )" + v1 + "}")
                                   << u"variants must be an array"_s;
    QTest::addRow("variant without endpoint")
            << QByteArray(R"({"name": "a", "variants": [{)" + v1 + "}], " + v1 + "}")
            << u"variants[0].endpoint is required"_s;
    QTest::addRow("variant duplicate")
            << QByteArray(R"({"name": "a", "variants": [{"endpoint": "e", )" + v1
                          + R"(}, {"endpoint": "e", )" + v1 + "}], " + v1 + "}")
            << u"variants[1].endpoint names \"e\", which already has a variant"_s;
    QTest::addRow("variant bad version") << QByteArray(
            R"({"name": "a", "variants": [{"endpoint": "e", "versions": [{"number": "1"}]}], )" + v1
            + "}") << u"variants[0].versions[0].number must be a whole number"_s;
}

void TestPromptJson::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const Result<Prompt> r = PromptJson::fromBytes(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
}

void TestPromptJson::acceptsMinimalHandWritten()
{
    const Result<Prompt> r = PromptJson::fromBytes(R"({"name": "hand", "versions": [
        {"number": 1, "created_at": "2026-01-02T03:04:05+01:00",
         "messages": [{"role": "system", "text": "s"}, {"role": "user", "text": "{{q}}"}]}]})");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->versions.size(), 1);
    QCOMPARE(r->versions.at(0).createdAt, QDateTime(QDate(2026, 1, 2), QTime(2, 4, 5), Qt::UTC));
    QCOMPARE(r->versions.at(0).createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(r->versions.at(0).messages.at(1).text, u"{{q}}"_s);
    QVERIFY(r->variants.isEmpty());
}

void TestPromptJson::messagesAlone()
{
    const QList<TemplateMessage> messages{{ChatRole::System, u"s"_s},
                                          {ChatRole::Assistant, u"a"_s}};
    const QJsonArray json = PromptJson::messagesToJson(messages);
    const Result<QList<TemplateMessage>> back = PromptJson::messagesFromJson(json, u"template"_s);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), messages);
    const Result<QList<TemplateMessage>> bad = PromptJson::messagesFromJson(
            QJsonArray{QJsonObject{{u"role"_s, u"bot"_s}}}, u"template"_s);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(u"template[0].role"_s),
             qPrintable(bad.error().message));
}

QTEST_GUILESS_MAIN(TestPromptJson)
#include "tst_promptjson.moc"
