// Incremental SSE/NDJSON decoding and protocol folding: the same events and
// the same folded result for any split of the bytes. Recorded streams in
// data/ come from pydantic-ai cassettes and vercel/ai fixtures (data/SOURCES.md).
#include "core/providers/protocol.h"
#include "core/providers/resultfolder.h"
#include "core/providers/ssedecoder.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Cutover;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(qEnvironmentVariable("CUTOVER_SOURCE_DIR") + u"/tests/providers/data/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QByteArray bytes = f.readAll();
    if (name.endsWith(u".chunks.jsonl"_s)) { // one data payload per line -> SSE
        QByteArray sse;
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.trimmed().isEmpty())
                sse += "data: " + line + "\n\n";
        }
        return sse;
    }
    return bytes;
}

QList<SseEvent> decodeChunks(const QList<QByteArrayView> &chunks)
{
    SseDecoder d;
    QList<SseEvent> out;
    for (QByteArrayView c : chunks)
        out += d.feed(c);
    return out;
}

struct Folded
{
    ChatResult result;
    bool complete = false;
    bool error = false;
};

Folded fold(EndpointProtocol protocol, const QList<QByteArrayView> &chunks)
{
    SseDecoder d;
    auto adapter = ProtocolAdapter::create(protocol);
    ResultFolder folder;
    for (QByteArrayView c : chunks) {
        QList<StreamEvent> events;
        for (const SseEvent &e : d.feed(c))
            adapter->onSseEvent(e, events);
        for (const StreamEvent &e : events)
            folder.add(e);
    }
    return Folded{folder.result(), adapter->streamComplete(), folder.hasError()};
}

QByteArray withLineEnds(QByteArray bytes, const QByteArray &eol)
{
    bytes.replace("\n", eol);
    return bytes;
}

void compare(const Folded &a, const Folded &b, const QByteArray &where)
{
    QVERIFY2(a.result.text == b.result.text, where.constData());
    QVERIFY2(a.result.reasoning == b.result.reasoning, where.constData());
    QVERIFY2(a.result.toolCalls == b.result.toolCalls, where.constData());
    QVERIFY2(a.result.finishReason == b.result.finishReason, where.constData());
    QVERIFY2(a.result.usage == b.result.usage, where.constData());
    QVERIFY2(a.complete == b.complete && a.error == b.error, where.constData());
}

} // namespace

class TestDecoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sseBasics_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected"); // "event|data|id" per event
        QTest::addRow("lf") << QByteArray("data: a\n\ndata: b\n\n")
                            << QStringList{u"message|a|"_s, u"message|b|"_s};
        QTest::addRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n")
                              << QStringList{u"message|a|"_s, u"message|b|"_s};
        QTest::addRow("cr") << QByteArray("data: a\r\rdata: b\r\r")
                            << QStringList{u"message|a|"_s, u"message|b|"_s};
        QTest::addRow("mixed") << QByteArray("data: a\r\n\ndata: b\r\r\n")
                               << QStringList{u"message|a|"_s, u"message|b|"_s};
        QTest::addRow("multi-line data") << QByteArray("data: one\ndata:two\ndata:  three\n\n")
                                         << QStringList{u"message|one\ntwo\n three|"_s};
        QTest::addRow("comments and named events")
                << QByteArray(": keep-alive\nevent: ping\ndata: {}\n\n:x\nevent: "
                              "message_stop\ndata: {\"a\":1}\n\n")
                << QStringList{u"ping|{}|"_s, u"message_stop|{\"a\":1}|"_s};
        QTest::addRow("id and retry") << QByteArray("id: 7\nretry: 100\ndata: x\n\ndata: y\n\n")
                                      << QStringList{u"message|x|7"_s, u"message|y|7"_s};
        QTest::addRow("event without data is dropped")
                << QByteArray("event: ping\n\ndata: z\n\n") << QStringList{u"message|z|"_s};
        QTest::addRow("empty data line") << QByteArray("data\n\n") << QStringList{u"message||"_s};
        QTest::addRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "data: b\n\n")
                             << QStringList{u"message|b|"_s};
        QTest::addRow("utf8") << QByteArray("data: \xE4\xB8\x96\xE7\x95\x8C \xF0\x9F\x98\x80\n\n")
                              << QStringList{u"message|世界 😀|"_s};
        QTest::addRow("unterminated last event")
                << QByteArray("data: a\n\ndata: b\n") << QStringList{u"message|a|"_s};
    }

    void sseBasics()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        // Whole, then every two-way split, then one byte at a time.
        QList<QList<QByteArrayView>> splits;
        splits << QList<QByteArrayView>{bytes};
        for (qsizetype k = 1; k < bytes.size(); ++k)
            splits << QList<QByteArrayView>{QByteArrayView(bytes).first(k),
                                            QByteArrayView(bytes).sliced(k)};
        QList<QByteArrayView> bytewise;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytewise << QByteArrayView(bytes).sliced(i, 1);
        splits << bytewise;
        for (const auto &chunks : std::as_const(splits)) {
            QStringList got;
            for (const SseEvent &e : decodeChunks(chunks))
                got << e.event + u'|' + e.data + u'|' + e.id;
            QCOMPARE(got, expected);
        }
    }

    void partialEventFlag()
    {
        SseDecoder d;
        QCOMPARE(d.feed("data: a\n\n").size(), 1);
        QVERIFY(!d.hasPartialEvent());
        QCOMPARE(d.feed("data: {\"par").size(), 0);
        QVERIFY(d.hasPartialEvent());
    }

    void ndjson()
    {
        const QByteArray bytes("{\"a\":1}\r\n\n{\"b\":\"\xE4\xB8\x96\"}\n{\"done\":true}");
        for (qsizetype k = 0; k <= bytes.size(); ++k) {
            NdjsonDecoder d;
            QList<QByteArray> lines = d.feed(QByteArrayView(bytes).first(k));
            lines += d.feed(QByteArrayView(bytes).sliced(k));
            QCOMPARE(lines, (QList<QByteArray>{"{\"a\":1}", "{\"b\":\"\xE4\xB8\x96\"}"}));
            QCOMPARE(d.remainder(), QByteArray("{\"done\":true}"));
        }
    }

    void recordedStreams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("textStart");
        QTest::addColumn<int>("toolCalls");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<bool>("allSplits");
        const int oa = int(EndpointProtocol::OpenAi);
        const int an = int(EndpointProtocol::Anthropic);
        QTest::addRow("openai text") << u"openai_chat_text_include_usage.sse"_s << oa
                                     << u"The capital of Mexico is Mexico City."_s << 0 << u"stop"_s
                                     << qint64(14) << qint64(8) << true;
        QTest::addRow("openai fragmented args")
                << u"openai_chat_tool_call_fragmented_args.sse"_s << oa << QString() << 1
                << u"tool_calls"_s << qint64(423) << qint64(15) << true;
        QTest::addRow("openai parallel tools")
                << u"openai_chat_parallel_tool_calls.sse"_s << oa << QString() << 2
                << u"tool_calls"_s << qint64(364) << qint64(40) << true;
        QTest::addRow("compat index 1 only")
                << u"vercel-ai_openai-compatible_anthropic-fallback-tool-call.sse"_s << oa
                << u"Reading it."_s << 1 << u"tool_calls"_s << qint64(-1) << qint64(-1) << true;
        QTest::addRow("qwen tool call")
                << u"vercel-ai_alibaba-tool-call.chunks.jsonl"_s << oa << QString() << 1
                << u"tool_calls"_s << qint64(295) << qint64(22) << true;
        QTest::addRow("mistral no index")
                << u"vercel-ai_mistral-tool-call.chunks.jsonl"_s << oa << QString() << 1
                << u"tool_calls"_s << qint64(124) << qint64(22) << true;
        QTest::addRow("anthropic redacted thinking")
                << u"anthropic_redacted_thinking.sse"_s << an << u"I notice that you've sent"_s << 0
                << u"stop"_s << qint64(92) << qint64(189) << true;
        QTest::addRow("anthropic server tool") << u"anthropic_server_tool_input_json_delta.sse"_s
                                               << an << u"I'll calculate that expression"_s << 0
                                               << u"stop"_s << qint64(4714) << qint64(304) << true;
        QTest::addRow("anthropic tool no args")
                << u"vercel-ai_anthropic-tool-no-args.chunks.jsonl"_s << an
                << u"I'll update the issue list for you."_s << 1 << u"tool_calls"_s << qint64(565)
                << qint64(48) << true;
        QTest::addRow("anthropic json tool")
                << u"vercel-ai_anthropic-json-tool.1.chunks.jsonl"_s << an << QString() << 1
                << u"tool_calls"_s << qint64(-2) << qint64(-2) << true;
        QTest::addRow("anthropic thinking")
                << u"anthropic_thinking_signature_text.sse"_s << an << u"Here are the basic steps"_s
                << 0 << u"stop"_s << qint64(43) << qint64(282) << false;
    }

    void recordedStreams()
    {
        QFETCH(QString, file);
        QFETCH(int, protocol);
        QFETCH(QString, textStart);
        QFETCH(int, toolCalls);
        QFETCH(QString, finish);
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        QFETCH(bool, allSplits);
        const auto p = EndpointProtocol(protocol);
        const QByteArray bytes = readData(file);
        const Folded whole = fold(p, {bytes});
        QVERIFY(whole.complete);
        QVERIFY(!whole.error);
        QVERIFY2(whole.result.text.startsWith(textStart), qPrintable(whole.result.text));
        QCOMPARE(whole.result.toolCalls.size(), toolCalls);
        QCOMPARE(whole.result.finishReason, finish);
        if (input == -1) { // the recording has no usage: unknown, not zero
            QVERIFY(!whole.result.usage.input.has_value());
            QVERIFY(!whole.result.usage.output.has_value());
        } else if (input >= 0) {
            QCOMPARE(whole.result.usage.input, std::optional<qint64>(input));
            QCOMPARE(whole.result.usage.output, std::optional<qint64>(output));
        }
        for (const ToolCall &c : whole.result.toolCalls) {
            QVERIFY(!c.id.isEmpty());
            QVERIFY(!c.name.isEmpty());
            QVERIFY2(!c.arguments.isEmpty(), qPrintable(c.name));
        }

        // CRLF and CR framing decode to the same result.
        compare(fold(p, {withLineEnds(bytes, "\r\n")}), whole, "crlf");
        compare(fold(p, {withLineEnds(bytes, "\r")}), whole, "cr");
        // Every two-way split (small files), one byte at a time, random chunks.
        if (allSplits) {
            for (qsizetype k = 1; k < bytes.size(); ++k) {
                compare(fold(p, {QByteArrayView(bytes).first(k), QByteArrayView(bytes).sliced(k)}),
                        whole, "split at " + QByteArray::number(k));
            }
        }
        QList<QByteArrayView> bytewise;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytewise << QByteArrayView(bytes).sliced(i, 1);
        compare(fold(p, bytewise), whole, "bytewise");
        QRandomGenerator rng(42);
        for (int round = 0; round < 20; ++round) {
            QList<QByteArrayView> chunks;
            for (qsizetype i = 0; i < bytes.size();) {
                const qsizetype n = std::min<qsizetype>(1 + rng.bounded(64), bytes.size() - i);
                chunks << QByteArrayView(bytes).sliced(i, n);
                i += n;
            }
            compare(fold(p, chunks), whole, "random round " + QByteArray::number(round));
        }
    }

    void recordedDetails()
    {
        const Folded frag = fold(EndpointProtocol::OpenAi,
                                 {readData(u"openai_chat_tool_call_fragmented_args.sse"_s)});
        QCOMPARE(frag.result.toolCalls.value(0),
                 (ToolCall{u"call_LwxJUB9KppVyogRRLQsamRJv"_s, u"get_weather"_s,
                           u"{\"city\":\"Mexico City\"}"_s}));
        const Folded qwen = fold(EndpointProtocol::OpenAi,
                                 {readData(u"vercel-ai_alibaba-tool-call.chunks.jsonl"_s)});
        QCOMPARE(qwen.result.toolCalls.value(0).arguments, u"{\"location\": \"San Francisco\"}"_s);
        QCOMPARE(qwen.result.toolCalls.value(0).id, u"call_eee11723464a4b9eb8cee71d"_s);
        const Folded noArgs = fold(EndpointProtocol::Anthropic,
                                   {readData(u"vercel-ai_anthropic-tool-no-args.chunks.jsonl"_s)});
        QCOMPARE(noArgs.result.toolCalls.value(0).arguments, u"{}"_s);
        const Folded thinking = fold(EndpointProtocol::Anthropic,
                                     {readData(u"anthropic_thinking_signature_text.sse"_s)});
        QVERIFY(thinking.result.reasoning.startsWith(
                u"This is a straightforward question about"_s));
        QCOMPARE(thinking.result.model, u"claude-sonnet-4-20250514"_s);
        QVERIFY(thinking.result.reasoningSignature.size() > 20);
        QCOMPARE(thinking.result.usage.cachedInput, std::optional<qint64>(0));
    }

    void errorAfter200IsAnError()
    {
        const QByteArray bytes = readData(u"groq_chat_event_error_after_200.sse"_s);
        const Folded whole = fold(EndpointProtocol::OpenAi, {bytes});
        QVERIFY(whole.error);
        QVERIFY(!whole.complete);
        QVERIFY(!whole.result.reasoning.isEmpty());
        QList<QByteArrayView> bytewise;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytewise << QByteArrayView(bytes).sliced(i, 1);
        compare(fold(EndpointProtocol::OpenAi, bytewise), whole, "bytewise");
    }

    void cutStreamIsNotComplete()
    {
        const QByteArray bytes = readData(u"openai_chat_text_include_usage.sse"_s);
        const qsizetype cut = bytes.indexOf("\"finish_reason\":\"stop\"");
        QVERIFY(cut > 0);
        const Folded partial = fold(EndpointProtocol::OpenAi, {QByteArrayView(bytes).first(cut)});
        QVERIFY(!partial.complete);
        QVERIFY(partial.result.text.startsWith(u"The capital"_s));
        QVERIFY(!partial.result.usage.input.has_value()); // unknown, not zero
        const QByteArray an = readData(u"anthropic_redacted_thinking.sse"_s);
        QVERIFY(!fold(EndpointProtocol::Anthropic, {QByteArrayView(an).first(an.size() - 40)})
                         .complete);
    }
    void oversizedEventsStopTheDecoder()
    {
        SseDecoder d;
        const QByteArray big(SseDecoder::kMaxEventBytes / 4, 'x');
        QList<SseEvent> events = d.feed("data: small\n\n");
        QCOMPARE(events.size(), 1);
        for (int i = 0; i < 5 && !d.overflowed(); ++i)
            events += d.feed(QByteArray("data: " + big + "\n")); // one event growing past the limit
        QVERIFY(d.overflowed());
        QCOMPARE(d.feed("\n\ndata: after\n\n").size(), 0);

        SseDecoder line;
        for (int i = 0; i < 5 && !line.overflowed(); ++i)
            line.feed(big); // a line that never ends
        QVERIFY(line.overflowed());
    }
};

QTEST_GUILESS_MAIN(TestDecoders)
#include "tst_decoders.moc"
