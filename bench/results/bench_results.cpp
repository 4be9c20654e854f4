// Opening the results matrix on a large stored run.
//
// Writes CASES test cases and CASES × 2 results (endpoints "base" and
// "cand"; every 7th candidate answer fails, every 11th differs) into a
// temporary project with RunStore, then, ROUNDS times, measures:
//   first     constructing ResultsPane until its first frame (grab()), which
//             shows the first page of rows before the index is read
//   open      constructing ResultsPane until a frame with every row (the
//             index read on its worker thread, then grab())
//   to end    scrollToBottom() and the next frame (grab())
//   page down 40 PageDown key presses, one frame each (mean per frame)
//   failures  clicking the Failures filter until its first frame
//   sorted    turning on "sort by disagreement" until its first frame
// Prints medians (ms), peak RSS and how many pages of rows were read.
// Usage: bench_results [--cases N] [--rounds R] [--keep DIR]

#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/runs/casestore.h"
#include "core/runs/resultsquery.h"
#include "core/runs/runstore.h"
#include "ui/results/resultsmatrixmodel.h"
#include "ui/results/resultspane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <tuple>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0.0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void fail(const QString &what)
{
    std::fprintf(stderr, "bench_results: %s\n", qPrintable(what));
    std::exit(1);
}

// Runs the event loop until the model has its index.
void waitLoaded(ResultsMatrixModel *model)
{
    if (!model->isLoading())
        return;
    // Sleeping in an event loop, not polling: the worker gets the CPU.
    QEventLoop loop;
    QObject::connect(model, &ResultsMatrixModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(model, &ResultsMatrixModel::loadFailed, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 populate(Project *project, int cases)
{
    QSqlDatabase db = project->file()->database();
    QList<TestCase> all;
    all.reserve(cases);
    for (int i = 1; i <= cases; ++i) {
        TestCase c;
        c.variables.insert(u"question"_s, u"How do I reset the password of account %1?"_s.arg(i));
        c.variables.insert(u"lang"_s, i % 2 ? u"en"_s : u"de"_s);
        all.append(c);
    }
    auto ids = CaseStore::add(db, all);
    if (!ids)
        fail(ids.error().message);
    RunInfo run;
    run.promptName = u"support-reply"_s;
    run.promptVersion = 3;
    run.endpoints = {u"base"_s, u"cand"_s};
    run.status = RunStatus::Done;
    run.createdAt = QDateTime::currentDateTimeUtc();
    auto runId = RunStore::createRun(db, run);
    if (!runId)
        fail(runId.error().message);
    const QString answer
            = u"Open Settings, choose Security, then Reset password. We send a link to the "
              "address on file; it is valid for 24 hours. If it does not arrive, check the spam "
              "folder or ask an administrator to reset it for you."_s;
    QList<RunResult> batch;
    for (int i = 0; i < ids->size(); ++i) {
        for (const QString &ep : run.endpoints) {
            RunResult r;
            r.runId = runId.value();
            r.caseId = ids->at(i);
            r.endpoint = ep;
            r.status = CallStatus::Ok;
            const bool cand = ep == u"cand"_s;
            r.text = cand && i % 11 == 0 ? answer + u" (Reply sent in German.)"_s : answer;
            r.finishReason = u"stop"_s;
            r.usage.input = 420;
            r.usage.output = 60;
            r.ttftMs = 300 + i % 97;
            r.latencyMs = 900 + i % 500;
            r.cost = 0.00042;
            r.attempts = 1;
            r.passed = !(cand && i % 7 == 0);
            r.score = *r.passed ? 1.0 : 0.0;
            r.finishedAt = QDateTime::currentDateTimeUtc();
            batch.append(r);
        }
        if (batch.size() >= 10000 || i + 1 == ids->size()) {
            if (auto stored = RunStore::storeResults(db, batch); !stored)
                fail(stored.error().message);
            batch.clear();
        }
    }
    return runId.value();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption casesOption(u"cases"_s, u"Test cases (2 results each)."_s, u"N"_s,
                                   u"50000"_s);
    QCommandLineOption roundsOption(u"rounds"_s, u"Measured rounds."_s, u"R"_s, u"7"_s);
    parser.addOptions({casesOption, roundsOption});
    parser.process(app);
    const int cases = parser.value(casesOption).toInt();
    const int rounds = parser.value(roundsOption).toInt();

    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(u"bench.cutover"_s));
    if (!created)
        fail(created.error().message);
    std::unique_ptr<Project> project = std::move(created).value();
    QElapsedTimer writing;
    writing.start();
    const qint64 runId = populate(project.get(), cases);
    std::printf("wrote %d cases and %d results in %.0f ms\n", cases, 2 * cases, ms(writing));

    QList<double> constructed, loaded, firstFrame;
    QList<double> open, toEnd, pageDown, failures, sorted;
    int pagesRead = 0;
    int failureRows = 0;
    for (int round = 0; round < rounds + 1; ++round) { // round 0 warms the page cache
        QElapsedTimer t;
        t.start();
        auto pane = std::make_unique<ResultsPane>(project.get());
        pane->resize(1280, 800);
        pane->show();
        if (!pane->selectRun(runId))
            fail(u"the run is not listed"_s);
        const double constructedMs = ms(t);
        // The first frame: the first page of rows is there before the index.
        if (pane->model()->rowCount() == 0)
            fail(u"no rows before the index"_s);
        if (pane->grab().isNull())
            fail(u"no frame"_s);
        const double firstFrameMs = ms(t);
        waitLoaded(pane->model());
        const double loadedMs = ms(t);
        if (pane->model()->rowCount() != cases)
            fail(u"%1 rows instead of %2"_s.arg(pane->model()->rowCount()).arg(cases));
        QImage first = pane->grab().toImage();
        const double openMs = ms(t);

        t.restart();
        pane->view()->scrollToBottom();
        QImage last = pane->grab().toImage();
        const double endMs = ms(t);

        pane->view()->setFocus();
        pane->view()->setCurrentIndex(pane->model()->index(0, 1));
        t.restart();
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(pane->view(), Qt::Key_PageDown);
            pane->grab();
        }
        const double pageMs = ms(t) / 40.0;

        t.restart();
        pane->filterButton(ResultsFilter::Failures)->click();
        waitLoaded(pane->model());
        pane->grab();
        const double failMs = ms(t);
        failureRows = pane->model()->rowCount();

        pane->setFilter(ResultsFilter::All);
        waitLoaded(pane->model());
        t.restart();
        pane->sortButton()->click();
        waitLoaded(pane->model());
        pane->grab();
        const double sortMs = ms(t);
        pagesRead = pane->model()->pageReads();
        if (first.isNull() || last.isNull())
            fail(u"no frame"_s);
        if (round == 0)
            continue;
        open.append(openMs);
        firstFrame.append(firstFrameMs);
        constructed.append(constructedMs);
        loaded.append(loadedMs);
        toEnd.append(endMs);
        pageDown.append(pageMs);
        failures.append(failMs);
        sorted.append(sortMs);
    }
    // The index query alone, on the project's own connection.
    QList<double> indexAll, indexFailures, indexSorted;
    for (int round = 0; round < rounds; ++round) {
        for (auto [filter, sortedOn, into] :
             {std::tuple{ResultsFilter::All, false, &indexAll},
              std::tuple{ResultsFilter::Failures, false, &indexFailures},
              std::tuple{ResultsFilter::All, true, &indexSorted}}) {
            QElapsedTimer t;
            t.start();
            auto index = ResultsQuery::index(
                    project->file()->database(),
                    ResultsQuerySpec{runId, u"base"_s, u"cand"_s, filter, sortedOn});
            if (!index)
                fail(index.error().message);
            into->append(ms(t));
        }
    }
    struct rusage usage
    {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("results matrix, %d cases x 2 endpoints = %d results, %d rounds (medians, ms)\n",
                cases, 2 * cases, rounds);
    std::printf("  open to first frame (1st page): %8.1f\n", median(firstFrame));
    std::printf("  open to frame with all rows   : %8.1f (min %.1f)\n", median(open),
                *std::min_element(open.begin(), open.end()));
    std::printf("    of which: constructed and shown %.1f, index in %.1f\n", median(constructed),
                median(loaded));
    std::printf("  scroll to the end, next frame : %8.1f\n", median(toEnd));
    std::printf("  page down, per frame          : %8.1f\n", median(pageDown));
    std::printf("  Failures filter (%d rows)  : %8.1f\n", failureRows, median(failures));
    std::printf("  sort by disagreement          : %8.1f\n", median(sorted));
    std::printf("  index query alone: all %.1f, failures %.1f, by disagreement %.1f\n",
                median(indexAll), median(indexFailures), median(indexSorted));
    std::printf("  pages read in the last round  : %d (of %d rows each)\n", pagesRead,
                ResultsMatrixModel::kPageSize);
    std::printf("  peak RSS                      : %ld MB\n", usage.ru_maxrss / 1024);
    project.reset();
    return 0;
}
