// Readers, writers, round trips, loss reports and detection of the
// conversion engine, on hand-written records and small real samples.

#include "core/convert/detect.h"
#include "core/convert/formats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Cutover::Convert;
using namespace Qt::StringLiterals;

// Declared before the sample data: moc does not read past its raw string literals.
class TestConvertFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void sameFormatIsLossless_data();
    void sameFormatIsLossless();
    void realSamplesRead_data();
    void realSamplesRead();
    void openAiToAnthropicShape();
    void losses_data();
    void losses();
    void systemPolicies();
    void toolArgumentPolicy();
    void sameRolePolicy();
    void imagePolicy();
    void optionsIdMetadataMigratedAt();
    void unknownFieldsKept();
    void unknownFieldNamedLikeTargetMember_data();
    void unknownFieldNamedLikeTargetMember();
    void bigIntegersVerbatimThroughEveryFormat();
    void shapeErrorsRejected_data();
    void shapeErrorsRejected();
    void detection_data();
    void detection();
    void formatNames();
    void golden_data();
    void golden();
};

namespace {

struct Converted
{
    bool ok = false;
    std::string text;
    LossSet losses;
    std::string error;
};

Converted convert(Format from, Format to, std::string_view record, const Options &options = {})
{
    Converted r;
    JsonDoc doc;
    if (!doc.parse(record)) {
        r.error = jsonErrorName(doc.error().code);
        return r;
    }
    Conversation conv;
    RecordError err;
    if (!readRecord(from, doc, conv, err)) {
        r.error = "read: " + err.reason;
        return r;
    }
    if (!writeRecord(to, conv, options, r.text, r.losses, err)) {
        r.error = "write: " + err.reason;
        return r;
    }
    JsonDoc check; // every output is strict JSON on one line
    if (!check.parse(r.text) || r.text.find('\n') != std::string::npos) {
        r.error = "output is not one line of valid JSON";
        return r;
    }
    r.ok = true;
    return r;
}

// Canonical form for comparing records: key order ignored, strings holding
// JSON objects/arrays (tool arguments, ShareGPT values) parsed, tool call ids
// dropped when one side of the trip cannot hold them.
QJsonValue normalize(const QJsonValue &v, bool dropToolIds, bool top = true)
{
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (dropToolIds
                && (it.key() == u"tool_call_id"_s || it.key() == u"tool_use_id"_s
                    || (it.key() == u"id"_s && !top)))
                continue;
            o.insert(it.key(), normalize(it.value(), dropToolIds, false));
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(normalize(e, dropToolIds, false));
        return a;
    }
    if (v.isString()) {
        const QString s = v.toString();
        if (s.startsWith(u'{') || s.startsWith(u'[')) {
            QJsonParseError pe;
            const QJsonDocument d = QJsonDocument::fromJson(s.toUtf8(), &pe);
            if (pe.error == QJsonParseError::NoError)
                return normalize(d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array()),
                                 dropToolIds, false);
        }
    }
    return v;
}

QByteArray canonical(std::string_view text, bool dropToolIds)
{
    const QJsonDocument d
            = QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size())));
    return QJsonDocument(normalize(d.object(), dropToolIds).toObject())
            .toJson(QJsonDocument::Compact);
}

bool hasIds(Format f)
{
    return f == Format::OpenAI || f == Format::Anthropic;
}

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(CONVERT_TEST_DATA) + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The records of a JSONL or JSON-array sample, each as minified text.
std::vector<std::string> recordsOf(const QByteArray &data)
{
    std::vector<std::string> out;
    const std::string_view all(data.constData(), std::size_t(data.size()));
    JsonDoc doc;
    if (doc.parse(all) && doc.isArray(0)) {
        doc.forEachElement(0, [&](std::uint32_t e) {
            std::string s;
            appendMinified(doc, e, s);
            out.push_back(s);
        });
        return out;
    }
    for (const QByteArray &line : data.split('\n')) {
        if (!line.trimmed().isEmpty())
            out.emplace_back(line.constData(), std::size_t(line.size()));
    }
    return out;
}

// Portable records per format: A → B → A must give A back for every B listed.
struct Sample
{
    const char *name;
    Format format;
    const char *record;
    std::vector<Format> via;
};

const std::vector<Format> kAll
        = {Format::OpenAI, Format::Anthropic, Format::ShareGpt, Format::Alpaca, Format::Gemini};
const std::vector<Format> kTools
        = {Format::OpenAI, Format::Anthropic, Format::ShareGpt, Format::Gemini};

const std::vector<Sample> &samples()
{
    static const std::vector<Sample> s
            = {
                    {"openai_text", Format::OpenAI,
                     R"({"id":"r1","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi \u00e9 \"q\" \ud83d\ude00 中文\n\ttab"},{"role":"assistant","content":"Hello!"}],"metadata":{"n":1.5,"ok":true}})",
                     kAll},
                    {"openai_tools", Format::OpenAI,
                     R"({"messages":[{"role":"user","content":"Weather in Paris?"},{"role":"assistant","content":null,"tool_calls":[{"id":"call_a","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},{"role":"tool","tool_call_id":"call_a","content":"{\"temp\":21}"},{"role":"assistant","content":"21 degrees."}],"tools":[{"type":"function","function":{"name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}]})",
                     kTools},
                    {"openai_parallel_tools",
                     Format::OpenAI,
                     R"({"messages":[{"role":"user","content":"Two cities"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"w","arguments":"{\"c\":\"A\"}"}},{"id":"c2","type":"function","function":{"name":"w","arguments":"{\"c\":\"B\"}"}}]},{"role":"tool","tool_call_id":"c1","content":"1"},{"role":"tool","tool_call_id":"c2","content":"2"},{"role":"assistant","content":"done"}]})",
                     {Format::Anthropic, Format::Gemini}},
                    {"openai_image",
                     Format::OpenAI,
                     R"({"messages":[{"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]},{"role":"assistant","content":"A dot."}]})",
                     {Format::Anthropic, Format::Gemini}},
                    {"anthropic_text", Format::Anthropic,
                     R"({"system":"Be brief.","messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"}]})",
                     kAll},
                    {"anthropic_tools",
                     Format::Anthropic,
                     R"({"messages":[{"role":"user","content":"Weather?"},{"role":"assistant","content":[{"type":"text","text":"Checking."},{"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris"}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"21"}]},{"role":"assistant","content":"21 degrees."}],"tools":[{"name":"get_weather","description":"Weather","input_schema":{"type":"object"}}]})",
                     {Format::OpenAI, Format::Gemini}},
                    {"anthropic_image_url",
                     Format::Anthropic,
                     R"({"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/jpeg","data":"/9j/4AAQ"}},{"type":"text","text":"Describe"}]},{"role":"assistant","content":"A photo."}]})",
                     {Format::OpenAI, Format::Gemini}},
                    {"sharegpt_text", Format::ShareGpt,
                     R"({"conversations":[{"from":"human","value":"Hi"},{"from":"gpt","value":"Hello"},{"from":"human","value":"Bye"},{"from":"gpt","value":"Bye!"}],"system":"Be brief."})",
                     kAll},
                    {"sharegpt_tools", Format::ShareGpt,
                     R"({"conversations":[{"from":"human","value":"Weather?"},{"from":"function_call","value":"{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}}"},{"from":"observation","value":"{\"temp\":21}"},{"from":"gpt","value":"21."}],"tools":"[{\"name\":\"get_weather\",\"description\":\"Weather\",\"parameters\":{\"type\":\"object\"}}]"})",
                     kTools},
                    {"alpaca_history", Format::Alpaca,
                     R"({"instruction":"Translate to French: hello","input":"","output":"Bonjour","system":"You translate.","history":[["Hi","Hello"],["How are you?","Fine."]]})",
                     kAll},
                    {"gemini_text", Format::Gemini,
                     R"({"systemInstruction":{"parts":[{"text":"Be brief."}]},"contents":[{"role":"user","parts":[{"text":"Hi"}]},{"role":"model","parts":[{"text":"Hello"}]}]})",
                     kAll},
                    {"gemini_tools", Format::Gemini,
                     R"({"contents":[{"role":"user","parts":[{"text":"Weather?"}]},{"role":"model","parts":[{"functionCall":{"name":"get_weather","args":{"city":"Paris"}}}]},{"role":"user","parts":[{"functionResponse":{"name":"get_weather","response":{"temp":21}}}]},{"role":"model","parts":[{"text":"21."}]}],"tools":[{"functionDeclarations":[{"name":"get_weather","description":"Weather","parameters":{"type":"object"}}]}]})",
                     kTools},
            };
    return s;
}

} // namespace

void TestConvertFormats::roundTrip_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("via");
    QTest::addColumn<QByteArray>("record");
    for (const Sample &s : samples()) {
        for (Format via : s.via) {
            if (via == s.format)
                continue;
            QTest::addRow("%s_via_%s", s.name, formatName(via))
                    << int(s.format) << int(via) << QByteArray(s.record);
        }
    }
}

void TestConvertFormats::roundTrip()
{
    QFETCH(int, from);
    QFETCH(int, via);
    QFETCH(QByteArray, record);
    const std::string_view original(record.constData(), std::size_t(record.size()));
    const Converted there = convert(Format(from), Format(via), original);
    QVERIFY2(there.ok, there.error.c_str());
    const Converted back = convert(Format(via), Format(from), there.text);
    QVERIFY2(back.ok, back.error.c_str());
    const bool dropIds = !hasIds(Format(from)) || !hasIds(Format(via));
    const QByteArray a = canonical(original, dropIds);
    const QByteArray b = canonical(back.text, dropIds);
    if (a != b)
        qWarning("via: %s\nback: %s", there.text.c_str(), back.text.c_str());
    QCOMPARE(b, a);
}

void TestConvertFormats::sameFormatIsLossless_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("record");
    for (const Sample &s : samples())
        QTest::newRow(s.name) << int(s.format) << QByteArray(s.record);
}

void TestConvertFormats::sameFormatIsLossless()
{
    QFETCH(int, format);
    QFETCH(QByteArray, record);
    const std::string_view original(record.constData(), std::size_t(record.size()));
    const Converted same = convert(Format(format), Format(format), original);
    QVERIFY2(same.ok, same.error.c_str());
    QCOMPARE(canonical(same.text, false), canonical(original, false));
    QVERIFY2(same.losses.empty() || Format(format) == Format::ShareGpt
                     || Format(format) == Format::Gemini,
             "an identity conversion reported a loss");
}

void TestConvertFormats::realSamplesRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("toolCalls");
    QTest::addColumn<int>("toolResults");
    QTest::addColumn<int>("reasoning");
    QTest::addColumn<int>("tools");
    QTest::newRow("openai drone") << u"openai_drone_training.first3.jsonl"_s << int(Format::OpenAI)
                                  << 3 << 3 << 0 << 0 << 48;
    QTest::newRow("openai pydantic") << u"openai_pydantic_ai_chat_requests.first12.jsonl"_s
                                     << int(Format::OpenAI) << 12 << 19 << 19 << 0 << -1;
    QTest::newRow("anthropic pydantic")
            << u"anthropic_pydantic_ai_messages_requests.first12.jsonl"_s << int(Format::Anthropic)
            << 12 << 0 << 0 << 5 << -1;
    QTest::newRow("gemini pydantic (camel and snake case)")
            << u"gemini_pydantic_ai_generatecontent_requests.sample12.jsonl"_s
            << int(Format::Gemini) << 12 << 12 << 12 << -1 << -1;
    QTest::newRow("sharegpt glaive") << u"sharegpt_glaive_toolcall_en.sample6.json"_s
                                     << int(Format::ShareGpt) << 6 << 7 << 7 << 0 << -1;
    QTest::newRow("alpaca oasst") << u"alpaca_oaast_sft_zh.sample6.json"_s << int(Format::Alpaca)
                                  << 6 << 0 << 0 << 0 << 0;
}

void TestConvertFormats::realSamplesRead()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, records);
    QFETCH(int, toolCalls);
    QFETCH(int, toolResults);
    QFETCH(int, reasoning);
    QFETCH(int, tools);
    const QByteArray data = readData(file);
    QVERIFY(!data.isEmpty());
    const std::vector<std::string> recs = recordsOf(data);
    QCOMPARE(int(recs.size()), records);
    int calls = 0, results = 0, thinking = 0, toolDefs = 0, messages = 0;
    for (const std::string &r : recs) {
        JsonDoc doc;
        QVERIFY(doc.parse(r));
        Conversation conv;
        RecordError err;
        QVERIFY2(readRecord(Format(format), doc, conv, err), err.reason.c_str());
        messages += int(conv.messages.size());
        toolDefs += int(conv.tools.size());
        for (const Part &p : conv.parts) {
            calls += p.kind == PartKind::ToolCall;
            results += p.kind == PartKind::ToolResult;
            thinking += p.kind == PartKind::Reasoning;
            if (p.kind == PartKind::ToolCall || p.kind == PartKind::ToolResult)
                QVERIFY(!p.id.empty()); // real or made up, every call has an id in the model
        }
        // every sample converts to every format or is rejected with a reason, never broken output
        for (Format to : kAllFormats) {
            const Converted c = convert(Format(format), to, r);
            QVERIFY2(c.ok || c.error.rfind("write: ", 0) == 0, c.error.c_str());
        }
    }
    QVERIFY(messages > records);
    QCOMPARE(calls, toolCalls);
    QCOMPARE(results, toolResults);
    if (reasoning >= 0)
        QCOMPARE(thinking, reasoning);
    if (tools >= 0)
        QCOMPARE(toolDefs, tools);
}

void TestConvertFormats::openAiToAnthropicShape()
{
    const char *rec
            = R"({"id":"c1","messages":[{"role":"system","content":"S1"},{"role":"user","content":"Q"},{"role":"system","content":"S2"},{"role":"assistant","content":"Let me look.","tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{\"a\": 1}"}}]},{"role":"tool","tool_call_id":"call_1","content":"R"},{"role":"assistant","content":"Done"}],"metadata":{"big":12345678901234567890}})";
    const Converted c = convert(Format::OpenAI, Format::Anthropic, rec);
    QVERIFY2(c.ok, c.error.c_str());
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(c.text)).object();
    QCOMPARE(o.value(u"system"_s).toString(), u"S1\n\nS2"_s);
    const QJsonArray msgs = o.value(u"messages"_s).toArray();
    QCOMPARE(msgs.size(), 4);
    QCOMPARE(msgs[0][u"role"_s].toString(), u"user"_s);
    const QJsonArray blocks = msgs[1][u"content"_s].toArray();
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks[1][u"type"_s].toString(), u"tool_use"_s);
    QCOMPARE(blocks[1][u"input"_s][u"a"_s].toInt(), 1);
    QCOMPARE(msgs[2][u"content"_s][0][u"type"_s].toString(), u"tool_result"_s);
    QCOMPARE(msgs[2][u"content"_s][0][u"tool_use_id"_s].toString(), u"call_1"_s);
    QVERIFY(c.text.find("12345678901234567890") != std::string::npos);
    QVERIFY(c.losses.has(LossKind::SystemMerged));
    QVERIFY(c.losses.has(LossKind::ToolArgumentsReformatted)); // "{\"a\": 1}" became {"a":1}
    QVERIFY(!c.losses.has(LossKind::ToolCallIdsDropped));
}

void TestConvertFormats::losses_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<int>("kind");
    const auto add = [](const char *name, Format from, Format to, const char *rec, LossKind k) {
        QTest::newRow(name) << int(from) << int(to) << QByteArray(rec) << int(k);
    };
    const char *tools = samples()[1].record;
    add("ids dropped to sharegpt", Format::OpenAI, Format::ShareGpt, tools,
        LossKind::ToolCallIdsDropped);
    add("ids made up from sharegpt", Format::ShareGpt, Format::OpenAI, samples()[8].record,
        LossKind::ToolCallIdsSynthesized);
    add("tools dropped to alpaca", Format::OpenAI, Format::Alpaca, tools, LossKind::ToolsDropped);
    add("tool results merged", Format::OpenAI, Format::Anthropic, samples()[2].record,
        LossKind::ToolResultsMerged);
    add("mid system merged", Format::OpenAI, Format::Gemini,
        R"({"messages":[{"role":"user","content":"a"},{"role":"system","content":"s"},{"role":"assistant","content":"b"}]})",
        LossKind::SystemMerged);
    add("same role merged", Format::OpenAI, Format::Anthropic,
        R"({"messages":[{"role":"user","content":"a"},{"role":"user","content":"b"},{"role":"assistant","content":"c"}]})",
        LossKind::SameRoleMerged);
    add("reasoning dropped to sharegpt", Format::Anthropic, Format::ShareGpt,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":[{"type":"thinking","thinking":"hmm","signature":"sig"},{"type":"text","text":"b"}]}]})",
        LossKind::ReasoningDropped);
    add("signature dropped to openai", Format::Anthropic, Format::OpenAI,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":[{"type":"thinking","thinking":"hmm","signature":"sig"},{"type":"text","text":"b"}]}]})",
        LossKind::ReasoningSignatureDropped);
    add("weight dropped", Format::OpenAI, Format::ShareGpt,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b","weight":0}]})",
        LossKind::WeightDropped);
    add("name dropped", Format::OpenAI, Format::Anthropic,
        R"({"messages":[{"role":"user","content":"a","name":"bob"},{"role":"assistant","content":"b"}]})",
        LossKind::NameDropped);
    add("images dropped to alpaca", Format::OpenAI, Format::Alpaca, samples()[3].record,
        LossKind::ImagesDropped);
    add("image detail dropped", Format::OpenAI, Format::Anthropic,
        R"({"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://x/y.png","detail":"low"}}]},{"role":"assistant","content":"b"}]})",
        LossKind::ImageDetailDropped);
    add("media type not for anthropic", Format::OpenAI, Format::Anthropic,
        R"({"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/bmp;base64,Qk0="}}]},{"role":"assistant","content":"b"}]})",
        LossKind::ImageMediaTypeUnsupported);
    add("arguments not json kept raw", Format::OpenAI, Format::Anthropic,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{not json"}}]}]})",
        LossKind::ToolArgumentsNotJson);
    add("other blocks dropped", Format::Anthropic, Format::OpenAI,
        R"({"messages":[{"role":"user","content":[{"type":"document","source":{"type":"text","data":"d"}},{"type":"text","text":"a"}]},{"role":"assistant","content":"b"}]})",
        LossKind::OtherBlocksDropped);
    add("assistant text next to call", Format::Anthropic, Format::ShareGpt, samples()[5].record,
        LossKind::AssistantTextDropped);
    add("unknown message fields to alpaca", Format::OpenAI, Format::Alpaca,
        R"({"messages":[{"role":"user","content":"a","x_note":1},{"role":"assistant","content":"b"}]})",
        LossKind::UnknownFieldsDropped);
}

void TestConvertFormats::losses()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QByteArray, record);
    QFETCH(int, kind);
    const Converted c = convert(Format(from), Format(to),
                                std::string_view(record.constData(), std::size_t(record.size())));
    QVERIFY2(c.ok, c.error.c_str());
    QVERIFY2(c.losses.has(LossKind(kind)), lossKindName(LossKind(kind)));
    QVERIFY(!lossKindText(LossKind(kind)).isEmpty());
}

void TestConvertFormats::systemPolicies()
{
    const char *rec
            = R"({"messages":[{"role":"system","content":"S1"},{"role":"user","content":"Q"},{"role":"system","content":"S2"},{"role":"assistant","content":"A"}]})";
    Options o;
    o.systemPolicy = SystemPolicy::First;
    Converted c = convert(Format::OpenAI, Format::Anthropic, rec, o);
    QVERIFY(c.ok);
    QVERIFY(c.text.find("\"system\":\"S1\"") != std::string::npos);
    QVERIFY(c.text.find("S2") == std::string::npos);
    QVERIFY(c.losses.has(LossKind::SystemDropped));

    o.systemPolicy = SystemPolicy::AsUser;
    c = convert(Format::OpenAI, Format::Gemini, rec, o);
    QVERIFY(c.ok);
    QVERIFY(c.losses.has(LossKind::SystemAsUser));
    const QJsonObject g = QJsonDocument::fromJson(QByteArray::fromStdString(c.text)).object();
    QCOMPARE(g[u"systemInstruction"_s][u"parts"_s][0][u"text"_s].toString(), u"S1"_s);
    const QJsonArray contents = g[u"contents"_s].toArray();
    QCOMPARE(contents.size(), 3);
    QCOMPARE(contents[1][u"role"_s].toString(), u"user"_s);
    QCOMPARE(contents[1][u"parts"_s][0][u"text"_s].toString(), u"S2"_s);

    // OpenAI holds any number of system messages anywhere: no loss
    o.systemPolicy = SystemPolicy::Merge;
    c = convert(Format::OpenAI, Format::OpenAI, rec, o);
    QVERIFY(c.ok);
    QVERIFY(c.losses.empty());
}

void TestConvertFormats::toolArgumentPolicy()
{
    const char *rec
            = R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{broken"}}]}]})";
    Options o;
    Converted c = convert(Format::OpenAI, Format::Anthropic, rec, o);
    QVERIFY(c.ok);
    QVERIFY(c.text.find(R"("input":"{broken")") != std::string::npos);
    o.toolArguments = ToolArgumentPolicy::ParseOrReject;
    c = convert(Format::OpenAI, Format::Anthropic, rec, o);
    QVERIFY(!c.ok);
    QVERIFY(c.error.find("arguments") != std::string::npos);
    // double-encoded arguments (a JSON string holding a JSON string) are not an object either
    const char *twice
            = R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"\"{\\\"x\\\": 1}\""}}]}]})";
    c = convert(Format::OpenAI, Format::Gemini, twice);
    QVERIFY2(c.ok, c.error.c_str());
    QVERIFY(c.losses.has(LossKind::ToolArgumentsNotJson));
}

void TestConvertFormats::sameRolePolicy()
{
    const char *rec
            = R"({"messages":[{"role":"user","content":"a"},{"role":"user","content":"b"},{"role":"assistant","content":"c"}]})";
    Options o;
    Converted c = convert(Format::OpenAI, Format::Anthropic, rec, o);
    QVERIFY(c.ok);
    QVERIFY(c.text.find(
                    R"({"role":"user","content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]})")
            != std::string::npos);
    c = convert(Format::OpenAI, Format::Alpaca, rec, o);
    QVERIFY(c.ok);
    QVERIFY(c.text.find(R"("instruction":"a\n\nb")") != std::string::npos);
    o.sameRole = SameRolePolicy::Reject;
    for (Format to : {Format::Anthropic, Format::ShareGpt, Format::Alpaca}) {
        c = convert(Format::OpenAI, to, rec, o);
        QVERIFY2(!c.ok, formatName(to));
    }
}

void TestConvertFormats::imagePolicy()
{
    const char *rec = samples()[3].record;
    Options o;
    Converted c = convert(Format::OpenAI, Format::Anthropic, rec, o);
    QVERIFY(c.ok);
    QVERIFY(c.text.find(
                    R"({"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}})")
            != std::string::npos);
    c = convert(Format::OpenAI, Format::Gemini, rec, o);
    QVERIFY(c.text.find(R"({"inlineData":{"mimeType":"image/png","data":"iVBORw0KGgo="}})")
            != std::string::npos);
    o.images = ImagePolicy::Drop;
    c = convert(Format::OpenAI, Format::Anthropic, rec, o);
    QVERIFY(c.ok);
    QVERIFY(c.text.find("image") == std::string::npos);
    QVERIFY(c.losses.has(LossKind::ImagesDropped));
    o.images = ImagePolicy::Reject;
    c = convert(Format::OpenAI, Format::ShareGpt, rec, o);
    QVERIFY(!c.ok);
}

void TestConvertFormats::optionsIdMetadataMigratedAt()
{
    const char *rec = samples()[0].record;
    Options o;
    o.migratedAt = "2026-01-02T03:04:05Z";
    for (Format to : kAllFormats) {
        const Converted c = convert(Format::OpenAI, to, rec, o);
        QVERIFY2(c.ok, formatName(to));
        const QJsonObject obj = QJsonDocument::fromJson(QByteArray::fromStdString(c.text)).object();
        QCOMPARE(obj[u"id"_s].toString(), u"r1"_s);
        QCOMPARE(obj[u"metadata"_s][u"n"_s].toDouble(), 1.5);
        QCOMPARE(obj[u"migrated_at"_s].toString(), u"2026-01-02T03:04:05Z"_s);
    }
    o.carryIdAndMetadata = false;
    const Converted c = convert(Format::OpenAI, Format::Anthropic, rec, o);
    QVERIFY(c.text.find("\"id\"") == std::string::npos);
    QVERIFY(c.losses.has(LossKind::IdMetadataDropped));
}

void TestConvertFormats::unknownFieldsKept()
{
    const char *rec
            = R"({"messages":[{"role":"user","content":"a","x_msg":[1,2]},{"role":"assistant","content":"b"}],"model":"gpt-4o","x_top":{"k":null}})";
    Converted c = convert(Format::OpenAI, Format::Anthropic, rec);
    QVERIFY(c.ok);
    QVERIFY(c.text.find(R"("x_top":{"k":null})") != std::string::npos);
    QVERIFY(c.text.find(R"("x_msg":[1,2])") != std::string::npos);
    QVERIFY(c.text.find(R"("model":"gpt-4o")") != std::string::npos);
    Options o;
    o.keepUnknownFields = false;
    c = convert(Format::OpenAI, Format::Anthropic, rec, o);
    QVERIFY(c.ok);
    QVERIFY(c.text.find("x_top") == std::string::npos);
    QVERIFY(c.losses.has(LossKind::UnknownFieldsDropped));
}

void TestConvertFormats::unknownFieldNamedLikeTargetMember_data()
{
    // A member the source format does not know, named like one the target format defines at
    // the same level: carried verbatim it would inject meaning or repeat a key. Each record
    // also holds a genuinely unknown x_keep at that level, which must still be carried.
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<bool>("migratedAt");
    const auto add = [](const char *name, Format from, Format to, const char *record,
                        bool migratedAt = false) {
        QTest::addRow("%s", name) << int(from) << int(to) << QByteArray(record) << migratedAt;
    };
    // found by fuzz_convert: OpenAI's reader rejected the tool_calls carried from Anthropic
    add("anthropic message tool_calls to openai", Format::Anthropic, Format::OpenAI,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b","tool_calls":[{"id":"INJECTED","type":"x"}],"x_keep":1}]})");
    add("escaped key still matches", Format::Anthropic, Format::OpenAI,
        R"({"messages":[{"role":"user","content":"a","tool\u005fcalls":[{"id":"INJECTED"}],"x_keep":1},{"role":"assistant","content":"b"}]})");
    add("anthropic message name to openai", Format::Anthropic, Format::OpenAI,
        R"({"messages":[{"role":"user","content":"a","name":"INJECTED","x_keep":1},{"role":"assistant","content":"b"}]})");
    add("anthropic tool parameters to openai", Format::Anthropic, Format::OpenAI,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}],"tools":[{"name":"f","input_schema":{"type":"object"},"parameters":"INJECTED","x_keep":1}]})");
    add("openai envelope system to anthropic", Format::OpenAI, Format::Anthropic,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}],"system":"INJECTED","x_keep":1})");
    add("openai envelope migrated_at with the option", Format::OpenAI, Format::Anthropic,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}],"migrated_at":"INJECTED","x_keep":1})",
        true);
    add("openai envelope contents to gemini", Format::OpenAI, Format::Gemini,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}],"contents":"INJECTED","x_keep":1})");
    add("openai message from to sharegpt", Format::OpenAI, Format::ShareGpt,
        R"({"messages":[{"role":"user","content":"a","from":"INJECTED","x_keep":1},{"role":"assistant","content":"b"}]})");
    add("openai envelope instruction to alpaca", Format::OpenAI, Format::Alpaca,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}],"instruction":"INJECTED","x_keep":1})");
    add("sharegpt turn content to anthropic", Format::ShareGpt, Format::Anthropic,
        R"({"conversations":[{"from":"human","value":"a","content":"INJECTED","x_keep":1},{"from":"gpt","value":"b"}]})");
    add("gemini envelope messages to openai", Format::Gemini, Format::OpenAI,
        R"({"contents":[{"role":"user","parts":[{"text":"a"}]},{"role":"model","parts":[{"text":"b"}]}],"messages":"INJECTED","x_keep":1})");
    add("gemini part type to anthropic", Format::Gemini, Format::Anthropic,
        R"({"contents":[{"role":"user","parts":[{"text":"a","type":"INJECTED","x_keep":1}]},{"role":"model","parts":[{"text":"b"}]}]})");
    add("anthropic text block functionCall to gemini", Format::Anthropic, Format::Gemini,
        R"({"messages":[{"role":"user","content":[{"type":"text","text":"a","functionCall":{"name":"INJECTED"},"x_keep":1}]},{"role":"assistant","content":"b"}]})");
    add("openai tool function to sharegpt", Format::OpenAI, Format::ShareGpt,
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}],"tools":[{"type":"function","function":{"name":"f","function":{"name":"INJECTED"},"x_keep":1}}]})");
}

void TestConvertFormats::unknownFieldNamedLikeTargetMember()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QByteArray, record);
    QFETCH(bool, migratedAt);
    Options o;
    if (migratedAt)
        o.migratedAt = "2026-01-01T00:00:00Z";
    const Converted c
            = convert(Format(from), Format(to),
                      std::string_view(record.constData(), std::size_t(record.size())), o);
    QVERIFY2(c.ok, c.error.c_str());
    QVERIFY2(c.text.find("INJECTED") == std::string::npos, c.text.c_str());
    QVERIFY2(c.text.find("x_keep") != std::string::npos, c.text.c_str()); // may sit in a string
    QVERIFY(c.losses.has(LossKind::UnknownFieldNameTaken));
    QVERIFY(!lossKindText(LossKind::UnknownFieldNameTaken).isEmpty());
    JsonDoc back;
    QVERIFY(back.parse(c.text));
    QCOMPARE(back.duplicateKeys(), 0);
    Conversation again;
    RecordError err;
    QVERIFY2(readRecord(Format(to), back, again, err), err.reason.c_str());
}

void TestConvertFormats::bigIntegersVerbatimThroughEveryFormat()
{
    const char *rec
            = R"({"id":18446744073709551616123,"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}],"metadata":{"user":1764082150155797447,"f":1.0,"e":-0.0}})";
    for (Format to : kAllFormats) {
        const Converted there = convert(Format::OpenAI, to, rec);
        QVERIFY2(there.ok, formatName(to));
        const Converted back = convert(to, Format::OpenAI, there.text);
        QVERIFY2(back.ok, back.error.c_str());
        for (const char *digits :
             {"18446744073709551616123", "1764082150155797447", "\"f\":1.0", "\"e\":-0.0"})
            QVERIFY2(back.text.find(digits) != std::string::npos, digits);
    }
}

void TestConvertFormats::shapeErrorsRejected_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("record");
    const auto add = [](const char *name, Format f, const char *rec) {
        QTest::newRow(name) << int(f) << QByteArray(rec);
    };
    add("openai not an object", Format::OpenAI, "[1]");
    add("openai no messages", Format::OpenAI, R"({"id":1})");
    add("openai messages wrong type", Format::OpenAI, R"({"messages":{}})");
    add("openai message wrong type", Format::OpenAI, R"({"messages":["hi"]})");
    add("openai role missing", Format::OpenAI, R"({"messages":[{"content":"x"}]})");
    add("openai role unknown", Format::OpenAI, R"({"messages":[{"role":"robot","content":"x"}]})");
    add("openai content wrong type", Format::OpenAI,
        R"({"messages":[{"role":"user","content":5}]})");
    add("anthropic system role", Format::Anthropic,
        R"({"messages":[{"role":"system","content":"x"}]})");
    add("sharegpt no conversations", Format::ShareGpt, R"({"messages":[]})");
    add("sharegpt value not string", Format::ShareGpt,
        R"({"conversations":[{"from":"human","value":1}]})");
    add("sharegpt bad function_call", Format::ShareGpt,
        R"({"conversations":[{"from":"function_call","value":"not json"}]})");
    add("alpaca no output", Format::Alpaca, R"({"instruction":"x"})");
    add("alpaca bad history", Format::Alpaca,
        R"({"instruction":"x","output":"y","history":[["only one"]]})");
    add("gemini no contents", Format::Gemini, R"({"parts":[]})");
    add("gemini bad role", Format::Gemini, R"({"contents":[{"role":"bot","parts":[]}]})");
}

void TestConvertFormats::shapeErrorsRejected()
{
    QFETCH(int, format);
    QFETCH(QByteArray, record);
    JsonDoc doc;
    QVERIFY(doc.parse(std::string_view(record.constData(), std::size_t(record.size()))));
    Conversation conv;
    RecordError err;
    QVERIFY(!readRecord(Format(format), doc, conv, err));
    QVERIFY(!err.reason.empty());
}

void TestConvertFormats::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("container");
    QTest::addColumn<double>("minConfidence");
    for (const Sample &s : samples()) {
        if (QByteArray(s.name).endsWith("_text") && s.format != Format::Gemini
            && s.format != Format::ShareGpt && s.format != Format::Alpaca)
            continue; // plain messages: see the ambiguous row
        QTest::addRow("%s", s.name) << (QByteArray(s.record) + '\n' + QByteArray(s.record) + '\n')
                                    << int(s.format) << int(Container::Jsonl) << 0.99;
    }
    QTest::newRow("array of sharegpt") << (QByteArray("\xef\xbb\xbf[\n  ") + samples()[7].record
                                           + ",\n  " + samples()[8].record + "\n]\n")
                                       << int(Format::ShareGpt) << int(Container::Array) << 0.99;
    QTest::newRow("ambiguous plain messages") << QByteArray(
            R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]})"
            "\n") << int(Format::OpenAI) << int(Container::Jsonl)
                                              << 0.4;
    QTest::newRow("real drone sample") << readData(u"openai_drone_training.first3.jsonl"_s)
                                       << int(Format::OpenAI) << int(Container::Jsonl) << 0.99;
    QTest::newRow("real anthropic sample")
            << readData(u"anthropic_pydantic_ai_messages_requests.first12.jsonl"_s)
            << int(Format::Anthropic) << int(Container::Jsonl) << 0.7;
    QTest::newRow("real gemini sample")
            << readData(u"gemini_pydantic_ai_generatecontent_requests.sample12.jsonl"_s)
            << int(Format::Gemini) << int(Container::Jsonl) << 0.99;
    QTest::newRow("real alpaca sample") << readData(u"alpaca_oaast_sft_zh.sample6.json"_s)
                                        << int(Format::Alpaca) << int(Container::Array) << 0.99;
}

void TestConvertFormats::detection()
{
    QFETCH(QByteArray, head);
    QFETCH(int, format);
    QFETCH(int, container);
    QFETCH(double, minConfidence);
    const Detection d = detectFormat(std::string_view(head.constData(), std::size_t(head.size())));
    QCOMPARE(formatName(d.format), formatName(Format(format)));
    QCOMPARE(int(d.container), container);
    QVERIFY2(d.confidence >= minConfidence, qPrintable(QString::number(d.confidence)));
    QVERIFY(d.sampled > 0);
    QVERIFY(d.evidence.size() >= 2);
    if (minConfidence < 0.45) // the ambiguous case says so
        QVERIFY(d.confidence < 0.9);
}

void TestConvertFormats::formatNames()
{
    for (Format f : kAllFormats) {
        QCOMPARE(formatFromName(formatName(f)), std::optional<Format>(f));
        QVERIFY(!formatTitle(f).isEmpty());
    }
    QVERIFY(!formatFromName("xml"));
    const auto spec = formatSpecFromName("openai-array");
    QVERIFY(spec);
    QCOMPARE(formatName(spec->format), "openai");
    QCOMPARE(int(spec->container), int(Container::Array));
    QCOMPARE(int(formatSpecFromName("gemini")->container), int(Container::Jsonl));
    QCOMPARE(int(formatSpecFromName("alpaca-jsonl")->format), int(Format::Alpaca));
    QVERIFY(!formatSpecFromName("-array"));
    QVERIFY(!formatSpecFromName("xml-array"));
    for (int k = 0; k < int(LossKind::Count); ++k)
        QVERIFY(std::string_view(lossKindName(LossKind(k))) != "unknown");
}

// Golden files: tests/convert/golden/<sample>.jsonl holds the sample written in
// every format (openai, anthropic, sharegpt, alpaca, gemini: one line each, or
// {"rejected": reason}), with migrated_at fixed. CUTOVER_UPDATE_GOLDEN=1
// rewrites them; review the diff before committing.
void TestConvertFormats::golden_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("name");
    for (const Sample &s : samples())
        QTest::newRow(s.name) << int(s.format) << QByteArray(s.record)
                              << QString::fromLatin1(s.name);
}

void TestConvertFormats::golden()
{
    QFETCH(int, format);
    QFETCH(QByteArray, record);
    QFETCH(QString, name);
    Options o;
    o.migratedAt = "2026-01-01T00:00:00Z";
    QByteArray actual;
    for (Format to : kAllFormats) {
        const Converted c
                = convert(Format(format), to,
                          std::string_view(record.constData(), std::size_t(record.size())), o);
        if (c.ok) {
            actual += QByteArray::fromStdString(c.text);
        } else {
            std::string line = "{\"rejected\":";
            appendJsonQuoted(line, c.error);
            line += '}';
            actual += QByteArray::fromStdString(line);
        }
        actual += '\n';
    }
    const QString path = QStringLiteral(CONVERT_TEST_DATA) + u"/../golden/"_s + name + u".jsonl"_s;
    if (qEnvironmentVariableIntValue("CUTOVER_UPDATE_GOLDEN") == 1) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(actual, f.readAll());
}

QTEST_GUILESS_MAIN(TestConvertFormats)
#include "tst_convertformats.moc"
