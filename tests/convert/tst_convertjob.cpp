// The streaming conversion job: accounting, rejects file, loss report, bad
// input lines, both containers, threads, dry run, cancel and atomic output.

#include "core/convert/conversionhistory.h"
#include "core/convert/conversionjob.h"
#include "core/convert/detect.h"
#include "core/convert/preview.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using namespace Cutover::Convert;
using namespace Qt::StringLiterals;

namespace {

QByteArray goodRecord(int i)
{
    return QByteArray(R"({"id":"conv_)") + QByteArray::number(i)
           + R"(","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Question )"
           + QByteArray::number(i)
           + R"( \u00e9 \ud83d\ude00"},{"role":"assistant","content":"Answer"}],"metadata":{"n":)"
           + QByteArray::number(i) + R"(,"big":1764082150155797447}})";
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestConvertJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badLinesAccountedAndQuarantined();
    void threadsGiveTheSameOutput_data();
    void threadsGiveTheSameOutput();
    void arrayInputAndBrokenArray();
    void cancelLeavesNoOutput();
    void failedRunLeavesOldOutputAlone();
    void dryRunOnSample();
    void stopOnReject();
    void unreadableInput();
    void migratedAtAddedWhenAsked();
    void previewShowsRecordsAsParsed();
    void severalInputsAsOneStream_data();
    void severalInputsAsOneStream();
    void severalInputsSampleAndStop();
    void severalInputsCheckedUpFront();
    void sameFileNameNamedByPath();
    void mixedFormatsRefused();
    void historyRecordsEveryInput();
};

void TestConvertJob::badLinesAccountedAndQuarantined()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray data = "\xef\xbb\xbf"; // BOM
    int line = 0;
    auto add = [&](const QByteArray &l, const char *eol = "\n") {
        data += l;
        data += eol;
        ++line;
    };
    for (int i = 1; i <= 5; ++i)
        add(goodRecord(i));
    add("");                       // line 6: blank
    add(goodRecord(7), "\r\n");    // line 7: CRLF
    add("   ");                    // line 8: blank
    add(R"({"messages":"nope"})"); // line 9: wrong type
    for (int i = 10; i <= 16; ++i)
        add(goodRecord(i));
    QByteArray bad = goodRecord(17);
    const int badColumn = bad.indexOf("Question") + 1;
    bad.insert(badColumn - 1, "\xff\xfe"); // line 17: invalid UTF-8
    add(bad);
    // line 18: a 5 MB message
    const QByteArray huge(5 * 1024 * 1024, 'x');
    add(R"({"messages":[{"role":"user","content":")" + huge
        + R"("},{"role":"assistant","content":"ok"}]})");
    add(R"({"messages":[{"role":"user","content":"a"}],"k":1,"k":2})"); // line 19: duplicate key
    data += R"({"messages":[{"role":"user","conte)"; // line 20: truncated, no newline
    const QString in = dir.filePath(u"input.jsonl"_s);
    QVERIFY(writeFile(in, data));

    JobConfig config;
    config.inputPath = in;
    config.outputPath = dir.filePath(u"out.jsonl"_s);
    config.rejectsPath = dir.filePath(u"rejects.txt"_s);
    config.reportPath = dir.filePath(u"report.json"_s);
    config.from = Format::OpenAI;
    config.to = Format::Anthropic;
    config.batchBytes = 1024; // many small batches; the 5 MB line spans several reads
    QList<Progress> progress;
    const auto r = runConversion(config, [&](const Progress &p) { progress.append(p); });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const Summary &s = r.value();
    QCOMPARE(s.recordsIn, 18u);
    QCOMPARE(s.rejected, 3u);
    QCOMPARE(s.converted, 15u);
    QVERIFY(s.balanced());
    QCOMPARE(s.blankLines, 2u);
    QCOMPARE(s.crlfLines, 1u);
    QVERIFY(s.bom);
    QVERIFY(s.unterminatedLast);
    QCOMPARE(s.recordsWithDuplicateKeys, 1u);
    QCOMPARE(s.recordsWithBigIntegers, 13u); // the huge and the duplicate-key records have none
    QCOMPARE(s.convertedWithLosses, 0u);     // one system message, alternating turns: nothing lost
    QCOMPARE(s.bytesIn, std::uint64_t(data.size()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().records, 18u);
    QCOMPARE(progress.last().bytesTotal, std::uint64_t(data.size()));

    const QList<QByteArray> outLines = readFile(config.outputPath).split('\n');
    QCOMPARE(outLines.size(), 16); // 15 records + the empty string after the last newline
    QVERIFY(!outLines[14].isEmpty());
    bool hugeKept = false;
    for (const QByteArray &l : outLines) {
        if (l.isEmpty())
            continue;
        QJsonParseError pe;
        QJsonDocument::fromJson(l, &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        hugeKept = hugeKept || l.contains(huge);
        QVERIFY(!l.contains('\r'));
    }
    QVERIFY(hugeKept);

    const QByteArray rejects = readFile(config.rejectsPath);
    const QByteArray where
            = "# input.jsonl:17:" + QByteArray::number(badColumn) + ": invalid_utf8: ";
    QVERIFY2(rejects.contains(where), rejects.left(600).constData());
    QVERIFY(rejects.contains(QByteArray(bad + "\n"))); // verbatim, invalid bytes and all
    QVERIFY(rejects.contains("# input.jsonl:9:"));
    QVERIFY(rejects.contains("bad_shape"));
    QVERIFY(rejects.contains("# input.jsonl:20:"));
    QVERIFY(rejects.contains("truncated"));
    QVERIFY(!rejects.contains("\xef\xbf\xbd")); // never a silent U+FFFD

    const QJsonObject report = QJsonDocument::fromJson(readFile(config.reportPath)).object();
    QCOMPARE(report[u"records_in"_s].toInt(), 18);
    QCOMPARE(report[u"converted"_s].toInt(), 15);
    QCOMPARE(report[u"rejected"_s].toInt(), 3);
    QCOMPARE(report[u"balanced"_s].toBool(), true);
    QCOMPARE(report[u"rejects_by_reason"_s][u"invalid_utf8"_s].toInt(), 1);
    QCOMPARE(report[u"rejects_by_reason"_s][u"bad_shape"_s].toInt(), 1);
    const QJsonArray first = report[u"first_rejects"_s].toArray();
    QCOMPARE(first.size(), 3);
    QCOMPARE(first[1][u"line"_s].toInt(), 17);
    const qint64 badByte = data.indexOf("\xff\xfe");
    QCOMPARE(qint64(first[1][u"byte"_s].toDouble()), badByte);
}

void TestConvertJob::threadsGiveTheSameOutput_data()
{
    QTest::addColumn<int>("container");
    QTest::newRow("jsonl") << int(Container::Jsonl);
    QTest::newRow("array") << int(Container::Array);
}

void TestConvertJob::threadsGiveTheSameOutput()
{
    QFETCH(int, container);
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 0; i < 3000; ++i) {
        data += goodRecord(i);
        if (i % 7 == 0) // an unknown top-level field on every 7th record
            data.chop(1), data += R"(,"x":1})";
        data += '\n';
        if (i % 500 == 250)
            data += "{broken\n";
    }
    const QString in = dir.filePath(u"in.jsonl"_s);
    QVERIFY(writeFile(in, data));
    QByteArray outputs[2];
    Summary summaries[2];
    for (int t = 0; t < 2; ++t) {
        JobConfig c;
        c.inputPath = in;
        c.outputPath = dir.filePath(u"out%1.json"_s.arg(t));
        c.rejectsPath = dir.filePath(u"rej%1.txt"_s.arg(t));
        c.from = Format::OpenAI;
        c.to = Format::Gemini;
        c.toContainer = Container(container);
        c.threads = t + 1;
        c.batchBytes = 8192;
        c.syncToDisk = t == 0;
        const auto r = runConversion(c);
        QVERIFY(r.ok());
        outputs[t] = readFile(c.outputPath);
        summaries[t] = r.value();
        QCOMPARE(readFile(c.rejectsPath).count("# in.jsonl:"), 6);
    }
    QCOMPARE(outputs[1], outputs[0]);
    QCOMPARE(summaries[1].recordsIn, summaries[0].recordsIn);
    QCOMPARE(summaries[0].recordsIn, 3006u);
    QCOMPARE(summaries[0].rejected, 6u);
    QVERIFY(summaries[0].balanced() && summaries[1].balanced());
    if (Container(container) == Container::Array) {
        const QJsonDocument d = QJsonDocument::fromJson(outputs[0]);
        QVERIFY(d.isArray());
        QCOMPARE(d.array().size(), 3000);
    } else {
        QCOMPARE(outputs[0].count('\n'), 3000);
    }
}

void TestConvertJob::arrayInputAndBrokenArray()
{
    QTemporaryDir dir;
    const QByteArray data
            = "[\n  {\"conversations\": [{\"from\": \"human\", \"value\": \"a, ] }\"},\n"
              "     {\"from\": \"gpt\", \"value\": \"b\"}]},\n"
              "  {\"conversations\": [{\"from\": \"human\", \"value\": \"c\"}, {\"from\": \"gpt\", "
              "\"value\": \"d\"}]}\n"
              "  garbage here, {\"conversations\": []}\n]\n";
    const QString in = dir.filePath(u"in.json"_s);
    QVERIFY(writeFile(in, data));
    JobConfig c;
    c.inputPath = in;
    c.outputPath = dir.filePath(u"out.jsonl"_s);
    c.rejectsPath = dir.filePath(u"rej.txt"_s);
    c.from = Format::ShareGpt;
    c.fromContainer = Container::Array;
    c.to = Format::OpenAI;
    const auto r = runConversion(c);
    QVERIFY(r.ok());
    QCOMPARE(r->recordsIn, 3u);
    QCOMPARE(r->converted, 2u);
    QCOMPARE(r->rejected, 1u);
    QVERIFY(r->skippedBytes > 0);
    QVERIFY(readFile(c.rejectsPath).contains("# in.json:5:"));
    QVERIFY(readFile(c.rejectsPath).contains("broken_array"));
    const QList<QByteArray> lines = readFile(c.outputPath).trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].contains(R"("content":"a, ] }")"));
}

void TestConvertJob::cancelLeavesNoOutput()
{
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 0; i < 2000; ++i)
        data += goodRecord(i) + '\n';
    const QString in = dir.filePath(u"in.jsonl"_s);
    QVERIFY(writeFile(in, data));
    for (int threads : {1, 2}) {
        JobConfig c;
        c.inputPath = in;
        c.outputPath = dir.filePath(u"out.jsonl"_s);
        c.rejectsPath = dir.filePath(u"rej.txt"_s);
        c.reportPath = dir.filePath(u"report.json"_s);
        c.threads = threads;
        c.batchBytes = 4096;
        std::atomic<bool> cancel{false};
        int calls = 0;
        const auto r = runConversion(
                c,
                [&](const Progress &) {
                    if (++calls == 3)
                        cancel = true;
                },
                &cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Cutover::ErrorKind::Cancelled);
        QVERIFY(calls >= 3);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"in.jsonl"_s});
    }
}

void TestConvertJob::failedRunLeavesOldOutputAlone()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in.jsonl"_s);
    QVERIFY(writeFile(in, goodRecord(1) + "\n{bad\n"));
    const QString out = dir.filePath(u"out.jsonl"_s);
    QVERIFY(writeFile(out, "previous output\n"));
    JobConfig c;
    c.inputPath = in;
    c.outputPath = out;
    c.stopOnReject = true;
    const auto r = runConversion(c);
    QVERIFY(!r.ok());
    QCOMPARE(readFile(out), QByteArray("previous output\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestConvertJob::dryRunOnSample()
{
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 0; i < 100; ++i)
        data += goodRecord(i) + '\n';
    const QString in = dir.filePath(u"in.jsonl"_s);
    QVERIFY(writeFile(in, data));
    JobConfig c;
    c.inputPath = in;
    c.to = Format::Alpaca;
    c.maxRecords = 10;
    c.batchBytes = 1000;
    const auto r = runConversion(c);
    QVERIFY(r.ok());
    QVERIFY(r->dryRun);
    QCOMPARE(r->recordsIn, 10u);
    QCOMPARE(r->converted, 10u);
    QVERIFY(r->bytesOut > 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestConvertJob::stopOnReject()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in.jsonl"_s);
    QVERIFY(writeFile(in,
                      goodRecord(1) + "\n" + goodRecord(2) + "\n[1,]\n" + goodRecord(3) + "\n"));
    JobConfig c;
    c.inputPath = in;
    c.outputPath = dir.filePath(u"out.jsonl"_s);
    c.stopOnReject = true;
    const auto r = runConversion(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Cutover::ErrorKind::BadInput);
    QVERIFY(r.error().message.contains(u"in.jsonl:3"_s));
    QVERIFY(!QFile::exists(c.outputPath));
}

void TestConvertJob::unreadableInput()
{
    JobConfig c;
    c.inputPath = u"/nonexistent/in.jsonl"_s;
    const auto r = runConversion(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Cutover::ErrorKind::Io);
    QVERIFY(r.error().message.contains(u"/nonexistent/in.jsonl"_s));
}

void TestConvertJob::migratedAtAddedWhenAsked()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in.jsonl"_s);
    QVERIFY(writeFile(in, goodRecord(1) + "\n"));
    JobConfig c;
    c.inputPath = in;
    c.outputPath = dir.filePath(u"out.jsonl"_s);
    c.addMigratedAt = true;
    QVERIFY(runConversion(c).ok());
    const QJsonObject o = QJsonDocument::fromJson(readFile(c.outputPath)).object();
    const QDateTime at = QDateTime::fromString(o[u"migrated_at"_s].toString(), Qt::ISODate);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    c.options.migratedAt = "2026-01-01T00:00:00Z"; // injected for reproducible output
    QVERIFY(runConversion(c).ok());
    QVERIFY(readFile(c.outputPath).contains(R"("migrated_at":"2026-01-01T00:00:00Z")"));
}

void TestConvertJob::previewShowsRecordsAsParsed()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in.jsonl"_s);
    QVERIFY(writeFile(
            in,
            goodRecord(1) + "\n{\"messages\":5}\n"
                    + R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"get_weather","arguments":"{}"}}]}]})"
                    + "\n" + goodRecord(4) + "\n"));
    const auto r = previewFile(in, Format::OpenAI, Container::Jsonl, 3, 10);
    QVERIFY(r.ok());
    const QList<PreviewRecord> &recs = r.value();
    QCOMPARE(recs.size(), 3);
    QVERIFY(recs[0].ok);
    QCOMPARE(recs[0].id, u"\"conv_1\""_s);
    QCOMPARE(recs[0].messages.size(), 3);
    QCOMPARE(recs[0].messages[1].role, u"user"_s);
    QCOMPARE(recs[0].messages[1].text, u"Question 1"_s + QChar(0x2026)); // unescaped, shortened
    QVERIFY(!recs[1].ok);
    QCOMPARE(recs[1].line, 2u);
    QVERIFY(!recs[1].error.isEmpty());
    QCOMPARE(recs[2].messages[1].parts, QStringList{u"tool_call get_weather"_s});
    QVERIFY(!previewFile(dir.filePath(u"missing"_s), Format::OpenAI, Container::Jsonl).ok());
}

void TestConvertJob::severalInputsAsOneStream_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("container");
    QTest::newRow("1 thread, jsonl") << 1 << int(Container::Jsonl);
    QTest::newRow("3 threads, jsonl") << 3 << int(Container::Jsonl);
    QTest::newRow("1 thread, array") << 1 << int(Container::Array);
    QTest::newRow("3 threads, array") << 3 << int(Container::Array);
}

void TestConvertJob::severalInputsAsOneStream()
{
    QFETCH(int, threads);
    QFETCH(int, container);
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.jsonl"_s), b = dir.filePath(u"b.jsonl"_s),
                  c = dir.filePath(u"c.jsonl"_s);
    QVERIFY(writeFile(a, goodRecord(1) + "\n" + goodRecord(2) + "\n" + goodRecord(3) + "\n"));
    // b: line 2 is rejected, line 3 converts with a loss (two system messages merged)
    const QByteArray bData
            = goodRecord(4) + "\n" + R"({"messages":"nope"})" + "\n"
              + R"({"id":"merged","messages":[{"role":"system","content":"A"},{"role":"system","content":"B"},{"role":"user","content":"q"}]})"
              + "\n";
    QVERIFY(writeFile(b, bData));
    QVERIFY(writeFile(c,
                      "\n" + goodRecord(6) + "\n" + goodRecord(7))); // blank line, no final newline

    JobConfig config;
    config.inputPaths = {a, b, c};
    config.outputPath = dir.filePath(u"out.json"_s);
    config.rejectsPath = dir.filePath(u"rejects.txt"_s);
    config.reportPath = dir.filePath(u"report.json"_s);
    config.to = Format::Anthropic;
    config.toContainer = Container(container);
    config.threads = threads;
    config.batchBytes = 256; // batches never span two files
    QList<Progress> progress;
    const auto r = runConversion(config, [&](const Progress &p) { progress.append(p); });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const Summary &s = r.value();
    QCOMPARE(s.recordsIn, 8u);
    QCOMPARE(s.converted, 7u);
    QCOMPARE(s.rejected, 1u);
    QCOMPARE(s.convertedWithLosses, 1u);
    QVERIFY(s.balanced());
    QCOMPARE(s.files.size(), std::size_t(3));
    const std::uint64_t sizes[3]
            = {std::uint64_t(QFileInfo(a).size()), std::uint64_t(QFileInfo(b).size()),
               std::uint64_t(QFileInfo(c).size())};
    const std::uint64_t in[3] = {3, 3, 2}, rejected[3] = {0, 1, 0};
    for (int i = 0; i < 3; ++i) {
        const FileSummary &f = s.files[std::size_t(i)];
        QCOMPARE(f.recordsIn, in[i]);
        QCOMPARE(f.rejected, rejected[i]);
        QCOMPARE(f.converted, in[i] - rejected[i]);
        QVERIFY(f.balanced());
        QCOMPARE(f.bytesIn, sizes[i]);
    }
    QCOMPARE(s.files[0].name, std::string("a.jsonl"));
    QCOMPARE(s.files[1].convertedWithLosses, 1u);
    QCOMPARE(s.files[2].blankLines, 1u);
    QVERIFY(s.files[2].unterminatedLast);
    QVERIFY(!s.files[0].unterminatedLast);
    QVERIFY(s.unterminatedLast);
    QCOMPARE(s.blankLines, 1u);
    QCOMPARE(s.bytesIn, sizes[0] + sizes[1] + sizes[2]);

    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().bytesTotal, s.bytesIn);
    QCOMPARE(progress.last().bytesRead, s.bytesIn);
    QCOMPARE(progress.last().records, 8u);
    QCOMPARE(progress.last().files, 3);
    QCOMPARE(progress.last().file, 2);

    // one output, records in input order
    const QByteArray output = readFile(config.outputPath);
    QList<QByteArray> ids;
    if (Container(container) == Container::Array) {
        const QJsonDocument d = QJsonDocument::fromJson(output);
        QVERIFY(d.isArray());
        for (const QJsonValue &v : d.array())
            ids << v[u"id"_s].toString().toUtf8();
    } else {
        for (const QByteArray &l : output.split('\n')) {
            if (!l.isEmpty())
                ids << QJsonDocument::fromJson(l)[u"id"_s].toString().toUtf8();
        }
    }
    QCOMPARE(ids, (QList<QByteArray>{"conv_1", "conv_2", "conv_3", "conv_4", "merged", "conv_6",
                                     "conv_7"}));

    // the reject names its file and line
    const QByteArray rejects = readFile(config.rejectsPath);
    QVERIFY2(rejects.startsWith("# b.jsonl:2:"), rejects.constData());
    QCOMPARE(rejects.count("\n# "), 0);

    const QJsonObject report = QJsonDocument::fromJson(readFile(config.reportPath)).object();
    QCOMPARE(report[u"inputs"_s].toArray().size(), 3);
    QCOMPARE(report[u"records_in"_s].toInt(), 8);
    const QJsonArray files = report[u"files"_s].toArray();
    QCOMPARE(files.size(), 3);
    QCOMPARE(files[1][u"name"_s].toString(), u"b.jsonl"_s);
    QCOMPARE(files[1][u"path"_s].toString(), b);
    QCOMPARE(files[1][u"records_in"_s].toInt(), 3);
    QCOMPARE(files[1][u"rejected"_s].toInt(), 1);
    QCOMPARE(files[1][u"converted_with_losses"_s].toInt(), 1);
    QCOMPARE(files[2][u"converted"_s].toInt(), 2);
    const QJsonObject firstReject = report[u"first_rejects"_s].toArray().at(0).toObject();
    QCOMPARE(firstReject[u"file"_s].toString(), u"b.jsonl"_s);
    QCOMPARE(firstReject[u"line"_s].toInt(), 2);
    QCOMPARE(firstReject[u"offset"_s].toInt(), goodRecord(4).size() + 1);
    const QJsonObject loss
            = report[u"losses"_s][u"system_merged"_s][u"examples"_s].toArray().at(0).toObject();
    QCOMPARE(loss[u"file"_s].toString(), u"b.jsonl"_s);
    QCOMPARE(loss[u"line"_s].toInt(), 3);
    QCOMPARE(loss[u"byte"_s].toInt(), bData.indexOf(R"({"id":"merged")"));
}

void TestConvertJob::severalInputsSampleAndStop()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.jsonl"_s), b = dir.filePath(u"b.jsonl"_s);
    QVERIFY(writeFile(a, goodRecord(1) + "\n" + goodRecord(2) + "\n"));
    QVERIFY(writeFile(b, goodRecord(3) + "\n{oops\n" + goodRecord(5) + "\n"));
    JobConfig c;
    c.inputPaths = {a, b};
    c.maxRecords = 3; // a sample spans files
    auto r = runConversion(c);
    QVERIFY(r.ok());
    QCOMPARE(r->recordsIn, 3u);
    QCOMPARE(r->files[0].recordsIn, 2u);
    QCOMPARE(r->files[1].recordsIn, 1u);
    QVERIFY(r->dryRun);

    c.maxRecords = 0;
    c.outputPath = dir.filePath(u"out.jsonl"_s);
    c.stopOnReject = true;
    r = runConversion(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Cutover::ErrorKind::BadInput);
    QVERIFY2(r.error().message.contains(u"b.jsonl:2"_s), qPrintable(r.error().message));
    QVERIFY(!QFile::exists(c.outputPath));
}

void TestConvertJob::severalInputsCheckedUpFront()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.jsonl"_s);
    QVERIFY(writeFile(a, goodRecord(1) + "\n"));
    JobConfig c;
    c.inputPaths = {a, dir.filePath(u"missing.jsonl"_s)};
    c.outputPath = dir.filePath(u"out.jsonl"_s);
    auto r = runConversion(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Cutover::ErrorKind::Io);
    QVERIFY(r.error().message.contains(u"missing.jsonl"_s));
    QVERIFY(!QFile::exists(c.outputPath));

    c.inputPaths = {a, u"-"_s};
    r = runConversion(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Cutover::ErrorKind::BadInput);
    QVERIFY(!QFile::exists(c.outputPath));
    c.inputPaths = {a, dir.path()};
    r = runConversion(c);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"is a folder"), qPrintable(r.error().message));

    // a named pipe is opened once, when its turn comes; its size is unknown
    const QString fifo = dir.filePath(u"pipe.jsonl"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    std::thread writer([&] {
        QFile w(fifo);
        if (w.open(QIODevice::WriteOnly))
            w.write(goodRecord(2) + "\n" + goodRecord(3) + "\n");
    });
    c.inputPaths = {a, fifo};
    QList<Progress> progress;
    r = runConversion(c, [&](const Progress &p) { progress.append(p); });
    writer.join();
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->recordsIn, 3u);
    QCOMPARE(r->files[1].recordsIn, 2u);
    QCOMPARE(progress.last().bytesTotal, 0u);
}

void TestConvertJob::sameFileNameNamedByPath()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"x"_s) && QDir(dir.path()).mkpath(u"y"_s));
    const QString a = dir.filePath(u"x/chats.jsonl"_s), b = dir.filePath(u"y/chats.jsonl"_s);
    QVERIFY(writeFile(a, goodRecord(1) + "\n"));
    QVERIFY(writeFile(b, "{bad\n"));
    JobConfig c;
    c.inputPaths = {a, b};
    c.outputPath = dir.filePath(u"out.jsonl"_s);
    c.rejectsPath = dir.filePath(u"rejects.txt"_s);
    const auto r = runConversion(c);
    QVERIFY(r.ok());
    QCOMPARE(QString::fromStdString(r->files[1].name), b);
    const QByteArray where = "# " + b.toUtf8() + ":1:";
    QVERIFY(readFile(c.rejectsPath).startsWith(where));
}

void TestConvertJob::mixedFormatsRefused()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.jsonl"_s), b = dir.filePath(u"b.jsonl"_s),
                  empty = dir.filePath(u"empty.jsonl"_s), anth = dir.filePath(u"anth.jsonl"_s);
    QVERIFY(writeFile(a, goodRecord(1) + "\n" + goodRecord(2) + "\n"));
    QVERIFY(writeFile(b, goodRecord(3) + "\n"));
    QVERIFY(writeFile(empty, QByteArray()));
    QVERIFY(writeFile(
            anth,
            R"({"system":"Be brief.","messages":[{"role":"user","content":[{"type":"text","text":"hi"}]},{"role":"assistant","content":[{"type":"text","text":"yo"}]}]})"
            "\n"));
    QList<Detection> perFile;
    auto d = detectFiles({a, empty, b}, &perFile);
    QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
    QCOMPARE(d->format, Format::OpenAI);
    QCOMPARE(perFile.size(), 3);
    QCOMPARE(perFile[1].sampled, 0);

    d = detectFiles({a, b, anth}, &perFile);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().kind, Cutover::ErrorKind::BadInput);
    QVERIFY2(d.error().message.contains(u"anth.jsonl"_s)
                     && d.error().message.contains(u"a.jsonl"_s),
             qPrintable(d.error().message));
    QCOMPARE(perFile.size(), 3); // every file's detection, for a per-file display
    QCOMPARE(perFile[2].format, Format::Anthropic);

    d = detectFiles({a, dir.filePath(u"gone.jsonl"_s)});
    QVERIFY(!d.ok());
    QVERIFY(d.error().message.contains(u"gone.jsonl"_s));
}

void TestConvertJob::historyRecordsEveryInput()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.jsonl"_s), b = dir.filePath(u"b.jsonl"_s);
    QVERIFY(writeFile(a, goodRecord(1) + "\n"));
    QVERIFY(writeFile(b, goodRecord(2) + "\n{bad\n"));
    JobConfig c;
    c.inputPaths = {a, b};
    c.outputPath = dir.filePath(u"out.jsonl"_s);
    const auto r = runConversion(c);
    QVERIFY(r.ok());
    auto project = Cutover::ProjectFile::create(dir.filePath(u"p.cutover"_s), {});
    QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
    QVERIFY(recordConversion(project.value()->database(), c, r.value(),
                             QDateTime::currentDateTimeUtc())
                    .ok());
    const auto runs = loadConversions(project.value()->database());
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->at(0).inputs, (QStringList{a, b}));
    QCOMPARE(runs->at(0).input, a);
    QCOMPARE(runs->at(0).recordsIn, 3u);
    QCOMPARE(runs->at(0).rejected, 1u);
    const QJsonObject summary = QJsonDocument::fromJson(runs->at(0).summaryJson.toUtf8()).object();
    QCOMPARE(summary[u"files"_s].toArray().size(), 2);
    QCOMPARE(summary[u"files"_s][1][u"rejected"_s].toInt(), 1);
    QVERIFY(project.value()->close().ok());
}

QTEST_GUILESS_MAIN(TestConvertJob)
#include "tst_convertjob.moc"
