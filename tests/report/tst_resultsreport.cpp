// The report's Results section: options built from a real project with
// stored results (reportOptionsFor), the PDF read back with pdftotext and
// pdfimages; and the section's building blocks.

#include "core/plan/planstore.h"
#include "core/project/projectfile.h"
#include "core/report/planreport.h"
#include "core/report/resultscharts.h"
#include "core/report/resultssection.h"
#include "tests/metrics/metricsfixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace Cutover;
namespace MF = Cutover::MetricsFixture;

namespace {

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s})
            .normalized(QString::NormalizationForm_KC)
            .remove(QChar(0x200B))
            .simplified();
}

const QString kLongAnswer = u"start-of-long "_s + QString(1990, u'x') + u" END-OF-LONG"_s;

} // namespace

class TestResultsReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void optionsCarryTheComparison();
    void resultsSectionText_data();
    void resultsSectionText();
    void disagreementsEscapedAndCut();
    void chartsAreVector();
    void nothingTwice_data();
    void nothingTwice();
    void noResultsWithoutRuns();
    void noResultsForAMissingFile();
    void optionsInAWorkerThread();
    void answerHtml_data();
    void answerHtml();
    void latencyBins();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_pdf;
    QString m_text;
    ReportOptions m_options;
};

void TestResultsReport::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
        || QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfimages) is not installed");
    m_project = m_dir.filePath(u"results.cutover"_s);
    {
        auto p = ProjectFile::create(m_project);
        QVERIFY(p.ok());
        QSqlDatabase db = p.value()->database();
        const qint64 run = MF::writeStandardRun(db, 100);
        QVERIFY(run > 0);
        QVERIFY(PlanStore::save(db, MF::standardPlan()).ok());
        auto cases = CaseStore::list(db);
        QVERIFY(cases.ok());
        // Case 10 fails with markup in its answer, case 20 with a long one.
        QList<RunResult> changed;
        RunResult markup = MF::okResult(run, cases->at(9).id, u"cand"_s, 0, 550, false,
                                        u"<b>bold</b> & \"quoted\""_s);
        RunResult longOne
                = MF::okResult(run, cases->at(19).id, u"cand"_s, 0, 600, false, kLongAnswer);
        changed << markup << longOne;
        QVERIFY(RunStore::storeResults(db, changed).ok());
        db = QSqlDatabase();
        QVERIFY(p.value()->close().ok());
    }
    auto plan = [&] {
        ProjectOpenOptions readOnly;
        readOnly.readOnly = true;
        auto p = ProjectFile::open(m_project, readOnly);
        return p ? PlanStore::load(p.value()->database()) : Result<Plan>(p.error());
    }();
    QVERIFY(plan.ok());
    m_options = reportOptionsFor(m_project, plan.value());
    m_options.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(9, 30));
    m_pdf = m_dir.filePath(u"results.pdf"_s);
    const Result<void> written = writePlanReport(plan.value(), m_options, m_pdf);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    m_text = pdfText(m_pdf);
    QVERIFY(!m_text.isEmpty());
}

void TestResultsReport::optionsCarryTheComparison()
{
    QVERIFY(m_options.results.has_value());
    QCOMPARE(m_options.results->spec.baselineEndpoint, u"base"_s);
    QCOMPARE(m_options.results->candidate.passed, 90);
    QCOMPARE(m_options.results->verdicts.size(), 4);
    QCOMPARE(m_options.projectName, u"results"_s);
}

void TestResultsReport::resultsSectionText_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addRow("heading") << u"8 Results"_s;
    QTest::addRow("intro") << u"Baseline base (run 1) against candidate cand (run 1), paired over "
                              "100 cells"_s;
    QTest::addRow("summary heading") << u"Summary Figure Baseline Candidate Change"_s;
    // 100/100 with Wilson [96.3, 100.0]; 90/100 with [82.6, 94.5].
    QTest::addRow("pass rate row")
            << u"Pass rate 100.0 % [96.3, 100.0] 90.0 % [82.6, 94.5] -10.0 points ["_s;
    QTest::addRow("p50 row") << u"Latency p50 1.505 s ["_s;
    QTest::addRow("p99 not enough data") << u"not enough data"_s;
    QTest::addRow("cost row") << u"Cost per 1,000 requests 2.0000"_s;
    QTest::addRow("verdict met") << u"Cheaper Cost per 1k requests ≤ baseline −30 % -50.000 %"_s;
    QTest::addRow("verdict not met") << u"-10.000 points"_s;
    QTest::addRow("verdict labels") << u"Not met"_s;
    QTest::addRow("custom not judged") << u"custom metric that Cutover does not measure"_s;
    QTest::addRow("paired tests") << u"Pass/fail (McNemar) 10 only baseline passed, 0 only "
                                     "candidate passed; p = 0.0020"_s;
    QTest::addRow("latency chart") << u"Latency distribution"_s;
    QTest::addRow("latency chart legend") << u"p50"_s;
    QTest::addRow("threshold") << u"target: Latency p95 ≤ 2 s"_s;
    QTest::addRow("pass rate chart") << u"Pass rate, by tag"_s;
    QTest::addRow("pass rate bar label") << u"support · cand"_s;
    QTest::addRow("tags table") << u"support 50 100.0 % [92.9, 100.0] 80.0 % [67.0, 88.8]"_s;
    QTest::addRow("disagreements") << u"Answers that disagree most"_s;
    QTest::addRow("a disagreement") << u"Case 30, repeat 1 — pass/fail differs"_s;
}

void TestResultsReport::resultsSectionText()
{
    QFETCH(QString, expected);
    QVERIFY2(m_text.contains(expected.normalized(QString::NormalizationForm_KC)),
             qPrintable(m_text.mid(m_text.indexOf(u"8 Results"_s), 3000)));
}

void TestResultsReport::disagreementsEscapedAndCut()
{
    // Markup in an answer is text, not formatting.
    QVERIFY(m_text.contains(u"<b>bold</b> & \"quoted\""_s));
    // The long answer: its start, the note, not its end.
    QVERIFY(m_text.contains(u"start-of-long"_s));
    QVERIFY(m_text.contains(u"cut; %1 characters in all"_s.arg(kLongAnswer.size())));
    QVERIFY(!m_text.contains(u"END-OF-LONG"_s));
    // Both answers of a cell side by side: the baseline's and the candidate's.
    const qsizetype at = m_text.indexOf(u"Case 10, repeat 1"_s);
    QVERIFY(at > 0);
    const QString cell = m_text.mid(at, 400);
    QVERIFY2(cell.contains(u"The answer to case 10 is blue."_s), qPrintable(cell));
    QVERIFY(cell.contains(u"<b>bold</b>"_s));
}

void TestResultsReport::chartsAreVector()
{
    // pdfimages lists a header of two lines and one line per image.
    const QString list = runTool(u"pdfimages"_s, {u"-list"_s, m_pdf});
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.trimmed().split(u'\n').size(), 2);
}

void TestResultsReport::nothingTwice_data()
{
    // Charts and tables that meet a page break are drawn once: no clipped
    // copy on the page before, no header row repeated over the next one.
    QTest::addColumn<QString>("text");
    QTest::addRow("latency chart") << u"Latency distribution"_s;
    QTest::addRow("pass rate chart") << u"Pass rate, by tag"_s;
    QTest::addRow("cost chart axis") << u"cost per 1,000 requests, bars with 95 % intervals"_s;
    QTest::addRow("paired tests header") << u"Paired test Result"_s;
    QTest::addRow("summary header") << u"Figure Baseline Candidate Change"_s;
    QTest::addRow("verdicts header") << u"Objective Target Measured Verdict"_s;
}

void TestResultsReport::nothingTwice()
{
    QFETCH(QString, text);
    QCOMPARE(m_text.count(text), 1);
}

void TestResultsReport::noResultsWithoutRuns()
{
    const QString path = m_dir.filePath(u"noruns.cutover"_s);
    {
        auto p = ProjectFile::create(path);
        QVERIFY(p.ok());
        QVERIFY(p.value()->close().ok());
    }
    const Plan plan = MF::standardPlan();
    ReportOptions options = reportOptionsFor(path, plan);
    QVERIFY(!options.results);
    // A run without results is not reported either.
    {
        auto p = ProjectFile::open(path);
        QVERIFY(p.ok());
        QVERIFY(RunStore::createRun(p.value()->database(), MF::runInfo({u"a"_s, u"b"_s})).ok());
        QVERIFY(p.value()->close().ok());
    }
    options = reportOptionsFor(path, plan);
    QVERIFY(!options.results);
    const QString pdf = m_dir.filePath(u"noruns.pdf"_s);
    QVERIFY(writePlanReport(plan, options, pdf).ok());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"7 Open points"_s));
    QVERIFY(!text.contains(u"8 Results"_s));
}

void TestResultsReport::noResultsForAMissingFile()
{
    const QString path = m_dir.filePath(u"missing.cutover"_s);
    const ReportOptions options = reportOptionsFor(path, Plan());
    QVERIFY(!options.results);
    QCOMPARE(options.projectName, u"missing"_s);
    QVERIFY(!QFile::exists(path));
}

void TestResultsReport::optionsInAWorkerThread()
{
    const Plan plan = MF::standardPlan();
    const QString path = m_project;
    QFuture<ReportOptions> worker = QtConcurrent::run([path, plan] {
        qint64 lastDone = 0;
        Metrics::Options metrics;
        metrics.progress = [&lastDone](qint64 done, qint64) {
            lastDone = done;
        };
        ReportOptions options = reportOptionsFor(path, plan, metrics);
        if (lastDone != 200)
            options.results.reset(); // progress did not reach every result
        return options;
    });
    QTRY_VERIFY_WITH_TIMEOUT(worker.isFinished(), 60000);
    QVERIFY(worker.result().results.has_value());
    QCOMPARE(worker.result().results->paired.pairs, 100);

    // Cancelled: no Results section.
    std::atomic_bool cancel = true;
    Metrics::Options metrics;
    metrics.cancel = &cancel;
    QVERIFY(!reportOptionsFor(path, plan, metrics).results);
}

void TestResultsReport::answerHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");
    QTest::addRow("escaped") << u"a < b & \"c\""_s << 100
                             << QStringList{u"a &lt; b &amp; &quot;c&quot;"_s}
                             << QStringList{u"<b"_s};
    QTest::addRow("line breaks") << u"one\ntwo"_s << 100 << QStringList{u"one<br/>two"_s}
                                 << QStringList{};
    QTest::addRow("cut") << u"abcdefghij"_s << 4 << QStringList{u"abcd"_s, u"10 characters"_s}
                         << QStringList{u"abcde"_s};
    QTest::addRow("long word breakable")
            << QString(45, u'y') << 100
            << QStringList{QString(40, u'y') + QChar(0x200B) + QString(5, u'y')}
            << QStringList{QString(41, u'y')};
    QTest::addRow("short words untouched")
            << u"short words only"_s << 100 << QStringList{u"short words only"_s}
            << QStringList{QString(QChar(0x200B))};
    QTest::addRow("empty") << QString() << 100 << QStringList{u"(empty)"_s} << QStringList{};
}

void TestResultsReport::answerHtml()
{
    QFETCH(QString, text);
    QFETCH(int, maxChars);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const QString html = ResultsSection::answerHtml(text, maxChars);
    for (const QString &c : std::as_const(contains))
        QVERIFY2(html.contains(c), qPrintable(html));
    for (const QString &l : std::as_const(lacks))
        QVERIFY2(!html.contains(l), qPrintable(html));
}

void TestResultsReport::latencyBins()
{
    // Baseline 1..100 ms, candidate 1..200 ms plus one outlier at 10 s.
    QList<double> base;
    QList<double> cand;
    for (int i = 1; i <= 100; ++i)
        base.append(i);
    for (int i = 1; i <= 200; ++i)
        cand.append(i);
    cand.append(10000);
    const ReportCharts::LatencyDistribution d
            = ReportCharts::latencyDistribution(u"b"_s, base, u"c"_s, cand, 20);
    QVERIFY(!d.isEmpty());
    QCOMPARE(d.baselineShare.size(), d.candidateShare.size());
    // The axis ends just above the larger p99 (about 198 ms), not at 10 s.
    QVERIFY(d.binWidthMs * d.baselineShare.size() < 400);
    QCOMPARE(d.candidateBeyond, 1);
    QCOMPARE(d.baselineBeyond, 0);
    const double baseSum = std::accumulate(d.baselineShare.cbegin(), d.baselineShare.cend(), 0.0);
    const double candSum = std::accumulate(d.candidateShare.cbegin(), d.candidateShare.cend(), 0.0);
    QVERIFY(qFuzzyCompare(baseSum, 1.0));
    QVERIFY(qFuzzyCompare(candSum, 200.0 / 201.0));
    QCOMPARE(d.baselineP50, 50.5);
    // Empty samples: no chart.
    QVERIFY(ReportCharts::latencyDistribution(u"b"_s, {}, u"c"_s, {}).isEmpty());
}

QTEST_MAIN(TestResultsReport)
#include "tst_resultsreport.moc"
