// Test cases from stored conversations (issue 4): the same small conversation
// set in each of the five formats becomes the same cases; conversations
// without a user turn are counted and listed; converted files give the cases
// their source gives.

#include "core/convert/conversionjob.h"
#include "core/runs/conversationcases.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(CONVERSATION_DATA)).filePath(name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QString kHistory
        = uR"([{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"}])"_s;

} // namespace

class TestConversationCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormat_data();
    void everyFormat();
    void toolCallsAndImages();
    void convertedFilesGiveTheSameCases_data();
    void convertedFilesGiveTheSameCases();
    void badRecordNamesFileAndLine();
    void wrongFormatGiven();
    void emptyFileAndMissingFile();
    void cancelled();
};

void TestConversationCases::everyFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("container");
    QTest::addColumn<int>("skipped"); // the "Greeter" record has no user turn (not in Alpaca)
    QTest::addRow("openai") << u"openai.jsonl"_s << int(Convert::Format::OpenAI)
                            << int(Convert::Container::Jsonl) << 1;
    QTest::addRow("anthropic") << u"anthropic.jsonl"_s << int(Convert::Format::Anthropic)
                               << int(Convert::Container::Jsonl) << 1;
    QTest::addRow("sharegpt array") << u"sharegpt.json"_s << int(Convert::Format::ShareGpt)
                                    << int(Convert::Container::Array) << 1;
    QTest::addRow("alpaca") << u"alpaca.jsonl"_s << int(Convert::Format::Alpaca)
                            << int(Convert::Container::Jsonl) << 0;
    QTest::addRow("gemini") << u"gemini.jsonl"_s << int(Convert::Format::Gemini)
                            << int(Convert::Container::Jsonl) << 1;
}

void TestConversationCases::everyFormat()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, container);
    QFETCH(int, skipped);
    for (const bool detect : {true, false}) {
        ConversationCases::Options options;
        if (!detect)
            options.format = Convert::Format(format); // the container is found from the bytes
        auto r = ConversationCases::fromFile(fixture(file), options);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const ConversationCases::Import &im = r.value();
        QCOMPARE(int(im.format), format);
        QCOMPARE(int(im.container), container);
        QCOMPARE(im.detected, detect);
        QCOMPARE(im.records, std::uint64_t(2 + skipped));
        QCOMPARE(im.skippedCount, std::uint64_t(skipped));
        QCOMPARE(im.result.cases.size(), 2);
        QCOMPARE(im.records, im.skippedCount + std::uint64_t(im.result.cases.size()));
        QCOMPARE(im.result.variables, (QStringList{u"system"_s, u"input"_s, u"history"_s}));

        // multi-turn: system, the last user turn, the turns before it, the last answer
        const TestCase &multi = im.result.cases.at(0);
        QCOMPARE(multi.variables.value(u"system"_s), u"Be brief."_s);
        QCOMPARE(multi.variables.value(u"input"_s), u"Price of plan B?"_s);
        QCOMPARE(multi.variables.value(u"history"_s), kHistory);
        QCOMPARE(multi.reference, std::optional<QString>(u"12 EUR a month."_s));
        QCOMPARE(multi.tags, (QStringList{u"billing"_s, u"multi-turn"_s}));

        // single turn: every variable is there, history empty
        const TestCase &single = im.result.cases.at(1);
        QCOMPARE(single.variables.value(u"system"_s), QString());
        QVERIFY(single.variables.contains(u"system"_s));
        QCOMPARE(single.variables.value(u"input"_s), u"What is 2+2?"_s);
        QCOMPARE(single.variables.value(u"history"_s), u"[]"_s);
        QCOMPARE(single.reference, std::optional<QString>(u"4"_s));
        QVERIFY(single.tags.isEmpty());

        // never dropped silently: the record without a user turn is listed with its line
        if (skipped) {
            QCOMPARE(im.skipped.size(), 1);
            const std::uint64_t line = container == int(Convert::Container::Array) ? 4 : 3;
            QCOMPARE(im.skipped.at(0).line, line);
            QVERIFY(im.skipped.at(0).reason.contains(u"no user turn"));
            QCOMPARE(im.result.warnings.size(), 1);
            QVERIFY2(im.result.warnings.at(0).contains(file)
                             && im.result.warnings.at(0).contains(u"1 of 3"),
                     qPrintable(im.result.warnings.at(0)));
        } else {
            QVERIFY(im.result.warnings.isEmpty());
        }
    }
}

void TestConversationCases::toolCallsAndImages()
{
    auto r = ConversationCases::fromFile(fixture(u"tools.jsonl"_s));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->result.cases.size(), 1);
    const TestCase &tc = r->result.cases.at(0);
    QCOMPARE(tc.variables.value(u"input"_s), u"And this?"_s);
    QVERIFY(!tc.reference.has_value()); // ends with the user's turn
    const QJsonArray history
            = QJsonDocument::fromJson(tc.variables.value(u"history"_s).toUtf8()).array();
    QCOMPARE(history.size(), 4);
    QCOMPARE(history[1][u"role"_s].toString(), u"assistant"_s);
    QCOMPARE(history[1][u"tool_calls"_s][0][u"name"_s].toString(), u"get_weather"_s);
    QCOMPARE(history[1][u"tool_calls"_s][0][u"arguments"_s].toString(), uR"({"city":"Oslo"})"_s);
    QCOMPARE(history[2][u"role"_s].toString(), u"tool"_s);
    QCOMPARE(history[2][u"content"_s].toString(), u"sunny"_s);
    QCOMPARE(history[3][u"content"_s].toString(), u"Sunny in Oslo."_s);
    QCOMPARE(r->withDroppedParts, 1u); // the image
    QCOMPARE(r->result.warnings.size(), 1);
    QVERIFY(r->result.warnings.at(0).contains(u"images"));
}

void TestConversationCases::convertedFilesGiveTheSameCases_data()
{
    QTest::addColumn<QString>("target");
    for (const char *t : {"anthropic", "sharegpt-array", "gemini", "openai-array"})
        QTest::addRow("%s", t) << QString::fromLatin1(t);
}

void TestConversationCases::convertedFilesGiveTheSameCases()
{
    QFETCH(QString, target);
    QTemporaryDir dir;
    const auto spec = Convert::formatSpecFromName(target.toStdString());
    QVERIFY(spec);
    Convert::JobConfig config;
    config.inputPath = fixture(u"openai.jsonl"_s);
    config.outputPath = dir.filePath(u"converted.jsonl"_s);
    config.to = spec->format;
    config.toContainer = spec->container;
    QVERIFY(Convert::runConversion(config).ok());
    auto original = ConversationCases::fromFile(config.inputPath);
    auto converted = ConversationCases::fromFile(config.outputPath);
    QVERIFY2(converted.ok(), converted.ok() ? "" : qPrintable(converted.error().message));
    QCOMPARE(converted->format, spec->format);
    QCOMPARE(converted->container, spec->container);
    QCOMPARE(converted->skippedCount, original->skippedCount);
    QCOMPARE(converted->result.cases.size(), original->result.cases.size());
    for (qsizetype i = 0; i < original->result.cases.size(); ++i) {
        const TestCase &a = original->result.cases.at(i), &b = converted->result.cases.at(i);
        QCOMPARE(b.variables, a.variables);
        QCOMPARE(b.reference, a.reference);
        if (spec->format != Convert::Format::ShareGpt) // ShareGPT has no place for metadata
            QCOMPARE(b.tags, a.tags);
    }
}

void TestConversationCases::badRecordNamesFileAndLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chats.jsonl"_s);
    QVERIFY(writeFile(path, R"({"messages":[{"role":"user","content":"a"}]})"
                            "\n"
                            R"({"messages":[{"role":"user","content":"b"}]})"
                            "\n{\"messages\": [oops\n"));
    auto r = ConversationCases::fromFile(path, {Convert::Format::OpenAI, std::nullopt});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.error().message.startsWith(u"chats.jsonl:3: "), qPrintable(r.error().message));
}

void TestConversationCases::wrongFormatGiven()
{
    auto r = ConversationCases::fromFile(fixture(u"gemini.jsonl"_s),
                                         {Convert::Format::ShareGpt, std::nullopt});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"gemini.jsonl:1: ")
                     && r.error().message.contains(u"ShareGPT"),
             qPrintable(r.error().message));
}

void TestConversationCases::emptyFileAndMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"empty.jsonl"_s), "\n\n"));
    for (const bool detect : {true, false}) {
        ConversationCases::Options options;
        if (!detect)
            options.format = Convert::Format::OpenAI;
        auto r = ConversationCases::fromFile(dir.filePath(u"empty.jsonl"_s), options);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"no conversations"));
    }
    auto missing = ConversationCases::fromFile(dir.filePath(u"gone.jsonl"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Io);
    QVERIFY(missing.error().message.contains(u"gone.jsonl"));
}

void TestConversationCases::cancelled()
{
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 0; i < 20000; ++i)
        data += R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})"
                "\n";
    QVERIFY(writeFile(dir.filePath(u"big.jsonl"_s), data));
    std::atomic<bool> cancel{false};
    int calls = 0;
    auto r = ConversationCases::fromFile(
            dir.filePath(u"big.jsonl"_s), {},
            [&](const Convert::Progress &p) {
                ++calls;
                QVERIFY(p.bytesTotal == std::uint64_t(data.size()));
                cancel = true;
            },
            &cancel);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Cancelled);
    QCOMPARE(calls, 1);

    cancel = false;
    std::uint64_t last = 0;
    r = ConversationCases::fromFile(dir.filePath(u"big.jsonl"_s), {},
                                    [&](const Convert::Progress &p) { last = p.bytesRead; });
    QVERIFY(r.ok());
    QCOMPARE(r->result.cases.size(), 20000);
    QCOMPARE(last, std::uint64_t(data.size()));
}

QTEST_GUILESS_MAIN(TestConversationCases)
#include "tst_conversationcases.moc"
