#include "core/runs/responsecachekey.h"

#include <QtTest>

#include <functional>

using namespace Cutover;
using namespace Qt::StringLiterals;

using Change = std::function<void(Endpoint &, ChatRequest &)>;
Q_DECLARE_METATYPE(Change)

class TestResponseCacheKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIsStableHex();
    void changes_data();
    void changes();
};

namespace {

Endpoint endpoint()
{
    Endpoint e;
    e.id = 3;
    e.name = u"baseline"_s;
    e.protocol = EndpointProtocol::OpenAi;
    e.baseUrl = u"https://api.example.com/v1"_s;
    e.model = u"gpt-4o"_s;
    e.params.temperature = 0.2;
    e.extraBody = QJsonObject{{u"a"_s, 1}, {u"b"_s, u"x"_s}};
    return e;
}

ChatRequest request()
{
    ChatRequest r;
    r.messages = {ChatMessage::text(ChatRole::System, u"Be brief."_s),
                  ChatMessage::text(ChatRole::User, u"2+2?"_s)};
    return r;
}

} // namespace

void TestResponseCacheKey::keyIsStableHex()
{
    const QString key = ResponseCacheKey::compute(endpoint(), request());
    QCOMPARE(key.size(), 64);
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    QVERIFY(hex.match(key).hasMatch());
    QCOMPARE(ResponseCacheKey::compute(endpoint(), request()), key);
}

void TestResponseCacheKey::changes_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("sameKey");

    // What the provider sees changes the key.
    QTest::addRow("model") << Change([](Endpoint &e, ChatRequest &) { e.model = u"gpt-4.1"_s; })
                           << false;
    QTest::addRow("endpoint temperature")
            << Change([](Endpoint &e, ChatRequest &) { e.params.temperature = 0.3; }) << false;
    QTest::addRow("request max tokens")
            << Change([](Endpoint &, ChatRequest &r) { r.params.maxTokens = 10; }) << false;
    QTest::addRow("request overrides to the same value")
            << Change([](Endpoint &, ChatRequest &r) { r.params.temperature = 0.2; }) << true;
    QTest::addRow("message text") << Change([](Endpoint &, ChatRequest &r) {
        r.messages[1] = ChatMessage::text(ChatRole::User, u"2+3?"_s);
    }) << false;
    QTest::addRow("message role") << Change([](Endpoint &, ChatRequest &r) {
        r.messages[0] = ChatMessage::text(ChatRole::User, u"Be brief."_s);
    }) << false;
    QTest::addRow("extra message") << Change([](Endpoint &, ChatRequest &r) {
        r.messages.append(ChatMessage::text(ChatRole::Assistant, u"4"_s));
    }) << false;
    QTest::addRow("extra body value")
            << Change([](Endpoint &e, ChatRequest &) { e.extraBody[u"a"_s] = 2; }) << false;
    QTest::addRow("request extra body")
            << Change([](Endpoint &, ChatRequest &r) { r.extraBody[u"enable_thinking"_s] = true; })
            << false;
    QTest::addRow("tools") << Change([](Endpoint &, ChatRequest &r) {
        r.tools.append({u"lookup"_s, u"finds"_s, QJsonObject{{u"type"_s, u"object"_s}}});
    }) << false;
    QTest::addRow("base url") << Change([](Endpoint &e, ChatRequest &) {
        e.baseUrl = u"http://127.0.0.1:8080/v1"_s;
    }) << false;
    QTest::addRow("protocol") << Change([](Endpoint &e, ChatRequest &) {
        e.protocol = EndpointProtocol::Anthropic;
    }) << false;

    // What the provider does not see keeps it.
    QTest::addRow("name and id") << Change([](Endpoint &e, ChatRequest &) {
        e.name = u"renamed"_s;
        e.id = 99;
    }) << true;
    QTest::addRow("key reference") << Change([](Endpoint &e, ChatRequest &) {
        e.keyRef = {KeyRef::Kind::Env, u"OPENAI_API_KEY"_s};
    }) << true;
    QTest::addRow("prices and limits") << Change([](Endpoint &e, ChatRequest &) {
        e.prices.input = 2.5;
        e.limits.maxConcurrent = 1;
    }) << true;
    QTest::addRow("streaming") << Change([](Endpoint &, ChatRequest &r) { r.stream = !r.stream; })
                               << true;
    QTest::addRow("trailing slash")
            << Change([](Endpoint &e, ChatRequest &) { e.baseUrl += u'/'; }) << true;
    QTest::addRow("extra body key order") << Change([](Endpoint &e, ChatRequest &) {
        e.extraBody = QJsonObject{{u"b"_s, u"x"_s}, {u"a"_s, 1}};
    }) << true;
}

void TestResponseCacheKey::changes()
{
    QFETCH(Change, change);
    QFETCH(bool, sameKey);
    Endpoint e = endpoint();
    ChatRequest r = request();
    change(e, r);
    const QString before = ResponseCacheKey::compute(endpoint(), request());
    const QString after = ResponseCacheKey::compute(e, r);
    QCOMPARE(after == before, sameKey);
}

QTEST_GUILESS_MAIN(TestResponseCacheKey)
#include "tst_responsecachekey.moc"
