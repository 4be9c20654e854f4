// Prompt, case and run stores (schema v4) on real project files.

#include "core/project/projectfile.h"
#include "core/prompts/promptstore.h"
#include "core/runs/casestore.h"
#include "core/runs/runstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestRunStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void promptsRoundTrip();
    void promptRefs_data();
    void promptRefs();
    void casesPaging();
    void casesRemoveAndRestore();
    void caseFilters_data();
    void caseFilters();
    void runsAndResults();
    void oneResultPerCell();
    void ratings();
    void responseCache();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectFile> m_project;
    QSqlDatabase db() const { return m_project->database(); }
};

void TestRunStores::init()
{
    QFile::remove(m_dir.filePath(u"p.cutover"_s));
    auto p = ProjectFile::create(m_dir.filePath(u"p.cutover"_s));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    m_project = std::move(p).value();
    QCOMPARE(m_project->schemaVersion(), 4);
}

void TestRunStores::cleanup()
{
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
}

void TestRunStores::promptsRoundTrip()
{
    const QDateTime t0(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    Prompt p;
    p.name = u"triage 分类"_s;
    p.description = u"Sorts tickets"_s;
    PromptVersions::append(p.versions,
                           {TemplateMessage{ChatRole::System, u"Be brief."_s},
                            TemplateMessage{ChatRole::User, u"Ticket: {{ticket}}"_s}},
                           u"first"_s, t0);
    PromptVariant v{u"claude"_s, 0, {}};
    PromptVersions::append(v.versions, {TemplateMessage{ChatRole::User, u"T: {{ticket}}"_s}},
                           QString(), t0);
    p.variants.append(v);
    QVERIFY(PromptStore::add(db(), p).ok());

    auto loaded = PromptStore::load(db(), p.name);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), p);

    // A second add of the same name is refused; versions are appended instead.
    const auto again = PromptStore::add(db(), p);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::BadInput);
    auto n = PromptStore::addVersion(db(), p.name, QString(),
                                     {TemplateMessage{ChatRole::User, u"v2 {{ticket}}"_s}},
                                     u"second"_s, t0.addSecs(60));
    QVERIFY(n.ok());
    QCOMPARE(n.value(), 2);
    n = PromptStore::addVersion(db(), p.name, u"claude"_s,
                                {TemplateMessage{ChatRole::User, u"C2"_s}}, QString(), t0);
    QCOMPARE(n.value(), 2);
    n = PromptStore::addVersion(db(), p.name, u"qwen"_s, {TemplateMessage{ChatRole::User, u"Q1"_s}},
                                QString(), t0);
    QCOMPARE(n.value(), 1);
    QVERIFY(!PromptStore::addVersion(db(), u"missing"_s, QString(), {}, QString(), t0).ok());

    loaded = PromptStore::load(db(), p.name);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->versions.size(), 2);
    QCOMPARE(loaded->versions.at(0), p.versions.at(0)); // the old version is unchanged
    QCOMPARE(loaded->versions.at(1).note, u"second"_s);
    QCOMPARE(loaded->variant(u"claude"_s)->versions.size(), 2);
    QCOMPARE(loaded->variant(u"qwen"_s)->versions.size(), 1);

    Prompt other = p;
    other.name = u"triage"_s; // a prefix of the first name
    other.variants.clear();
    QVERIFY(PromptStore::add(db(), other).ok());
    auto list = PromptStore::list(db());
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, u"triage"_s);
    QCOMPARE(list->at(0).latestVersion, 1);
    QVERIFY(list->at(0).variants.isEmpty());
    QCOMPARE(list->at(1).name, p.name);
    QCOMPARE(list->at(1).latestVersion, 2);
    QCOMPARE(list->at(1).variants, (QStringList{u"claude"_s, u"qwen"_s}));
    QCOMPARE(list->at(1).description, u"Sorts tickets"_s);
    QCOMPARE(PromptStore::load(db(), u"triage"_s)->versions.size(), 1);

    QVERIFY(!PromptStore::load(db(), u"nope"_s).ok());
    Prompt bad = other;
    bad.name = u"a@b"_s;
    QVERIFY(!PromptStore::add(db(), bad).ok());
}

void TestRunStores::promptRefs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("version");
    QTest::addRow("latest") << u"triage"_s << true << u"triage"_s << 0;
    QTest::addRow("version") << u"triage@3"_s << true << u"triage"_s << 3;
    QTest::addRow("zero") << u"triage@0"_s << false << QString() << 0;
    QTest::addRow("word") << u"triage@new"_s << false << QString() << 0;
    QTest::addRow("empty") << u""_s << false << QString() << 0;
    QTest::addRow("no name") << u"@2"_s << false << QString() << 0;
}

void TestRunStores::promptRefs()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto ref = PromptStore::parseRef(text);
    QCOMPARE(ref.ok(), ok);
    if (ok) {
        QFETCH(QString, name);
        QFETCH(int, version);
        QCOMPARE(ref->name, name);
        QCOMPARE(ref->version, version);
    }
}

void TestRunStores::casesPaging()
{
    QList<TestCase> cases;
    for (int i = 0; i < 25; ++i) {
        TestCase c;
        c.variables.insert(u"q"_s, u"question %1"_s.arg(i));
        c.variables.insert(u"lang"_s, u"中文"_s);
        if (i % 2)
            c.reference = u"answer %1"_s.arg(i);
        c.tags = {u"t%1"_s.arg(i % 3)};
        c.assertions = {Assertion::contains({u"a"_s, u"b"_s}, ContainsMode::All),
                        Assertion::maxLatency(2000).withWeight(2)};
        c.passThreshold = 0.5;
        cases.append(c);
    }
    auto ids = CaseStore::add(db(), cases);
    QVERIFY(ids.ok());
    QCOMPARE(ids->first(), 1);
    QCOMPARE(ids->last(), 25);
    QCOMPARE(CaseStore::count(db()).value(), 25);

    auto page = CaseStore::list(db(), 10, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 10);
    for (int i = 0; i < 10; ++i) {
        TestCase expected = cases.at(10 + i);
        expected.id = 11 + i;
        QCOMPARE(page->at(i), expected);
    }
    QCOMPARE(CaseStore::list(db(), 20, 10)->size(), 5);
    QCOMPARE(CaseStore::list(db())->size(), 25);

    TestCase edited = CaseStore::load(db(), 7).value();
    edited.reference.reset();
    edited.variables[u"q"_s] = u"changed"_s;
    QVERIFY(CaseStore::update(db(), edited).ok());
    QCOMPARE(CaseStore::load(db(), 7).value(), edited);
    edited.id = 99;
    QVERIFY(!CaseStore::update(db(), edited).ok());
    QVERIFY(!CaseStore::load(db(), 99).ok());

    // More cases continue the numbering.
    QCOMPARE(CaseStore::add(db(), {cases.first()})->first(), 26);
}

void TestRunStores::casesRemoveAndRestore()
{
    QList<TestCase> cases;
    for (int i = 0; i < 5; ++i) {
        TestCase c;
        c.variables.insert(u"q"_s, u"q%1"_s.arg(i));
        cases.append(c);
    }
    QCOMPARE(CaseStore::add(db(), cases).value(), (QList<qint64>{1, 2, 3, 4, 5}));
    const QList<TestCase> removed = CaseStore::load(db(), QList<qint64>{5, 2, 42}).value();
    QCOMPARE(removed.size(), 2); // in the order asked for; 42 does not exist
    QCOMPARE(removed.at(0).id, 5);
    QCOMPARE(removed.at(1).variables.value(u"q"_s), u"q1"_s);
    QCOMPARE(CaseStore::remove(db(), {2, 5, 42}).value(), 2);
    QCOMPARE(CaseStore::ids(db()).value(), (QList<qint64>{1, 3, 4}));
    // The highest id is not handed out again, so old results never meet a new case.
    QCOMPARE(CaseStore::add(db(), {cases.first()})->first(), 6);
    // Undo: back under their own ids.
    QVERIFY(CaseStore::restore(db(), removed).ok());
    QCOMPARE(CaseStore::ids(db()).value(), (QList<qint64>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(CaseStore::load(db(), 5).value(), removed.at(0));
    // An id in use, or one never handed out, is refused and nothing is written.
    TestCase never = cases.first();
    never.id = 7;
    QVERIFY(!CaseStore::restore(db(), {never}).ok());
    QVERIFY(!CaseStore::restore(db(), {removed.at(1)}).ok());
    QCOMPARE(CaseStore::count(db()).value(), 6);
    QVERIFY(!CaseStore::load(db(), 7).ok());
}

void TestRunStores::caseFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addRow("none") << QString() << QString() << QList<qint64>{1, 2, 3, 4};
    QTest::addRow("variable value") << u"refund"_s << QString() << QList<qint64>{1, 3};
    QTest::addRow("ascii case folded") << u"REFUND"_s << QString() << QList<qint64>{1, 3};
    QTest::addRow("chinese") << u"退款"_s << QString() << QList<qint64>{2};
    QTest::addRow("reference") << u"sorry"_s << QString() << QList<qint64>{4};
    QTest::addRow("tag text") << u"urgen"_s << QString() << QList<qint64>{3};
    QTest::addRow("tag") << QString() << u"billing"_s << QList<qint64>{1, 2};
    QTest::addRow("tag is exact") << QString() << u"bill"_s << QList<qint64>{};
    QTest::addRow("tag and text") << u"refund"_s << u"billing"_s << QList<qint64>{1};
    QTest::addRow("variable names are not values") << u"question"_s << QString() << QList<qint64>{};
}

void TestRunStores::caseFilters()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(QList<qint64>, expected);
    const auto make = [](const QString &q, const QStringList &tags,
                         std::optional<QString> reference = std::nullopt) {
        TestCase c;
        c.variables.insert(u"question"_s, q);
        c.tags = tags;
        c.reference = std::move(reference);
        return c;
    };
    QVERIFY(CaseStore::add(db(), {make(u"Where is my Refund?"_s, {u"billing"_s}),
                                  make(u"我要退款"_s, {u"billing"_s, u"zh"_s}),
                                  make(u"refund now"_s, {u"urgent"_s}),
                                  make(u"hello"_s, {}, u"Sorry, no."_s)})
                    .ok());
    QCOMPARE(CaseStore::ids(db(), CaseStore::Filter{text, tag}).value(), expected);
    QCOMPARE(CaseStore::variableNames(db()).value(), QStringList{u"question"_s});
    QCOMPARE(CaseStore::tags(db()).value(), (QStringList{u"billing"_s, u"urgent"_s, u"zh"_s}));
}

void TestRunStores::runsAndResults()
{
    RunInfo run;
    run.promptName = u"triage"_s;
    run.promptVersion = 2;
    run.variantVersions.insert(u"cand"_s, 1);
    run.endpoints = {u"base"_s, u"cand"_s};
    run.repeats = 3;
    run.concurrency = 2;
    run.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    auto id = RunStore::createRun(db(), run);
    QVERIFY(id.ok());
    QCOMPARE(id.value(), 1);
    run.note = u"Sample data"_s;
    QCOMPARE(RunStore::createRun(db(), run).value(), 2);
    QCOMPARE(RunStore::loadRun(db(), 2)->note, u"Sample data"_s);
    QVERIFY(RunStore::loadRun(db(), 1)->note.isEmpty());
    run.id = 1;
    QCOMPARE(RunStore::loadRun(db(), 1)->endpoints, run.endpoints);
    QCOMPARE(RunStore::loadRun(db(), 1)->variantVersions, run.variantVersions);
    QCOMPARE(RunStore::loadRun(db(), 1)->createdAt, run.createdAt);
    const QDateTime end = run.createdAt.addSecs(30);
    QVERIFY(RunStore::setRunStatus(db(), 1, RunStatus::Done, end).ok());
    QCOMPARE(RunStore::loadRun(db(), 1)->status, RunStatus::Done);
    QCOMPARE(RunStore::loadRun(db(), 1)->finishedAt, end);
    QCOMPARE(RunStore::listRuns(db())->size(), 2);
    QVERIFY(!RunStore::loadRun(db(), 3).ok());

    RunResult ok;
    ok.runId = 1;
    ok.caseId = 4;
    ok.endpoint = u"base"_s;
    ok.repeat = 2;
    ok.status = CallStatus::Ok;
    ok.text = u"答案 \"quoted\""_s;
    ok.finishReason = u"stop"_s;
    ok.usage = TokenUsage{12, std::nullopt, 7};
    ok.ttftMs = 40;
    ok.latencyMs = 120;
    ok.cost = 0.0025;
    ok.attempts = 2;
    ok.requestId = u"req-1"_s;
    ok.finishedAt = end;
    ok.assertions = QJsonArray{QJsonObject{{u"status"_s, u"passed"_s}}};
    ok.score = 1.0;
    ok.passed = true;
    RunResult failed;
    failed.runId = 1;
    failed.caseId = 4;
    failed.endpoint = u"cand"_s;
    failed.status = CallStatus::Error;
    failed.error = u"HTTP 500"_s;
    failed.finishedAt = end;
    QVERIFY(RunStore::storeResults(db(), {ok, failed}).ok());
    auto all = RunStore::results(db(), 1);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0), ok);
    QCOMPARE(all->at(1), failed);
    QVERIFY(!all->at(1).usage.input.has_value()); // unknown stays unknown, not 0
    QVERIFY(!all->at(1).ttftMs.has_value());
    QVERIFY(!all->at(1).passed.has_value());
    QCOMPARE(RunStore::resultCount(db(), 1).value(), 2);
    QCOMPARE(RunStore::resultCount(db(), 2).value(), 0);
    QCOMPARE(RunStore::results(db(), 1, 1, 5)->size(), 1);
    // Keyset paging: after a cell, in cell order.
    QCOMPARE(RunStore::resultsAfter(db(), 1, std::nullopt, 1).value(), QList<RunResult>{ok});
    const CellKey first{ok.caseId, ok.endpoint, ok.repeat};
    QCOMPARE(RunStore::resultsAfter(db(), 1, first, 5).value(), QList<RunResult>{failed});
    QVERIFY(RunStore::resultsAfter(db(), 1, CellKey{4, u"cand"_s, 0}, 5)->isEmpty());
    QCOMPARE(RunStore::resultsAfter(db(), 1, CellKey{ok.caseId, ok.endpoint, ok.repeat + 1}, 5)
                     ->size(),
             1);
    QCOMPARE(RunStore::result(db(), 1, CellKey{4, u"cand"_s, 0})->value(), failed);
    QVERIFY(!RunStore::result(db(), 1, CellKey{4, u"cand"_s, 1})->has_value());

    // A run with its results in one call: the results belong to the new run.
    auto withResults = RunStore::createRunWithResults(db(), run, {ok, failed});
    QVERIFY(withResults.ok());
    QCOMPARE(withResults.value(), 3);
    QCOMPARE(RunStore::resultCount(db(), 3).value(), 2);
    QCOMPARE(RunStore::results(db(), 3)->at(1).runId, 3);
    QCOMPARE(RunStore::results(db(), 3)->at(1).error, u"HTTP 500"_s);
}

void TestRunStores::oneResultPerCell()
{
    RunResult r;
    r.runId = 1;
    r.caseId = 1;
    r.endpoint = u"base"_s;
    r.status = CallStatus::Cancelled;
    QVERIFY(RunStore::storeResults(db(), {r}).ok());
    QVERIFY(RunStore::finishedCells(db(), 1)->isEmpty()); // cancelled: to be sent again
    r.status = CallStatus::Ok;
    r.text = u"second"_s;
    QVERIFY(RunStore::storeResults(db(), {r}).ok());
    QCOMPARE(RunStore::resultCount(db(), 1).value(), 1);
    QCOMPARE(RunStore::results(db(), 1)->constFirst().text, u"second"_s);
    QCOMPARE(RunStore::finishedCells(db(), 1).value(), (QSet<CellKey>{CellKey{1, u"base"_s, 0}}));
    // The database itself refuses a second row for a cell.
    QSqlQuery q(db());
    QVERIFY(!q.exec(u"INSERT INTO results(run, cs, ep, rep, v) VALUES (1, 1, 'base', 0, '{}')"_s));
}

void TestRunStores::ratings()
{
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(RunStore::setRating(db(), 1, RatingEntry{3, Rating::CandidateBetter, u"crisper"_s, at})
                    .ok());
    QVERIFY(RunStore::setRating(db(), 1, RatingEntry{12, Rating::BothBad, QString(), at}).ok());
    QVERIFY(RunStore::setRating(db(), 2, RatingEntry{3, Rating::Tie, QString(), at}).ok());
    QVERIFY(RunStore::setRating(db(), 1, RatingEntry{3, Rating::BaselineBetter, u"re-rated"_s, at})
                    .ok());
    auto r = RunStore::ratings(db(), 1);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).caseId, 3);
    QCOMPARE(r->at(0).rating, Rating::BaselineBetter);
    QCOMPARE(r->at(0).note, u"re-rated"_s);
    QCOMPARE(r->at(0).ratedAt, at);
    QCOMPARE(r->at(1).caseId, 12);
    QCOMPARE(r->at(1).rating, Rating::BothBad);
    QCOMPARE(RunStore::ratings(db(), 2)->size(), 1);
    // One case's rating, read by itself.
    auto one = RunStore::rating(db(), 1, 12);
    QVERIFY(one.ok() && one->has_value());
    QCOMPARE(one->value().rating, Rating::BothBad);
    QVERIFY(!RunStore::rating(db(), 1, 4)->has_value());
    for (Rating k : {Rating::BaselineBetter, Rating::CandidateBetter, Rating::Tie, Rating::BothBad})
        QCOMPARE(ratingFromKey(ratingKey(k)), k);
}

void TestRunStores::responseCache()
{
    const QString key(64, u'a');
    QVERIFY(!RunStore::cachedResponse(db(), key)->has_value());
    ChatResult c;
    c.status = CallStatus::Ok;
    c.text = u"cached answer"_s;
    c.finishReason = u"stop"_s;
    c.usage = TokenUsage{5, 0, std::nullopt};
    c.latencyMs = 321;
    c.cost = 0.5;
    QVERIFY(RunStore::storeCachedResponse(db(), key, c).ok());
    auto hit = RunStore::cachedResponse(db(), key);
    QVERIFY(hit.ok() && hit->has_value());
    QCOMPARE(hit->value().text, c.text);
    QCOMPARE(hit->value().usage, c.usage);
    QCOMPARE(hit->value().latencyMs, 321);
    QCOMPARE(hit->value().cost, c.cost);
    QVERIFY(!RunStore::cachedResponse(db(), QString(64, u'b'))->has_value());
}

QTEST_GUILESS_MAIN(TestRunStores)
#include "tst_runstores.moc"
