// cutover-cli convert as a script sees it: the real executable on small
// inputs written here, its output files, its JSON summary and its exit codes.

#include "clirunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using Cutover::CliRunner::Run;
using Cutover::CliRunner::writeFile;

namespace {

Run cli(const QStringList &arguments, const QByteArray &stdinBytes = {})
{
    Cutover::CliRunner::RunOptions options;
    options.stdinBytes = stdinBytes;
    options.timeoutMs = 120000;
    return Cutover::CliRunner::runCli(QStringList{u"convert"_s} + arguments, options);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One small conversation (system, user, assistant) in each format.
QByteArray sample(const QString &format)
{
    if (format == u"openai")
        return R"({"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi there"},{"role":"assistant","content":"Hello!"}]})";
    if (format == u"anthropic")
        return R"({"system":"Be brief.","messages":[{"role":"user","content":[{"type":"text","text":"Hi there"}]},{"role":"assistant","content":[{"type":"text","text":"Hello!"}]}]})";
    if (format == u"sharegpt")
        return R"({"conversations":[{"from":"system","value":"Be brief."},{"from":"human","value":"Hi there"},{"from":"gpt","value":"Hello!"}]})";
    if (format == u"alpaca")
        return R"({"instruction":"Hi there","input":"","output":"Hello!","system":"Be brief."})";
    if (format == u"gemini")
        return R"({"systemInstruction":{"parts":[{"text":"Be brief."}]},"contents":[{"role":"user","parts":[{"text":"Hi there"}]},{"role":"model","parts":[{"text":"Hello!"}]}]})";
    return {};
}

// The key every record of a format has at its top level.
QString shapeKey(const QString &format)
{
    if (format.startsWith(u"openai") || format.startsWith(u"anthropic"))
        return u"messages"_s;
    if (format.startsWith(u"sharegpt"))
        return u"conversations"_s;
    if (format.startsWith(u"alpaca"))
        return u"instruction"_s;
    return u"contents"_s;
}

QList<QJsonObject> records(const QByteArray &bytes, bool array)
{
    QList<QJsonObject> out;
    if (array) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        for (const QJsonValue &v : doc.array())
            out.append(v.toObject());
        return out;
    }
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        out.append(doc.object());
    }
    return out;
}

} // namespace

class TestCliConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyDirection_data();
    void everyDirection();
    void rejectsWithPositions();
    void lossReportJson();
    void dryRunWritesNothing();
    void stopOnRejectWritesNothing();
    void standardInput();
    void threadsGiveTheSameOutput();
    void oneLineSummary();
    void recordsInProjectHistory();
    void exitCodes_data();
    void exitCodes();
    void severalInputs();
    void mixedFormatsRefused();
    void convertedConversationsBecomeCases();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliConvert::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliConvert::everyDirection_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("fromArray");
    QTest::addColumn<QString>("to");
    const QStringList formats{u"openai"_s, u"anthropic"_s, u"sharegpt"_s, u"alpaca"_s, u"gemini"_s};
    for (const QString &from : formats) {
        for (const QString &to : formats)
            QTest::addRow("%s-to-%s", qPrintable(from), qPrintable(to)) << from << false << to;
    }
    QTest::addRow("openai-array-to-anthropic") << u"openai"_s << true << u"anthropic"_s;
    QTest::addRow("anthropic-to-openai-array") << u"anthropic"_s << false << u"openai-array"_s;
    QTest::addRow("gemini-array-to-sharegpt-array") << u"gemini"_s << true << u"sharegpt-array"_s;
}

void TestCliConvert::everyDirection()
{
    QFETCH(QString, from);
    QFETCH(bool, fromArray);
    QFETCH(QString, to);
    const QByteArray one = sample(from);
    const QByteArray input = fromArray
                                     ? QByteArray("[\n" + one + ",\n" + one + ",\n" + one + "\n]\n")
                                     : QByteArray(one + '\n' + one + '\n' + one + '\n');
    QVERIFY(writeFile(path(u"in.jsonl"_s), input));

    const Run r = cli({path(u"in.jsonl"_s), u"--to"_s, to, u"-o"_s, path(u"out"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(u"from"_s).toString(), from); // detected
    QCOMPARE(summary.value(u"records_in"_s).toInt(), 3);
    QCOMPARE(summary.value(u"converted"_s).toInt(), 3);
    QCOMPARE(summary.value(u"rejected"_s).toInt(), 0);

    const QByteArray output = readFile(path(u"out"_s));
    const QList<QJsonObject> recs = records(output, to.endsWith(u"-array"));
    QCOMPARE(recs.size(), 3);
    for (const QJsonObject &rec : recs) {
        QVERIFY2(rec.contains(shapeKey(to)), qPrintable(rec.keys().join(u',')));
        const QByteArray text = QJsonDocument(rec).toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains("Hi there") && text.contains("Hello!"), text.constData());
    }
}

void TestCliConvert::rejectsWithPositions()
{
    const QByteArray good = sample(u"openai"_s);
    const QByteArray bad1 = R"({"messages":[{"role":"user","content":"x"},]})"; // trailing comma
    const QByteArray bad2 = "not json at all";
    const QByteArray bad3 = R"({"messages":"should be an array"})";
    const QList<QByteArray> lines{good, bad1, good, bad2, bad3, good};
    QByteArray input;
    QList<qsizetype> offsets;
    for (const QByteArray &l : lines) {
        offsets.append(input.size());
        input += l + '\n';
    }
    QVERIFY(writeFile(path(u"in.jsonl"_s), input));

    const Run r = cli({path(u"in.jsonl"_s), u"--from"_s, u"openai"_s, u"--to"_s, u"anthropic"_s,
                       u"-o"_s, path(u"out.jsonl"_s), u"--rejects"_s, path(u"rejects.txt"_s),
                       u"--json"_s});
    QCOMPARE(r.exitCode, 5);
    const QJsonObject s = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(s.value(u"records_in"_s).toInt(), 6);
    QCOMPARE(s.value(u"converted"_s).toInt(), 3);
    QCOMPARE(s.value(u"rejected"_s).toInt(), 3);
    QCOMPARE(s.value(u"records_in"_s).toInt(),
             s.value(u"converted"_s).toInt() + s.value(u"rejected"_s).toInt());
    QVERIFY(s.value(u"balanced"_s).toBool());
    QCOMPARE(records(readFile(path(u"out.jsonl"_s)), false).size(), 3);

    // Each rejected record: a header with file:line:column, code, reason and
    // byte offset, then the record verbatim.
    const QList<QByteArray> rej = readFile(path(u"rejects.txt"_s)).split('\n');
    QList<int> rejectedLines{2, 4, 5};
    int found = 0;
    for (qsizetype i = 0; i < rej.size(); ++i) {
        static const QRegularExpression header(
                u"^# in\\.jsonl:(\\d+):\\d+: \\w+: .+ \\(record at byte (\\d+)"_s);
        const auto m = header.match(QString::fromUtf8(rej.at(i)));
        if (!m.hasMatch())
            continue;
        const int line = m.captured(1).toInt();
        QVERIFY2(rejectedLines.contains(line), rej.at(i).constData());
        QCOMPARE(m.captured(2).toLongLong(), offsets.at(line - 1));
        QVERIFY(i + 1 < rej.size());
        QCOMPARE(rej.at(i + 1), lines.at(line - 1)); // verbatim
        ++found;
    }
    QCOMPARE(found, 3);
    QVERIFY(rej.at(0).contains("trailing_comma"));
}

void TestCliConvert::lossReportJson()
{
    // A system message in the middle (merged into Anthropic's one system
    // slot) and a per-message name (Anthropic has none).
    const QByteArray input
            = R"({"id":"r1","messages":[{"role":"system","content":"A"},{"role":"user","content":"u1","name":"bob"},{"role":"system","content":"B"},{"role":"assistant","content":"a1"}]})"
              "\n"
              + sample(u"openai"_s) + '\n';
    QVERIFY(writeFile(path(u"in.jsonl"_s), input));
    const Run r = cli({path(u"in.jsonl"_s), u"--to"_s, u"anthropic"_s, u"-o"_s,
                       path(u"out.jsonl"_s), u"--report"_s, path(u"report.json"_s)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(readFile(path(u"report.json"_s))).object();
    QVERIFY(!report.isEmpty());
    QCOMPARE(report.value(u"records_in"_s).toInt(), 2);
    QCOMPARE(report.value(u"converted_with_losses"_s).toInt(), 1);
    const QJsonObject losses = report.value(u"losses"_s).toObject();
    for (const QString &kind : {u"system_merged"_s, u"name_dropped"_s}) {
        const QJsonObject k = losses.value(kind).toObject();
        QVERIFY2(!k.isEmpty(), qPrintable(kind + u" missing: "_s
                                          + QString::fromUtf8(QJsonDocument(losses).toJson())));
        QCOMPARE(k.value(u"count"_s).toInt(), 1);
        const QJsonArray examples = k.value(u"examples"_s).toArray();
        QCOMPARE(examples.size(), 1);
        QCOMPARE(examples.at(0).toObject().value(u"line"_s).toInt(), 1);
        QVERIFY(examples.at(0).toObject().value(u"id"_s).toString().contains(u"r1"));
    }
}

void TestCliConvert::dryRunWritesNothing()
{
    QVERIFY(writeFile(path(u"in.jsonl"_s),
                      sample(u"openai"_s) + "\nbroken\n" + sample(u"openai"_s) + '\n'));
    const Run r = cli({path(u"in.jsonl"_s), u"--to"_s, u"gemini"_s, u"-o"_s, path(u"out.jsonl"_s),
                       u"--rejects"_s, path(u"rejects.txt"_s), u"--report"_s,
                       path(u"report.json"_s), u"--dry-run"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 5);
    const QJsonObject s = QJsonDocument::fromJson(r.out).object();
    QVERIFY(s.value(u"dry_run"_s).toBool());
    QCOMPARE(s.value(u"converted"_s).toInt(), 2);
    QCOMPARE(s.value(u"rejected"_s).toInt(), 1);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"in.jsonl"_s});

    // -o is not needed for a dry run
    QCOMPARE(cli({path(u"in.jsonl"_s), u"--to"_s, u"gemini"_s, u"--dry-run"_s}).exitCode, 5);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"in.jsonl"_s});
}

void TestCliConvert::stopOnRejectWritesNothing()
{
    QVERIFY(writeFile(path(u"in.jsonl"_s),
                      sample(u"openai"_s) + "\n{\"messages\": [}\n" + sample(u"openai"_s) + '\n'));
    const Run r
            = cli({path(u"in.jsonl"_s), u"--to"_s, u"anthropic"_s, u"-o"_s, path(u"out.jsonl"_s),
                   u"--rejects"_s, path(u"rejects.txt"_s), u"--stop-on-reject"_s});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("in.jsonl:2"), r.err.constData());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"in.jsonl"_s});
}

void TestCliConvert::standardInput()
{
    const QByteArray input = sample(u"sharegpt"_s) + '\n' + sample(u"sharegpt"_s) + '\n';
    const Run r = cli({u"-"_s, u"--from"_s, u"sharegpt"_s, u"--to"_s, u"openai"_s, u"-o"_s,
                       path(u"out.jsonl"_s), u"--json"_s},
                      input);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"converted"_s).toInt(), 2);
    QCOMPARE(records(readFile(path(u"out.jsonl"_s)), false).size(), 2);
    // auto-detection needs a file
    QCOMPARE(cli({u"-"_s, u"--to"_s, u"openai"_s, u"-o"_s, path(u"x.jsonl"_s)}, input).exitCode, 1);
    QVERIFY(!QFile::exists(path(u"x.jsonl"_s)));
}

void TestCliConvert::threadsGiveTheSameOutput()
{
    // enough records for several batches
    QByteArray input;
    for (int i = 0; i < 40000; ++i)
        input += R"({"id":"rec-)" + QByteArray::number(i)
                 + R"(","messages":[{"role":"system","content":"S"},{"role":"user","content":"question )"
                 + QByteArray::number(i) + R"("},{"role":"assistant","content":"answer"}]})" + '\n';
    QVERIFY(writeFile(path(u"in.jsonl"_s), input));
    const Run one = cli({path(u"in.jsonl"_s), u"--to"_s, u"anthropic"_s, u"-o"_s,
                         path(u"one.jsonl"_s), u"--migrated-at"_s, u"2026-01-01T00:00:00Z"_s});
    const Run two
            = cli({path(u"in.jsonl"_s), u"--to"_s, u"anthropic"_s, u"-o"_s, path(u"two.jsonl"_s),
                   u"--migrated-at"_s, u"2026-01-01T00:00:00Z"_s, u"--threads"_s, u"2"_s});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(two.exitCode, 0);
    const QByteArray a = readFile(path(u"one.jsonl"_s));
    QCOMPARE(a.count('\n'), 40000);
    QVERIFY(a.contains(R"("migrated_at":"2026-01-01T00:00:00Z")"));
    QVERIFY(a == readFile(path(u"two.jsonl"_s)));
}

void TestCliConvert::oneLineSummary()
{
    QVERIFY(writeFile(path(u"in.jsonl"_s), sample(u"alpaca"_s) + '\n'));
    const Run r = cli({path(u"in.jsonl"_s), u"--to"_s, u"openai"_s, u"-o"_s, path(u"o.jsonl"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("1 records in = 1 converted"), r.err.constData());
}

void TestCliConvert::recordsInProjectHistory()
{
    const QString project = path(u"p.cutover"_s);
    QProcess made;
    made.start(QString::fromUtf8(CUTOVER_CLI), {u"new"_s, project});
    QVERIFY(made.waitForFinished(60000));
    QCOMPARE(made.exitCode(), 0);
    QVERIFY(writeFile(path(u"in.jsonl"_s), sample(u"gemini"_s) + "\nbad\n"));
    const QStringList args{path(u"in.jsonl"_s),  u"--to"_s,      u"openai"_s, u"-o"_s,
                           path(u"out.jsonl"_s), u"--project"_s, project};
    QCOMPARE(cli(args).exitCode, 5);
    QCOMPARE(cli(args + QStringList{u"--dry-run"_s}).exitCode, 5); // not recorded

    QProcess info;
    info.start(QString::fromUtf8(CUTOVER_CLI), {u"info"_s, project, u"--json"_s});
    QVERIFY(info.waitForFinished(60000));
    QCOMPARE(info.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
    QCOMPARE(o.value(u"tables"_s).toObject().value(u"conversion_runs"_s).toInt(), 1);

    // a project that cannot be opened fails before anything is written
    QVERIFY(writeFile(path(u"not.cutover"_s), "plain text"));
    QCOMPARE(cli({path(u"in.jsonl"_s), u"--to"_s, u"openai"_s, u"-o"_s, path(u"o2.jsonl"_s),
                  u"--project"_s, path(u"not.cutover"_s)})
                     .exitCode,
             2);
    QVERIFY(!QFile::exists(path(u"o2.jsonl"_s)));
}

void TestCliConvert::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString in = u"IN"_s; // replaced by the input's path
    QTest::addRow("no input") << QStringList{u"--to"_s, u"openai"_s} << 1;
    QTest::addRow("one input twice")
            << QStringList{in, in, u"--to"_s, u"openai"_s, u"-o"_s, u"OUT"_s} << 2;
    QTest::addRow("stdin with a file")
            << QStringList{in,        u"-"_s,      u"--from"_s, u"openai"_s,
                           u"--to"_s, u"openai"_s, u"-o"_s,     u"OUT"_s}
            << 1;
    QTest::addRow("second input missing")
            << QStringList{in, u"MISSING"_s, u"--to"_s, u"openai"_s, u"-o"_s, u"OUT"_s} << 2;
    QTest::addRow("no --to") << QStringList{in, u"-o"_s, u"OUT"_s} << 1;
    QTest::addRow("no -o") << QStringList{in, u"--to"_s, u"openai"_s} << 1;
    QTest::addRow("unknown option")
            << QStringList{in, u"--to"_s, u"openai"_s, u"-o"_s, u"OUT"_s, u"--frobnicate"_s} << 1;
    QTest::addRow("missing input")
            << QStringList{u"MISSING"_s, u"--to"_s, u"openai"_s, u"-o"_s, u"OUT"_s} << 2;
    QTest::addRow("input is a folder")
            << QStringList{u"DIR"_s, u"--to"_s, u"openai"_s, u"-o"_s, u"OUT"_s} << 2;
    QTest::addRow("unknown --to") << QStringList{in, u"--to"_s, u"claude"_s, u"-o"_s, u"OUT"_s}
                                  << 2;
    QTest::addRow("unknown --from")
            << QStringList{in, u"--from"_s, u"csv"_s, u"--to"_s, u"openai"_s, u"-o"_s, u"OUT"_s}
            << 2;
    QTest::addRow("bad --system-policy") << QStringList{in,       u"--to"_s, u"openai"_s,
                                                        u"-o"_s,  u"OUT"_s,  u"--system-policy"_s,
                                                        u"drop"_s}
                                         << 2;
    QTest::addRow("bad --images") << QStringList{in,       u"--to"_s,     u"openai"_s, u"-o"_s,
                                                 u"OUT"_s, u"--images"_s, u"blur"_s}
                                  << 2;
    QTest::addRow("bad --threads")
            << QStringList{in, u"--to"_s, u"openai"_s, u"-o"_s, u"OUT"_s, u"--threads"_s, u"0"_s}
            << 2;
    QTest::addRow("output is the input")
            << QStringList{in, u"--to"_s, u"openai"_s, u"-o"_s, in} << 2;
    QTest::addRow("output folder missing")
            << QStringList{in, u"--to"_s, u"openai"_s, u"-o"_s, u"NODIR/out.jsonl"_s} << 2;
    QTest::addRow("all policies accepted") << QStringList{in,
                                                          u"--to"_s,
                                                          u"anthropic"_s,
                                                          u"-o"_s,
                                                          u"OUT"_s,
                                                          u"--system-policy"_s,
                                                          u"as-user"_s,
                                                          u"--tool-arguments"_s,
                                                          u"reject"_s,
                                                          u"--same-role"_s,
                                                          u"reject"_s,
                                                          u"--images"_s,
                                                          u"drop"_s,
                                                          u"--no-id-metadata"_s,
                                                          u"--drop-unknown-fields"_s,
                                                          u"--add-migrated-at"_s}
                                           << 0;
}

void TestCliConvert::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QVERIFY(writeFile(path(u"in.jsonl"_s), sample(u"openai"_s) + '\n'));
    QVERIFY(QDir(m_dir->path()).mkdir(u"dir"_s));
    for (QString &a : arguments) {
        if (a == u"IN")
            a = path(u"in.jsonl"_s);
        else if (a == u"OUT")
            a = path(u"out.jsonl"_s);
        else if (a == u"MISSING")
            a = path(u"missing.jsonl"_s);
        else if (a == u"DIR")
            a = path(u"dir"_s);
        else if (a.startsWith(u"NODIR/"))
            a = path(u"nodir/out.jsonl"_s);
    }
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        // one line on stderr, nothing on stdout, nothing written
        QVERIFY2(r.err.startsWith("cutover-cli: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path(u"out.jsonl"_s)));
    } else {
        QCOMPARE(records(readFile(path(u"out.jsonl"_s)), false).size(), 1);
    }
}

void TestCliConvert::severalInputs()
{
    QVERIFY(writeFile(path(u"a.jsonl"_s), sample(u"openai"_s) + '\n' + sample(u"openai"_s) + '\n'));
    QVERIFY(writeFile(path(u"b.jsonl"_s),
                      sample(u"openai"_s) + "\n" + R"({"messages":"nope"})" + "\n"));
    const Run r
            = cli({path(u"a.jsonl"_s), path(u"b.jsonl"_s), u"--to"_s, u"gemini-array"_s, u"-o"_s,
                   path(u"out.json"_s), u"--rejects"_s, path(u"rej.txt"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(records(readFile(path(u"out.json"_s)), true).size(), 3);
    QVERIFY2(readFile(path(u"rej.txt"_s)).startsWith("# b.jsonl:2:"),
             readFile(path(u"rej.txt"_s)).constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[u"records_in"_s].toInt(), 4);
    QCOMPARE(o[u"rejected"_s].toInt(), 1);
    QCOMPARE(o[u"from"_s].toString(), u"openai"_s);
    const QJsonArray files = o[u"files"_s].toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0][u"path"_s].toString(), path(u"a.jsonl"_s));
    QCOMPARE(files[0][u"converted"_s].toInt(), 2);
    QCOMPARE(files[1][u"records_in"_s].toInt(), 2);
    QCOMPARE(files[1][u"rejected"_s].toInt(), 1);
    QCOMPARE(o[u"first_rejects"_s][0][u"file"_s].toString(), u"b.jsonl"_s);
    QCOMPARE(o[u"first_rejects"_s][0][u"line"_s].toInt(), 2);

    // people get a line per file
    const Run human = cli(
            {path(u"a.jsonl"_s), path(u"b.jsonl"_s), u"--to"_s, u"anthropic"_s, u"--dry-run"_s});
    QCOMPARE(human.exitCode, 5);
    QVERIFY2(human.err.contains("4 records in = 3 converted"), human.err.constData());
    QVERIFY(human.err.contains("a.jsonl: 2 records in = 2 converted (0 with losses) + 0 rejected"));
    QVERIFY(human.err.contains("b.jsonl: 2 records in = 1 converted (0 with losses) + 1 rejected"));
}

void TestCliConvert::mixedFormatsRefused()
{
    QVERIFY(writeFile(path(u"a.jsonl"_s), sample(u"openai"_s) + '\n'));
    QVERIFY(writeFile(path(u"b.jsonl"_s), sample(u"sharegpt"_s) + '\n'));
    const Run r = cli({path(u"a.jsonl"_s), path(u"b.jsonl"_s), u"--to"_s, u"anthropic"_s, u"-o"_s,
                       path(u"out.jsonl"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("b.jsonl looks like ShareGPT") && r.err.contains("a.jsonl"),
             r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFile::exists(path(u"out.jsonl"_s)));

    // an explicit --from reads them all as one format: the ShareGPT record is rejected
    const Run forced = cli({path(u"a.jsonl"_s), path(u"b.jsonl"_s), u"--from"_s, u"openai"_s,
                            u"--to"_s, u"anthropic"_s, u"-o"_s, path(u"out.jsonl"_s), u"--json"_s});
    QCOMPARE(forced.exitCode, 5);
    QCOMPARE(QJsonDocument::fromJson(forced.out)[u"files"_s][1][u"rejected"_s].toInt(), 1);
}

void TestCliConvert::convertedConversationsBecomeCases()
{
    const QString project = path(u"p.cutover"_s);
    QProcess made;
    made.start(QString::fromUtf8(CUTOVER_CLI), {u"new"_s, project});
    QVERIFY(made.waitForFinished(60000));
    QCOMPARE(made.exitCode(), 0);
    auto cases = [](const QStringList &arguments) {
        Cutover::CliRunner::RunOptions options;
        options.timeoutMs = 120000;
        return Cutover::CliRunner::runCli(QStringList{u"cases"_s, u"import"_s} + arguments,
                                          options);
    };
    // ShareGPT, one JSON array; the third conversation has no user turn
    QVERIFY(writeFile(path(u"chats.json"_s),
                      "[" + sample(u"sharegpt"_s) + ",\n" + sample(u"sharegpt"_s)
                              + ",\n{\"conversations\":[{\"from\":\"gpt\",\"value\":\"Hi\"}]}]\n"));
    const Run converted = cli({path(u"chats.json"_s), u"--to"_s, u"gemini"_s, u"-o"_s,
                               path(u"chats.gemini.jsonl"_s)});
    QCOMPARE(converted.exitCode, 0);

    // the converted file, read as conversations
    Run r = cases({project, path(u"chats.gemini.jsonl"_s), u"--conversations"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[u"imported"_s].toInt(), 2);
    QCOMPARE(o[u"total"_s].toInt(), 2);
    QCOMPARE(o[u"variables"_s].toArray().toVariantList(),
             (QVariantList{u"system"_s, u"input"_s, u"history"_s}));
    QJsonObject c = o[u"conversations"_s].toObject();
    QCOMPARE(c[u"format"_s].toString(), u"gemini"_s);
    QCOMPARE(c[u"detected"_s].toBool(), true);
    QCOMPARE(c[u"records"_s].toInt(), 3);
    QCOMPARE(c[u"skipped"_s].toInt(), 1);
    QCOMPARE(c[u"first_skipped"_s][0][u"line"_s].toInt(), 3);
    QVERIFY2(r.err.contains("chats.gemini.jsonl: 1 of 3 conversations cannot become a case"),
             r.err.constData());

    // a .json file is read as conversations without the flag; the format may be named
    r = cases({project, path(u"chats.json"_s), u"--format"_s, u"sharegpt"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    c = QJsonDocument::fromJson(r.out)[u"conversations"_s].toObject();
    QCOMPARE(c[u"container"_s].toString(), u"array"_s);
    QCOMPARE(c[u"detected"_s].toBool(), false);
    QCOMPARE(QJsonDocument::fromJson(r.out)[u"total"_s].toInt(), 4);

    // without the flag a .jsonl file is read as cases, as before: one variable per key
    r = cases({project, path(u"chats.gemini.jsonl"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out)[u"variables"_s].toArray().contains(u"contents"_s));

    // a wrong format names the file and the line; nothing is imported
    r = cases({project, path(u"chats.gemini.jsonl"_s), u"--format"_s, u"alpaca"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("chats.gemini.jsonl:1: "), r.err.constData());
    r = cases({project, path(u"chats.gemini.jsonl"_s), u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliConvert)
#include "tst_cli_convert.moc"
