#include "core/runs/caseimport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestCaseImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data();
    void csv();
    void csvRejects_data();
    void csvRejects();
    void jsonl_data();
    void jsonl();
    void jsonlRejects_data();
    void jsonlRejects();
    void fromFile();
    void progressAndCancel_data();
    void progressAndCancel();
};

namespace {

TestCase makeCase(const QMap<QString, QString> &variables,
                  std::optional<QString> reference = std::nullopt, QStringList tags = {})
{
    TestCase tc;
    tc.variables = variables;
    tc.reference = std::move(reference);
    tc.tags = std::move(tags);
    return tc;
}

} // namespace

void TestCaseImport::csv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<TestCase>>("cases");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<int>("warnings");

    QTest::addRow("simple")
            << QByteArray("question,expected\nWhat is 2+2?,4\nCapital of France?,Paris\n")
            << QList<TestCase>{makeCase({{u"question"_s, u"What is 2+2?"_s}}, u"4"_s),
                               makeCase({{u"question"_s, u"Capital of France?"_s}}, u"Paris"_s)}
            << QStringList{u"question"_s} << 0;
    QTest::addRow("no trailing newline")
            << QByteArray("q\nx") << QList<TestCase>{makeCase({{u"q"_s, u"x"_s}})}
            << QStringList{u"q"_s} << 0;
    QTest::addRow("crlf and bom") << QByteArray("\xEF\xBB\xBFq,expected\r\na,b\r\n")
                                  << QList<TestCase>{makeCase({{u"q"_s, u"a"_s}}, u"b"_s)}
                                  << QStringList{u"q"_s} << 0;
    QTest::addRow("quotes, commas, newlines")
            << QByteArray("text,expected\n\"Hello, \"\"world\"\"\nline two\",\"ok\"\n")
            << QList<TestCase>{makeCase({{u"text"_s, u"Hello, \"world\"\nline two"_s}}, u"ok"_s)}
            << QStringList{u"text"_s} << 0;
    QTest::addRow("empty expected is no reference")
            << QByteArray("q,expected\na,\n") << QList<TestCase>{makeCase({{u"q"_s, u"a"_s}})}
            << QStringList{u"q"_s} << 0;
    QTest::addRow("empty variable is kept")
            << QByteArray("q,r\n,x\n")
            << QList<TestCase>{makeCase({{u"q"_s, QString()}, {u"r"_s, u"x"_s}})}
            << QStringList{u"q"_s, u"r"_s} << 0;
    QTest::addRow("blank lines skipped")
            << QByteArray("q\n\na\n\n\nb\n")
            << QList<TestCase>{makeCase({{u"q"_s, u"a"_s}}), makeCase({{u"q"_s, u"b"_s}})}
            << QStringList{u"q"_s} << 0;
    QTest::addRow("tags") << QByteArray("q,tags\na,\"billing, urgent;billing\"\n")
                          << QList<TestCase>{makeCase({{u"q"_s, u"a"_s}}, std::nullopt,
                                                      {u"billing"_s, u"urgent"_s})}
                          << QStringList{u"q"_s} << 0;
    TestCase withAssertions = makeCase({{u"q"_s, u"a"_s}});
    withAssertions.assertions = {Assertion::contains({u"x"_s}, ContainsMode::Any),
                                 Assertion::maxLength(10).withWeight(2)};
    withAssertions.passThreshold = 0.5;
    QTest::addRow("assertions and threshold") << QByteArray(R"(q,assertions,pass_threshold
a,"[{""type"": ""contains"", ""values"": [""x""]}, {""type"": ""max_length"", ""max"": 10, ""weight"": 2}]",0.5
)") << QList<TestCase>{withAssertions} << QStringList{u"q"_s}
                                              << 0;
    QTest::addRow("chinese") << QByteArray("问题,expected\n今天星期几？,星期日\n")
                             << QList<TestCase>{makeCase({{u"问题"_s, u"今天星期几？"_s}},
                                                         u"星期日"_s)}
                             << QStringList{u"问题"_s} << 0;
    QTest::addRow("unusable column name warns")
            << QByteArray("Customer Name,q\nAnn,x\n")
            << QList<TestCase>{makeCase({{u"Customer Name"_s, u"Ann"_s}, {u"q"_s, u"x"_s}})}
            << QStringList{u"Customer Name"_s, u"q"_s} << 1;
    QTest::addRow("header only") << QByteArray("q,expected\n") << QList<TestCase>()
                                 << QStringList{u"q"_s} << 0;
}

void TestCaseImport::csv()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<TestCase>, cases);
    QFETCH(QStringList, variables);
    QFETCH(int, warnings);
    const Result<CaseImportResult> r = CaseImport::fromCsv(data, u"cases.csv"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->cases, cases);
    QCOMPARE(r->variables, variables);
    QCOMPARE(r->warnings.size(), warnings);
}

void TestCaseImport::csvRejects_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty file") << QByteArray() << u"cases.csv: the file is empty"_s;
    QTest::addRow("unclosed quote")
            << QByteArray("q\na\n\"never closed\nmore\n")
            << u"cases.csv:3: the quoted field in column 1 is never closed"_s;
    QTest::addRow("text after quote") << QByteArray("q,r\n\"a\"b,c\n")
                                      << u"cases.csv:2: text after the closing quote in column 1"_s;
    QTest::addRow("too few fields")
            << QByteArray("q,r\na,b\nc\n") << u"cases.csv:3: 1 field(s), but the header has 2"_s;
    QTest::addRow("too many fields after a multi-line field")
            << QByteArray("q,r\n\"a\nb\",c\nd,e,f\n")
            << u"cases.csv:4: 3 field(s), but the header has 2"_s;
    QTest::addRow("duplicate column")
            << QByteArray("q,q\na,b\n") << u"cases.csv:1: the column \"q\" appears twice"_s;
    QTest::addRow("empty column name")
            << QByteArray("q,,r\na,b,c\n") << u"cases.csv:1: column 2 has no name"_s;
    QTest::addRow("invalid utf-8")
            << QByteArray("q\nok\nbad \xC3\x28 here\n")
            << u"cases.csv:3: invalid UTF-8 at byte 5 of the line (byte 10 of the file)"_s;
    QTest::addRow("overlong utf-8")
            << QByteArray("q\n\xC0\xAF\n") << u"cases.csv:2: invalid UTF-8 at byte 1"_s;
    QTest::addRow("truncated utf-8 at end")
            << QByteArray("q\n\xE4\xBD") << u"cases.csv:2: invalid UTF-8"_s;
    QTest::addRow("bad assertions")
            << QByteArray("q,assertions\na,\"[{\"\"type\"\": \"\"regex\"\"}]\"\n")
            << u"cases.csv:2: assertions[0].pattern is required"_s;
    QTest::addRow("bad threshold") << QByteArray("q,pass_threshold\na,1.5\n")
                                   << u"cases.csv:2: pass_threshold must be a number from 0 to 1"_s;
}

void TestCaseImport::csvRejects()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Result<CaseImportResult> r = CaseImport::fromCsv(data, u"cases.csv"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
}

void TestCaseImport::jsonl_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<TestCase>>("cases");
    QTest::addColumn<QStringList>("variables");

    QTest::addRow("simple") << QByteArray(R"({"question": "2+2?", "expected": "4"}
{"question": "Capital?"}
)")
                            << QList<TestCase>{makeCase({{u"question"_s, u"2+2?"_s}}, u"4"_s),
                                               makeCase({{u"question"_s, u"Capital?"_s}})}
                            << QStringList{u"question"_s};
    QTest::addRow("non-string values become JSON text")
            << QByteArray(R"({"n": 42, "f": 1.5, "b": true, "o": {"a": [1, "x"]}, "skip": null})")
            << QList<TestCase>{makeCase({{u"n"_s, u"42"_s},
                                         {u"f"_s, u"1.5"_s},
                                         {u"b"_s, u"true"_s},
                                         {u"o"_s, u"{\"a\":[1,\"x\"]}"_s}})}
            << QStringList{u"b"_s, u"f"_s, u"n"_s, u"o"_s};
    QTest::addRow("crlf, blank lines, bom")
            << QByteArray("\xEF\xBB\xBF{\"q\": \"a\"}\r\n\r\n   \n{\"q\": \"b\", \"r\": \"c\"}\r\n")
            << QList<TestCase>{makeCase({{u"q"_s, u"a"_s}}),
                               makeCase({{u"q"_s, u"b"_s}, {u"r"_s, u"c"_s}})}
            << QStringList{u"q"_s, u"r"_s};
    TestCase full = makeCase({{u"q"_s, u"你好"_s}}, u"hi"_s, {u"greeting"_s, u"zh"_s});
    full.assertions = {Assertion::equivalentToBaseline(SimilarityMeasure::Jaccard, 0.5)};
    full.passThreshold = 0.25;
    QTest::addRow("reserved keys")
            << QByteArray(R"({"q": "你好", "expected": "hi", "tags": ["greeting", "zh", "zh"],
                "assertions": [{"type": "equivalent_to_baseline", "measure": "jaccard",
                "threshold": 0.5}], "pass_threshold": 0.25})")
                       .replace('\n', ' ')
            << QList<TestCase>{full} << QStringList{u"q"_s};
    QTest::addRow("tags as text") << QByteArray(R"({"q": "a", "tags": "x; y"})")
                                  << QList<TestCase>{makeCase({{u"q"_s, u"a"_s}}, std::nullopt,
                                                              {u"x"_s, u"y"_s})}
                                  << QStringList{u"q"_s};
    QTest::addRow("null expected")
            << QByteArray(R"({"q": "a", "expected": null})")
            << QList<TestCase>{makeCase({{u"q"_s, u"a"_s}})} << QStringList{u"q"_s};
    QTest::addRow("empty") << QByteArray() << QList<TestCase>() << QStringList();
}

void TestCaseImport::jsonl()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<TestCase>, cases);
    QFETCH(QStringList, variables);
    const Result<CaseImportResult> r = CaseImport::fromJsonl(data, u"cases.jsonl"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->cases, cases);
    QCOMPARE(r->variables, variables);
}

void TestCaseImport::jsonlRejects_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::addRow("broken line") << QByteArray("{\"q\": \"a\"}\n{\"q\": }\n")
                                 << u"cases.jsonl:2: invalid JSON at byte"_s;
    QTest::addRow("not an object") << QByteArray("{\"q\": \"a\"}\n\n[1]\n")
                                   << u"cases.jsonl:3: each line must be a JSON object"_s;
    QTest::addRow("expected number") << QByteArray(R"({"q": "a", "expected": 4})")
                                     << u"cases.jsonl:1: expected must be a string or null"_s;
    QTest::addRow("tags numbers") << QByteArray(R"({"tags": [1]})")
                                  << u"cases.jsonl:1: tags must be strings"_s;
    QTest::addRow("tags object") << QByteArray(
            R"({"tags": {}})") << u"cases.jsonl:1: tags must be an array of strings or a string"_s;
    QTest::addRow("assertions not array") << QByteArray(R"({"assertions": {}})")
                                          << u"cases.jsonl:1: assertions must be an array"_s;
    QTest::addRow("bad assertion") << QByteArray(R"({"assertions": [{"type": "max_cost"}]})")
                                   << u"cases.jsonl:1: assertions[0].max is required"_s;
    QTest::addRow("threshold text") << QByteArray(R"({"pass_threshold": "1"})")
                                    << u"cases.jsonl:1: pass_threshold must be a number"_s;
    QTest::addRow("invalid utf-8") << QByteArray("{\"q\": \"a\"}\n{\"q\": \"\xFF\"}\n")
                                   << u"cases.jsonl:2: invalid UTF-8 at byte 8"_s;
}

void TestCaseImport::jsonlRejects()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Result<CaseImportResult> r = CaseImport::fromJsonl(data, u"cases.jsonl"_s);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
}

void TestCaseImport::fromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvPath = dir.filePath(u"set.CSV"_s);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("q,expected\na,b\n");
    csv.close();
    const Result<CaseImportResult> fromCsv = CaseImport::fromFile(csvPath);
    QVERIFY(fromCsv.ok());
    QCOMPARE(fromCsv->cases.size(), 1);

    const QString jsonlPath = dir.filePath(u"set.ndjson"_s);
    QFile jsonl(jsonlPath);
    QVERIFY(jsonl.open(QIODevice::WriteOnly));
    jsonl.write("{\"q\": 1}\n{\"q\": 2}\n{\"q\": }\n");
    jsonl.close();
    const Result<CaseImportResult> bad = CaseImport::fromFile(jsonlPath);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(u"set.ndjson:3:"_s), qPrintable(bad.error().message));

    const Result<CaseImportResult> missing = CaseImport::fromFile(dir.filePath(u"none.csv"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Io);

    const Result<CaseImportResult> unknown = CaseImport::fromFile(dir.filePath(u"cases.xlsx"_s));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(u".csv"_s));
}

void TestCaseImport::progressAndCancel_data()
{
    QTest::addColumn<bool>("csv");
    QTest::addRow("csv") << true;
    QTest::addRow("jsonl") << false;
}

void TestCaseImport::progressAndCancel()
{
    QFETCH(bool, csv);
    QByteArray data = csv ? "q,expected\n" : QByteArray();
    for (int i = 0; i < 20000; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (csv)
            data += "question " + n + ",answer " + n + "\n";
        else
            data += "{\"q\":\"question " + n + "\",\"expected\":\"answer " + n + "\"}\n";
    }
    const auto read = [&](const CaseImport::Progress &progress) {
        return csv ? CaseImport::fromCsv(data, u"big.csv"_s, progress)
                   : CaseImport::fromJsonl(data, u"big.jsonl"_s, progress);
    };
    // Reported in steps, growing, never past the total.
    QList<qint64> seen;
    qint64 total = 0;
    auto all = read([&](qint64 done, qint64 of) {
        seen.append(done);
        total = of;
        return true;
    });
    QVERIFY(all.ok());
    QCOMPARE(all->cases.size(), 20000);
    QVERIFY(seen.size() >= 4);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(seen.constLast() <= total);
    QVERIFY(total >= data.size() - 1);
    // Stopped at the second report: a Cancelled error, nothing returned.
    int calls = 0;
    auto stopped = read([&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);
    QCOMPARE(calls, 2);
}

QTEST_GUILESS_MAIN(TestCaseImport)
#include "tst_caseimport.moc"
