// The results matrix query on a real project file: filters, the
// disagreement order, ratings and pages of rows.

#include "core/project/projectfile.h"
#include "core/runs/resultsquery.h"
#include "core/runs/runstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

RunResult make(qint64 caseId, const QString &endpoint, int repeat, const QString &text,
               std::optional<bool> passed, CallStatus status = CallStatus::Ok)
{
    RunResult r;
    r.caseId = caseId;
    r.endpoint = endpoint;
    r.repeat = repeat;
    r.status = status;
    r.text = text;
    r.passed = passed;
    r.latencyMs = 100 * caseId + repeat;
    r.cost = 0.001 * double(caseId);
    r.attempts = 1;
    return r;
}

} // namespace

class TestResultsQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void disagreementOrder();
    void unratedFollowsRatings();
    void rowsOfAPage();
    void pagesCoverTheIndex();
    void otherRunsAreIgnored();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectFile> m_project;
    qint64 m_run = 0;
    QSqlDatabase db() const { return m_project->database(); }
    ResultsQuerySpec spec(ResultsFilter filter, bool sorted = false) const
    {
        return ResultsQuerySpec{m_run, u"base"_s, u"cand"_s, filter, sorted};
    }
};

// Cases (base | cand, repeat 0 unless said):
//  1: same answer, both pass                  → nothing
//  2: same verdict, different words          → different, score 1
//  3: base passes, cand fails, same words    → failure, different, score 2
//  4: base error, cand ok different words     → failure, different, score 3
//  5: only base answered                      → nothing
//  6: two repeats: rep 0 same; rep 1 cand fails, different words → failure, different, score 1.5
//  7: no assertions (passed unset), same      → nothing
void TestResultsQuery::init()
{
    QFile::remove(m_dir.filePath(u"p.cutover"_s));
    auto p = ProjectFile::create(m_dir.filePath(u"p.cutover"_s));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    m_project = std::move(p).value();
    RunInfo run;
    run.promptName = u"triage"_s;
    run.promptVersion = 1;
    run.endpoints = {u"base"_s, u"cand"_s};
    run.repeats = 2;
    auto id = RunStore::createRun(db(), run);
    QVERIFY(id.ok());
    m_run = id.value();
    QList<RunResult> all{
            make(1, u"base"_s, 0, u"same"_s, true),
            make(1, u"cand"_s, 0, u"same"_s, true),
            make(2, u"base"_s, 0, u"one way"_s, true),
            make(2, u"cand"_s, 0, u"another way"_s, true),
            make(3, u"base"_s, 0, u"answer"_s, true),
            make(3, u"cand"_s, 0, u"answer"_s, false),
            make(4, u"base"_s, 0, QString(), std::nullopt, CallStatus::Error),
            make(4, u"cand"_s, 0, u"fine"_s, true),
            make(5, u"base"_s, 0, u"alone"_s, true),
            make(6, u"base"_s, 0, u"x"_s, true),
            make(6, u"cand"_s, 0, u"x"_s, true),
            make(6, u"base"_s, 1, u"y"_s, true),
            make(6, u"cand"_s, 1, u"z"_s, false),
            make(7, u"base"_s, 0, u"plain"_s, std::nullopt),
            make(7, u"cand"_s, 0, u"plain"_s, std::nullopt),
    };
    for (RunResult &r : all)
        r.runId = m_run;
    all[6].error = u"HTTP 500 from the provider"_s;
    QVERIFY(RunStore::storeResults(db(), all).ok());
}

void TestResultsQuery::cleanup()
{
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
}

void TestResultsQuery::filters_data()
{
    QTest::addColumn<ResultsFilter>("filter");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addRow("all") << ResultsFilter::All << QList<qint64>{1, 2, 3, 4, 5, 6, 7};
    QTest::addRow("failures") << ResultsFilter::Failures << QList<qint64>{3, 4, 6};
    QTest::addRow("different") << ResultsFilter::Different << QList<qint64>{2, 3, 4, 6};
    QTest::addRow("unrated") << ResultsFilter::Unrated << QList<qint64>{1, 2, 3, 4, 5, 6, 7};
}

void TestResultsQuery::filters()
{
    QFETCH(ResultsFilter, filter);
    QFETCH(QList<qint64>, expected);
    auto index = ResultsQuery::index(db(), spec(filter));
    QVERIFY2(index.ok(), index.ok() ? "" : qPrintable(index.error().message));
    QCOMPARE(index->caseIds, expected);
    QVERIFY(index->disagreement.isEmpty());
}

void TestResultsQuery::disagreementOrder()
{
    auto index = ResultsQuery::index(db(), spec(ResultsFilter::All, true));
    QVERIFY(index.ok());
    QCOMPARE(index->caseIds, (QList<qint64>{4, 3, 6, 2, 1, 5, 7}));
    QCOMPARE(index->disagreement, (QList<double>{3.0, 2.0, 1.5, 1.0, 0.0, 0.0, 0.0}));

    // Filter and order together.
    auto failures = ResultsQuery::index(db(), spec(ResultsFilter::Failures, true));
    QVERIFY(failures.ok());
    QCOMPARE(failures->caseIds, (QList<qint64>{4, 3, 6}));

    // The other way round (candidate as the reference) gives the same scores.
    ResultsQuerySpec swapped = spec(ResultsFilter::Different, true);
    std::swap(swapped.baseline, swapped.candidate);
    auto other = ResultsQuery::index(db(), swapped);
    QVERIFY(other.ok());
    QCOMPARE(other->caseIds, (QList<qint64>{4, 3, 6, 2}));
}

void TestResultsQuery::unratedFollowsRatings()
{
    QVERIFY(RunStore::setRating(db(), m_run, RatingEntry{3, Rating::BaselineBetter, u"n"_s, {}})
                    .ok());
    QVERIFY(RunStore::setRating(db(), m_run, RatingEntry{6, Rating::Tie, QString(), {}}).ok());
    // A rating of another run does not count.
    QVERIFY(RunStore::setRating(db(), m_run + 1, RatingEntry{1, Rating::Tie, QString(), {}}).ok());
    auto index = ResultsQuery::index(db(), spec(ResultsFilter::Unrated));
    QVERIFY(index.ok());
    QCOMPARE(index->caseIds, (QList<qint64>{1, 2, 4, 5, 7}));
    QCOMPARE(index->ratings.size(), 2);
    QCOMPARE(index->ratings.value(3).rating, Rating::BaselineBetter);
    QCOMPARE(index->ratings.value(3).note, u"n"_s);

    auto one = RunStore::rating(db(), m_run, 3);
    QVERIFY(one.ok() && one->has_value());
    QCOMPARE(one->value().rating, Rating::BaselineBetter);
    QCOMPARE(one->value().note, u"n"_s);
    auto none = RunStore::rating(db(), m_run, 2);
    QVERIFY(none.ok() && !none->has_value());
}

void TestResultsQuery::rowsOfAPage()
{
    const QStringList endpoints{u"base"_s, u"cand"_s};
    auto rows = ResultsQuery::rows(db(), m_run, endpoints, {6, 5, 4, 99});
    QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 4);
    // In the order asked.
    QCOMPARE(rows->at(0).caseId, 6);
    QCOMPARE(rows->at(3).caseId, 99);

    const MatrixCell &base6 = rows->at(0).cells.at(0);
    QVERIFY(base6.present);
    QCOMPARE(base6.preview, u"x"_s);
    QCOMPARE(base6.repeats, 2);
    QCOMPARE(base6.passedRepeats, 2);
    const MatrixCell &cand6 = rows->at(0).cells.at(1);
    QCOMPARE(cand6.preview, u"x"_s); // repeat 1 is shown as the count only
    QCOMPARE(cand6.passed, std::optional<bool>(true));
    QCOMPARE(cand6.judgedRepeats, 2);
    QCOMPARE(cand6.passedRepeats, 1);
    QCOMPARE(cand6.latencyMs, 600);
    QVERIFY(cand6.cost.has_value());
    QCOMPARE(*cand6.cost, 0.006);

    QVERIFY(rows->at(1).cells.at(0).present);
    QVERIFY(!rows->at(1).cells.at(1).present); // case 5: the candidate has no result
    QCOMPARE(rows->at(1).cells.at(1).repeats, 0);

    const MatrixCell &base4 = rows->at(2).cells.at(0);
    QCOMPARE(base4.status, CallStatus::Error);
    QCOMPARE(base4.preview, u"HTTP 500 from the provider"_s); // the error stands in
    QVERIFY(!base4.passed.has_value());
    QCOMPARE(base4.judgedRepeats, 0);

    QVERIFY(!rows->at(3).cells.at(0).present);

    // Columns follow the endpoints asked; unknown ones stay empty.
    auto swapped = ResultsQuery::rows(db(), m_run, {u"cand"_s, u"gone"_s}, {3});
    QVERIFY(swapped.ok());
    QCOMPARE(swapped->at(0).cells.at(0).passed, std::optional<bool>(false));
    QVERIFY(!swapped->at(0).cells.at(1).present);
}

void TestResultsQuery::pagesCoverTheIndex()
{
    // 1,203 more cases: pages of 100 read back every one, in order, once.
    QList<RunResult> more;
    for (qint64 c = 100; c < 1303; ++c) {
        RunResult r = make(c, c % 2 ? u"base"_s : u"cand"_s, 0, u"answer %1"_s.arg(c), true);
        r.runId = m_run;
        more.append(r);
    }
    QVERIFY(RunStore::storeResults(db(), more).ok());
    auto index = ResultsQuery::index(db(), spec(ResultsFilter::All));
    QVERIFY(index.ok());
    QCOMPARE(index->caseIds.size(), 1210);
    QList<qint64> seen;
    for (qsizetype offset = 0; offset < index->caseIds.size(); offset += 100) {
        auto page = ResultsQuery::rows(db(), m_run, {u"base"_s, u"cand"_s},
                                       index->caseIds.mid(offset, 100));
        QVERIFY(page.ok());
        for (const MatrixRow &row : page.value()) {
            seen.append(row.caseId);
            if (row.caseId >= 100) {
                const MatrixCell &cell = row.cells.at(row.caseId % 2 ? 0 : 1);
                QCOMPARE(cell.preview, u"answer %1"_s.arg(row.caseId));
            }
        }
    }
    QCOMPARE(seen, index->caseIds);

    // The start of the index, without reading it all.
    auto first = ResultsQuery::firstCaseIds(db(), m_run, 10);
    QVERIFY(first.ok());
    QCOMPARE(first.value(), index->caseIds.mid(0, 10));
    auto none = ResultsQuery::firstCaseIds(db(), m_run + 7, 10);
    QVERIFY(none.ok() && none->isEmpty());

    // A long answer is cut to the preview length.
    RunResult longOne = make(2000, u"base"_s, 0, QString(1000, u'w'), true);
    longOne.runId = m_run;
    QVERIFY(RunStore::storeResults(db(), {longOne}).ok());
    auto rows = ResultsQuery::rows(db(), m_run, {u"base"_s}, {2000});
    QVERIFY(rows.ok());
    QCOMPARE(rows->at(0).cells.at(0).preview.size(), ResultsQuery::kPreviewLength);
}

void TestResultsQuery::otherRunsAreIgnored()
{
    RunInfo run;
    run.promptName = u"other"_s;
    run.endpoints = {u"base"_s, u"cand"_s};
    auto id = RunStore::createRun(db(), run);
    QVERIFY(id.ok());
    RunResult r = make(42, u"base"_s, 0, u"other run"_s, false);
    r.runId = id.value();
    QVERIFY(RunStore::storeResults(db(), {r}).ok());
    auto index = ResultsQuery::index(db(), spec(ResultsFilter::Failures));
    QVERIFY(index.ok());
    QVERIFY(!index->caseIds.contains(42));
    auto rows = ResultsQuery::rows(db(), m_run, {u"base"_s}, {42});
    QVERIFY(rows.ok());
    QVERIFY(!rows->at(0).cells.at(0).present);
}

QTEST_GUILESS_MAIN(TestResultsQuery)
#include "tst_resultsquery.moc"
