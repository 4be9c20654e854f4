// cutover-cli stats as a script sees it: a project whose results are written
// with RunStore (tests/metrics/metricsfixture.h), read by the real program.

#include "clirunner.h"
#include "core/plan/planstore.h"
#include "core/project/projectfile.h"
#include "core/project/schema.h"
#include "tests/metrics/metricsfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;
using Cutover::CliRunner::Run;

namespace {

Run cli(const QStringList &arguments)
{
    return Cutover::CliRunner::runCli(arguments);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonObject figure(const QJsonObject &root, const QString &side, const QString &name)
{
    return root.value(side).toObject().value(name).toObject();
}

} // namespace

class TestCliStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json();
    void humanTable();
    void twoRuns();
    void errors_data();
    void errors();
    void neverWrites();
    void reportIncludesResults();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_empty;
    QString m_older; // schema version 3: before runs
    qint64 m_run = 0;
    qint64 m_otherRun = 0;
};

void TestCliStats::initTestCase()
{
    m_project = m_dir.filePath(u"stats.cutover"_s);
    auto p = ProjectFile::create(m_project);
    QVERIFY(p.ok());
    QSqlDatabase db = p.value()->database();
    m_run = MetricsFixture::writeStandardRun(db, 100);
    QVERIFY(m_run > 0);
    // One title in Chinese: a terminal gives each of its characters two columns.
    Plan plan = MetricsFixture::standardPlan();
    plan.objectives[1].title = u"足够快 · Fast enough"_s;
    QVERIFY(PlanStore::save(db, plan).ok());
    // A second run answering with "next" only, for --runs A,B.
    auto other = RunStore::createRun(db, MetricsFixture::runInfo({u"next"_s}));
    QVERIFY(other.ok());
    m_otherRun = other.value();
    auto cases = CaseStore::list(db);
    QVERIFY(cases.ok());
    QList<RunResult> results;
    for (const TestCase &c : std::as_const(cases.value()))
        results.append(MetricsFixture::okResult(m_otherRun, c.id, u"next"_s, 0, 300, true,
                                                u"The answer is blue."_s));
    QVERIFY(RunStore::storeResults(db, results).ok());
    QVERIFY(p.value()->close().ok());

    m_empty = m_dir.filePath(u"empty.cutover"_s);
    QCOMPARE(cli({u"new"_s, m_empty}).exitCode, 0);

    m_older = m_dir.filePath(u"older.cutover"_s);
    ProjectOpenOptions v3;
    v3.migrations.clear();
    for (const Schema::Migration &m : Schema::migrations()) {
        if (m.toVersion <= 3)
            v3.migrations.append(m);
    }
    auto older = ProjectFile::create(m_older, v3);
    QVERIFY(older.ok());
    QCOMPARE(older.value()->schemaVersion(), 3);
    QVERIFY(older.value()->close().ok());
}

void TestCliStats::json()
{
    const Run r = cli({u"stats"_s, m_project, u"--runs"_s, QString::number(m_run), u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    const QJsonObject spec = root.value(u"spec"_s).toObject();
    QCOMPARE(spec.value(u"baseline_endpoint"_s).toString(), u"base"_s);
    QCOMPARE(spec.value(u"candidate_endpoint"_s).toString(), u"cand"_s);

    // Every figure carries value, low, high and n.
    const QJsonObject passRate = figure(root, u"candidate"_s, u"pass_rate"_s);
    QCOMPARE(passRate.value(u"value"_s).toDouble(), 0.9);
    QCOMPARE(passRate.value(u"n"_s).toInteger(), 100);
    QVERIFY(passRate.value(u"low"_s).toDouble() < 0.9);
    QVERIFY(passRate.value(u"high"_s).toDouble() > 0.9);
    const QJsonObject cost = figure(root, u"baseline"_s, u"cost_per_1k_requests"_s);
    QVERIFY(qFuzzyCompare(cost.value(u"value"_s).toDouble(), 2.0));
    const QJsonObject p50 = root.value(u"baseline"_s)
                                    .toObject()
                                    .value(u"latency_ms"_s)
                                    .toObject()
                                    .value(u"p50"_s)
                                    .toObject();
    QCOMPARE(p50.value(u"value"_s).toDouble(), 1505.0);
    QVERIFY(p50.contains(u"low"_s) && p50.contains(u"high"_s) && p50.contains(u"n"_s));

    const QJsonObject paired = root.value(u"paired"_s).toObject();
    QCOMPARE(paired.value(u"pairs"_s).toInteger(), 100);
    QCOMPARE(paired.value(u"pass_rate_change_points"_s).toObject().value(u"value"_s).toDouble(),
             -10.0);
    QCOMPARE(paired.value(u"mcnemar"_s).toObject().value(u"method"_s).toString(),
             u"exact-binomial"_s);

    const QJsonArray verdicts = root.value(u"verdicts"_s).toArray();
    QCOMPARE(verdicts.size(), 4);
    QStringList keys;
    for (const QJsonValue &v : verdicts)
        keys.append(v.toObject().value(u"verdict"_s).toString());
    QCOMPARE(keys, (QStringList{u"met"_s, u"met"_s, u"not-met"_s, u"not-judged"_s}));
    QVERIFY(verdicts.at(0).toObject().value(u"interval"_s).toObject().contains(u"low"_s));
}

void TestCliStats::humanTable()
{
    // No --runs: the latest run with two endpoints.
    const Run r = cli({u"stats"_s, m_project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"Baseline:  base (run 1)"_s), qPrintable(text));
    QVERIFY(text.contains(u"Candidate: cand (run 1)"_s));
    // The pass rate row: values with their intervals, aligned columns.
    const QStringList lines = text.split(u'\n');
    QString passRow;
    QString headerRow;
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u"Pass rate"_s) && passRow.isEmpty())
            passRow = line;
        if (line.contains(u"Candidate"_s) && line.contains(u"Change"_s))
            headerRow = line;
    }
    QVERIFY2(passRow.contains(u"100.0 % ["_s), qPrintable(passRow));
    QVERIFY(passRow.contains(u"90.0 % ["_s));
    QVERIFY(passRow.contains(u"-10.0 points ["_s));
    QCOMPARE(passRow.indexOf(u"90.0 %"_s), headerRow.indexOf(u"Candidate"_s));
    QVERIFY(text.contains(u"Latency p99"_s));
    QVERIFY(text.contains(u"not enough data"_s)); // p99 of 100 answers
    // Verdicts, in the plan's order.
    const qsizetype objectives = text.indexOf(u"Objectives"_s);
    QVERIFY(objectives > 0);
    const QString verdicts = text.mid(objectives);
    QVERIFY(verdicts.contains(u"Met"_s));
    QVERIFY(verdicts.contains(u"Not met"_s));
    QVERIFY(verdicts.contains(u"Not judged"_s));
    QVERIFY(verdicts.indexOf(u"Cheaper"_s) < verdicts.indexOf(u"As good"_s));
    // The measured figures start in the same terminal column on every row,
    // the Chinese title's included.
    QList<qsizetype> columns;
    for (const QString &line : verdicts.split(u'\n')) {
        if (!line.contains(u"measured"_s))
            continue;
        const QString before = line.left(line.indexOf(u"measured"_s));
        qsizetype width = 0;
        for (const QChar c : before)
            width += c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF ? 2 : 1;
        columns.append(width);
    }
    QVERIFY2(columns.size() >= 3, qPrintable(verdicts));
    for (qsizetype column : std::as_const(columns))
        QCOMPARE(column, columns.constFirst());
    QVERIFY(verdicts.contains(u"足够快"_s));
    QVERIFY(text.contains(u"billing"_s) && text.contains(u"support"_s));
}

void TestCliStats::twoRuns()
{
    const Run r = cli({u"stats"_s, m_project, u"--runs"_s, u"%1,%2"_s.arg(m_run).arg(m_otherRun),
                       u"--candidate"_s, u"next"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject spec = root.value(u"spec"_s).toObject();
    QCOMPARE(spec.value(u"baseline_run"_s).toInteger(), m_run);
    QCOMPARE(spec.value(u"baseline_endpoint"_s).toString(), u"base"_s);
    QCOMPARE(spec.value(u"candidate_run"_s).toInteger(), m_otherRun);
    QCOMPARE(spec.value(u"candidate_endpoint"_s).toString(), u"next"_s);
    QCOMPARE(root.value(u"paired"_s).toObject().value(u"pairs"_s).toInteger(), 100);
    QCOMPARE(figure(root, u"candidate"_s, u"pass_rate"_s).value(u"value"_s).toDouble(), 1.0);
}

void TestCliStats::errors_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "stats"; %P = the project
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // part of stderr

    QTest::addRow("no project") << QStringList{} << 1 << u"missing argument"_s;
    QTest::addRow("malformed --runs")
            << QStringList{u"%P"_s, u"--runs"_s, u"x,1"_s} << 1 << u"--runs"_s;
    QTest::addRow("three runs") << QStringList{u"%P"_s, u"--runs"_s, u"1,2,3"_s} << 1
                                << u"--runs"_s;
    QTest::addRow("unknown option")
            << QStringList{u"%P"_s, u"--frobnicate"_s} << 1 << u"frobnicate"_s;
    QTest::addRow("unknown run") << QStringList{u"%P"_s, u"--runs"_s, u"42"_s} << 2 << u"42"_s;
    QTest::addRow("unknown endpoint")
            << QStringList{u"%P"_s, u"--runs"_s, u"1"_s, u"--candidate"_s, u"gpt-9"_s} << 2
            << u"gpt-9"_s;
    QTest::addRow("no runs in the project") << QStringList{u"%E"_s} << 2 << u"no run"_s;
    QTest::addRow("missing file") << QStringList{u"%M"_s} << 2 << u"nope.cutover"_s;
    QTest::addRow("older project, read-only: not upgraded")
            << QStringList{u"%O"_s} << 2 << u"older Cutover (schema version 3"_s;
}

void TestCliStats::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList args{u"stats"_s};
    for (const QString &a : std::as_const(arguments))
        args.append(a == u"%P"_s   ? m_project
                    : a == u"%E"_s ? m_empty
                    : a == u"%M"_s ? m_dir.filePath(u"nope.cutover"_s)
                    : a == u"%O"_s ? m_older
                                   : a);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliStats::neverWrites()
{
    const QByteArray before = sha(m_project);
    QVERIFY(!before.isEmpty());
    QCOMPARE(cli({u"stats"_s, m_project}).exitCode, 0);
    QCOMPARE(cli({u"stats"_s, m_project, u"--json"_s}).exitCode, 0);
    QCOMPARE(sha(m_project), before);
    // A read-only file is fine too.
    QVERIFY(QFile::setPermissions(m_project, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    const Run r = cli({u"stats"_s, m_project});
    QVERIFY(QFile::setPermissions(m_project, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliStats::reportIncludesResults()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    const Run r = cli({u"report"_s, m_project, u"-o"_s, pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY(text.contains(u"8 Results"_s));
    QVERIFY(text.contains(u"Pass rate 100.0 % [96.3, 100.0] 90.0 % [82.6, 94.5]"_s));
    QVERIFY(text.contains(u"Answers that disagree most"_s));
    // The empty project has no runs: no Results section.
    const QString emptyPdf = m_dir.filePath(u"empty.pdf"_s);
    QCOMPARE(cli({u"report"_s, m_empty, u"-o"_s, emptyPdf}).exitCode, 0);
    pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, emptyPdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(60000));
    QVERIFY(!QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(u"Results"_s));
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
