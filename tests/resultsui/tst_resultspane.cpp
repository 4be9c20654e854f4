// The results matrix: the model under QAbstractItemModelTester and the pane
// driven with real QTest events, over a real project file.

#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/runs/casestore.h"
#include "core/runs/runstore.h"
#include "core/util/languages.h"
#include "ui/results/resultscelldelegate.h"
#include "ui/results/resultsmatrixmodel.h"
#include "ui/results/resultspane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

// Case c: base passes; cand fails when c % 3 == 0 (different words), else
// the same answer. With two repeats, the second repeat of cand always passes.
QList<RunResult> resultsFor(qint64 run, qint64 from, qint64 to, int repeats = 1)
{
    QList<RunResult> all;
    for (qint64 c = from; c <= to; ++c) {
        for (int rep = 0; rep < repeats; ++rep) {
            for (const QString &ep : {u"base"_s, u"cand"_s}) {
                RunResult r;
                r.runId = run;
                r.caseId = c;
                r.endpoint = ep;
                r.repeat = rep;
                r.status = CallStatus::Ok;
                const bool bad = ep == u"cand"_s && c % 3 == 0 && rep == 0;
                r.text = bad ? u"A different answer to case %1"_s.arg(c)
                             : u"The answer to case %1"_s.arg(c);
                r.passed = !bad;
                r.latencyMs = 200 + c;
                r.cost = 0.0004;
                r.attempts = 1;
                all.append(r);
            }
        }
    }
    return all;
}

} // namespace

class TestResultsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTheTester();
    void modelReadsPagesLazily();
    void modelRolesAndRepeats();
    void runsNewestFirst();
    void filterButtonsFilter();
    void sortByDisagreementPutsFailuresFirst();
    void doubleClickAndEnterOpenInCompare();
    void liveRefreshAppendsRowsAndFollowsRatings();
    void currentCaseAndColumnsAreKept();
    void differentComparesTheChosenEndpoint();
    void projectClosedUnderThePane();
    void renders();

private:
    qint64 addRun(const QStringList &endpoints, int repeats = 1);
    QSqlDatabase db() const { return m_project->file()->database(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_run = 0;
};

void TestResultsPane::init()
{
    Languages::install(u"en"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Project::create(m_dir->filePath(u"p.cutover"_s));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_project = std::move(created).value();
    QList<TestCase> cases;
    for (int i = 1; i <= 300; ++i) {
        TestCase c;
        c.variables.insert(u"q"_s, u"question %1"_s.arg(i));
        cases.append(c);
    }
    QVERIFY(CaseStore::add(db(), cases).ok());
    m_run = addRun({u"base"_s, u"cand"_s});
    QVERIFY(RunStore::storeResults(db(), resultsFor(m_run, 1, 300)).ok());
}

void TestResultsPane::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

qint64 TestResultsPane::addRun(const QStringList &endpoints, int repeats)
{
    RunInfo run;
    run.promptName = u"triage"_s;
    run.promptVersion = 1;
    run.endpoints = endpoints;
    run.repeats = repeats;
    run.status = RunStatus::Done;
    run.createdAt = QDateTime::currentDateTimeUtc();
    auto id = RunStore::createRun(db(), run);
    return id ? id.value() : 0;
}

void TestResultsPane::modelPassesTheTester()
{
    ResultsMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(db(), m_project->path());
    QSignalSpy loaded(&model, &ResultsMatrixModel::loaded);
    model.setRun(RunStore::loadRun(db(), m_run).value());
    QVERIFY(model.isLoading());
    // The first page at once, the rest appended when the index is in.
    QCOMPARE(model.rowCount(), ResultsMatrixModel::kPageSize);
    QCOMPARE(model.caseIdAt(0), 1);
    QSignalSpy appended(&model, &ResultsMatrixModel::rowsInserted);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(1).toInt(), ResultsMatrixModel::kPageSize);
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.columnCount(), 3);

    // Filters reset; appended results insert rows; ratings refresh cells.
    model.setFilter(ResultsFilter::Failures);
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(model.rowCount(), 100);
    model.setFilter(ResultsFilter::All);
    QTRY_COMPARE(loaded.count(), 3);
    QVERIFY(RunStore::storeResults(db(), resultsFor(m_run, 301, 310)).ok());
    QSignalSpy inserted(&model, &ResultsMatrixModel::rowsInserted);
    model.refresh();
    QTRY_COMPARE(loaded.count(), 4);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 310);
    model.setSortByDisagreement(true);
    QTRY_COMPARE(loaded.count(), 5);
    QCOMPARE(model.caseIdAt(0), 3);
    // Refreshes while a read is in flight end with one up-to-date index.
    model.refresh();
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 310);
    // Another run: a reset with other columns.
    const qint64 other = addRun({u"a"_s, u"b"_s, u"c"_s});
    model.setRun(RunStore::loadRun(db(), other).value());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsPane::modelReadsPagesLazily()
{
    ResultsMatrixModel model;
    model.setSource(db(), m_project->path());
    model.setRun(RunStore::loadRun(db(), m_run).value());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.pagesLoaded(), 0); // nothing read until asked
    QCOMPARE(model.data(model.index(299, 1)).toString(), u"The answer to case 300"_s);
    QCOMPARE(model.pagesLoaded(), 1);
    QCOMPARE(model.pageReads(), 1);
    // The same page again: no new read.
    QCOMPARE(model.data(model.index(262, 2)).toString(), u"The answer to case 263"_s);
    QCOMPARE(model.pageReads(), 1);
    // Many pages: only the most recent ones are kept.
    QVERIFY(RunStore::storeResults(db(), resultsFor(m_run, 301, 3000)).ok());
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 3000);
    for (int row = 0; row < 3000; row += ResultsMatrixModel::kPageSize)
        QCOMPARE(model.data(model.index(row, 1)).toString(),
                 u"The answer to case %1"_s.arg(row + 1));
    QCOMPARE(model.pagesLoaded(), ResultsMatrixModel::kMaxPages);
    QCOMPARE(model.data(model.index(0, 0)).toString(), u"q = question 1"_s);
    QCOMPARE(model.data(model.index(2999, 0)).toString(), u"(case removed)"_s); // no such case
}

void TestResultsPane::modelRolesAndRepeats()
{
    const qint64 run = addRun({u"base"_s, u"cand"_s}, 2);
    QVERIFY(RunStore::storeResults(db(), resultsFor(run, 1, 6, 2)).ok());
    QVERIFY(RunStore::setRating(db(), run, RatingEntry{3, Rating::CandidateBetter, u"terse"_s, {}})
                    .ok());
    ResultsMatrixModel model;
    model.setSource(db(), m_project->path());
    model.setRun(RunStore::loadRun(db(), run).value());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 6);
    const QModelIndex cand3 = model.index(2, 2);
    QCOMPARE(model.data(cand3, ResultsMatrixModel::PassedRole), QVariant(false));
    QCOMPARE(model.data(cand3, ResultsMatrixModel::RepeatsRole).toInt(), 2);
    QCOMPARE(model.data(cand3, ResultsMatrixModel::PassedRepeatsRole).toInt(), 1);
    QCOMPARE(model.data(cand3, ResultsMatrixModel::EndpointRole).toString(), u"cand"_s);
    QCOMPARE(ResultsCellDelegate::badgeText(cand3), u"FAIL  · 1/2 repeats pass"_s);
    QCOMPARE(ResultsCellDelegate::metricsText(cand3), u"203 ms · 0.00040"_s);
    const QModelIndex case3 = model.index(2, 0);
    QCOMPARE(model.data(case3, ResultsMatrixModel::RatingRole).toInt(),
             int(Rating::CandidateBetter));
    QCOMPARE(model.data(case3, ResultsMatrixModel::RatingNoteRole).toString(), u"terse"_s);
    QCOMPARE(ResultsCellDelegate::metricsText(case3), u"candidate better"_s);
    QCOMPARE(ResultsCellDelegate::badgeText(case3), u"#3"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"base (baseline)"_s);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"cand"_s);
}

void TestResultsPane::runsNewestFirst()
{
    const qint64 second = addRun({u"base"_s, u"cand"_s});
    ResultsPane pane(m_project.get());
    QCOMPARE(pane.runCombo()->count(), 2);
    QCOMPARE(pane.currentRunId(), second);
    QCOMPARE(pane.runCombo()->itemData(1).toLongLong(), m_run);
    QVERIFY(pane.runCombo()->itemText(0).contains(u"base vs cand"_s));
    QVERIFY(!pane.runCombo()->itemText(0).contains(u"sample"_s));
    // A new run appears; the chosen one stays.
    QVERIFY(pane.selectRun(m_run));
    RunInfo noted = RunStore::loadRun(db(), m_run).value();
    noted.note = u"recorded sample data"_s;
    const qint64 third = RunStore::createRun(db(), noted).value();
    Q_EMIT m_project->runsChanged();
    QCOMPARE(pane.runCombo()->count(), 3);
    QCOMPARE(pane.runCombo()->itemData(0).toLongLong(), third);
    QVERIFY(pane.runCombo()->itemText(0).endsWith(u" · recorded sample data"_s));
    QCOMPARE(pane.currentRunId(), m_run);
}

void TestResultsPane::filterButtonsFilter()
{
    ResultsPane pane(m_project.get());
    pane.resize(900, 600);
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 300);
    QVERIFY(pane.summaryLabel()->text().contains(u"300"_s));

    QTest::mouseClick(pane.filterButton(ResultsFilter::Failures), Qt::LeftButton);
    QTRY_COMPARE(pane.model()->rowCount(), 100);
    QVERIFY(!pane.model()->isLoading());
    QCOMPARE(pane.filter(), ResultsFilter::Failures);
    QVERIFY(pane.filterButton(ResultsFilter::Failures)->isChecked());
    QCOMPARE(pane.model()->caseIdAt(0), 3);

    QTest::mouseClick(pane.filterButton(ResultsFilter::Different), Qt::LeftButton);
    QTRY_VERIFY(!pane.model()->isLoading() && pane.filter() == ResultsFilter::Different);
    QCOMPARE(pane.model()->rowCount(), 100);

    QVERIFY(RunStore::setRating(db(), m_run, RatingEntry{1, Rating::Tie, QString(), {}}).ok());
    QTest::mouseClick(pane.filterButton(ResultsFilter::Unrated), Qt::LeftButton);
    QTRY_VERIFY(!pane.model()->isLoading() && pane.filter() == ResultsFilter::Unrated);
    QCOMPARE(pane.model()->rowCount(), 299);
    QCOMPARE(pane.model()->caseIdAt(0), 2);

    // Alt+A: back to all.
    QTest::keyClick(&pane, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(!pane.model()->isLoading() && pane.filter() == ResultsFilter::All);
    QCOMPARE(pane.model()->rowCount(), 300);
}

void TestResultsPane::sortByDisagreementPutsFailuresFirst()
{
    ResultsPane pane(m_project.get());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 300);
    QTest::mouseClick(pane.sortButton(), Qt::LeftButton);
    QVERIFY(pane.sortByDisagreement());
    QTRY_VERIFY(!pane.model()->isLoading());
    QCOMPARE(pane.model()->rowCount(), 300);
    for (int row = 0; row < 100; ++row)
        QCOMPARE(pane.model()->caseIdAt(row) % 3, 0);
    QCOMPARE(pane.model()->caseIdAt(100), 1);
    QCOMPARE(pane.model()->data(pane.model()->index(0, 0), ResultsMatrixModel::DisagreementRole),
             QVariant(3.0));
}

void TestResultsPane::doubleClickAndEnterOpenInCompare()
{
    ResultsPane pane(m_project.get());
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 300);
    QSignalSpy open(&pane, &ResultsPane::openInCompare);
    QTableView *view = pane.view();
    const QModelIndex cell = pane.model()->index(1, 2);
    const QPoint at = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), m_run);
    QCOMPARE(open.at(0).at(1).toLongLong(), 2);
    QCOMPARE(open.at(0).at(2).toString(), u"cand"_s);
    QCOMPARE(open.at(0).at(3).toInt(), 0);

    // Keyboard: down to the next case, Enter.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(1).toLongLong(), 3);

    // The case column compares the baseline with the candidate.
    view->setCurrentIndex(pane.model()->index(4, 0));
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(open.count(), 3);
    QCOMPARE(open.at(2).at(1).toLongLong(), 5);
    QCOMPARE(open.at(2).at(2).toString(), u"cand"_s);
}

void TestResultsPane::liveRefreshAppendsRowsAndFollowsRatings()
{
    ResultsPane pane(m_project.get());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 300);
    const int readsBefore = pane.model()->pageReads();
    Q_UNUSED(readsBefore);
    QSignalSpy inserted(pane.model(), &ResultsMatrixModel::rowsInserted);
    // A burst of notices while results arrive: one throttled refresh.
    for (qint64 c = 301; c <= 320; ++c) {
        QVERIFY(RunStore::storeResults(db(), resultsFor(m_run, c, c)).ok());
        Q_EMIT m_project->runResultsChanged(m_run);
    }
    QTRY_COMPARE(pane.model()->rowCount(), 320);
    QCOMPARE(inserted.count(), 1);
    // Notices of another run are ignored.
    Q_EMIT m_project->runResultsChanged(m_run + 100);

    // A rating shows in the case column and leaves the Unrated filter.
    pane.setFilter(ResultsFilter::Unrated);
    QTRY_VERIFY(!pane.model()->isLoading());
    QCOMPARE(pane.model()->rowCount(), 320);
    QVERIFY(RunStore::setRating(db(), m_run, RatingEntry{7, Rating::BothBad, QString(), {}}).ok());
    Q_EMIT m_project->ratingsChanged(m_run);
    QTRY_COMPARE(pane.model()->rowCount(), 319);
    pane.setFilter(ResultsFilter::All);
    QTRY_VERIFY(!pane.model()->isLoading());
    QCOMPARE(pane.model()->data(pane.model()->index(6, 0), ResultsMatrixModel::RatingRole).toInt(),
             int(Rating::BothBad));
}

void TestResultsPane::currentCaseAndColumnsAreKept()
{
    ResultsPane pane(m_project.get());
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 300);
    // Case 150 is current; the Failures filter keeps it (it fails), scrolled into view.
    pane.view()->setCurrentIndex(pane.model()->index(149, 2));
    pane.setFilter(ResultsFilter::Failures);
    QTRY_VERIFY(!pane.model()->isLoading());
    QTRY_VERIFY(pane.view()->currentIndex().isValid());
    QCOMPARE(pane.model()->caseIdAt(pane.view()->currentIndex().row()), 150);
    QVERIFY(pane.view()->viewport()->rect().intersects(
            pane.view()->visualRect(pane.view()->currentIndex())));

    // Column widths, filter and order round-trip; other data is ignored.
    pane.view()->horizontalHeader()->resizeSection(1, 210);
    pane.setSortByDisagreement(true);
    const QByteArray state = pane.saveState();
    pane.view()->horizontalHeader()->resizeSection(1, 400);
    pane.setFilter(ResultsFilter::All);
    pane.setSortByDisagreement(false);
    QVERIFY(!pane.restoreState(QByteArray("not a state")));
    QCOMPARE(pane.filter(), ResultsFilter::All);
    QVERIFY(pane.restoreState(state));
    QCOMPARE(pane.view()->horizontalHeader()->sectionSize(1), 210);
    QCOMPARE(pane.filter(), ResultsFilter::Failures);
    QVERIFY(pane.sortByDisagreement());
    QVERIFY(pane.filterButton(ResultsFilter::Failures)->isChecked());
    QVERIFY(pane.sortButton()->isChecked());
    QTRY_VERIFY(!pane.model()->isLoading());
    QCOMPARE(pane.model()->rowCount(), 100);
}

void TestResultsPane::differentComparesTheChosenEndpoint()
{
    // Three endpoints: "other" differs from the baseline on cases 1 and 2 only.
    const qint64 run = addRun({u"base"_s, u"cand"_s, u"other"_s});
    QList<RunResult> all = resultsFor(run, 1, 9);
    for (qint64 c = 1; c <= 9; ++c) {
        RunResult r = all.at(0);
        r.caseId = c;
        r.endpoint = u"other"_s;
        r.text = c <= 2 ? u"Something else"_s : u"The answer to case %1"_s.arg(c);
        r.passed = true;
        all.append(r);
    }
    QVERIFY(RunStore::storeResults(db(), all).ok());
    ResultsPane pane(m_project.get());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.selectRun(run));
    QVERIFY(pane.candidateCombo()->isVisible());
    QCOMPARE(pane.candidateCombo()->count(), 2);
    pane.setFilter(ResultsFilter::Different);
    QTRY_VERIFY(!pane.model()->isLoading());
    QCOMPARE(pane.model()->rowCount(), 3); // cases 3, 6, 9 against cand
    pane.candidateCombo()->setCurrentIndex(1);
    QTRY_VERIFY(!pane.model()->isLoading());
    QCOMPARE(pane.model()->candidate(), u"other"_s);
    QCOMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(pane.model()->caseIdAt(0), 1);
    // A two-endpoint run hides the choice.
    QVERIFY(pane.selectRun(m_run));
    QVERIFY(!pane.candidateCombo()->isVisible());
    QCOMPARE(pane.model()->candidate(), u"cand"_s);
}

// The shell may close the project before it removes the pane: the pane
// holds no copy of the connection and keeps painting.
void TestResultsPane::projectClosedUnderThePane()
{
    QTest::failOnWarning(QRegularExpression(u"still in use"_s));
    ResultsPane pane(m_project.get());
    pane.resize(800, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 300);
    QVERIFY(!pane.grab().isNull());
    QVERIFY(m_project->close().ok());
    pane.view()->scrollToBottom(); // pages not read yet: the read fails quietly
    QVERIFY(!pane.grab().isNull());
    m_project.reset();
    QVERIFY(!pane.grab().isNull());
}

// Writes PNGs when CUTOVER_SCREENSHOT_DIR is set.
void TestResultsPane::renders()
{
    const qint64 run = addRun({u"base"_s, u"cand"_s}, 3);
    QList<RunResult> all = resultsFor(run, 1, 40, 3);
    all[3].status = CallStatus::Error; // case 1, cand, repeat 1
    all[3].text.clear();
    all[3].passed.reset();
    all[2].text = u"A long answer that goes on and on, explaining every step of the way, so "
                  "that the cell has to wrap it onto a second line and elide the rest of it."_s;
    QVERIFY(RunStore::storeResults(db(), all).ok());
    // Repeat 0 of case 3's candidate errored.
    RunResult err = all[2 * 6 + 1];
    err.status = CallStatus::Error;
    err.text.clear();
    err.passed.reset();
    err.error = u"HTTP 500"_s;
    QVERIFY(RunStore::storeResults(db(), {err}).ok());
    QVERIFY(RunStore::setRating(db(), run, RatingEntry{3, Rating::BaselineBetter, {}, {}}).ok());
    ResultsPane pane(m_project.get());
    pane.resize(1000, 560);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 40);
    pane.view()->setCurrentIndex(pane.model()->index(1, 1));
    QCoreApplication::sendPostedEvents();
    const QImage image = pane.grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("CUTOVER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + u"/results-matrix.png"_s));
}

QTEST_MAIN(TestResultsPane)
#include "tst_resultspane.moc"
