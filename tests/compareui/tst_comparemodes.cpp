// The Compare pane's stored modes with real QTest events over a real project
// file: recorded results replayed offline, ratings stored and read back, and
// a prompt version on a test case run live against the fake LLM server and
// kept as a run.

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptstore.h"
#include "core/providers/providerclient.h"
#include "core/runs/casestore.h"
#include "core/runs/runstore.h"
#include "core/util/languages.h"
#include "tests/support/fakellm/fakellmserver.h"
#include "ui/compare/comparepane.h"
#include "ui/compare/compareside.h"
#include "ui/compare/promptcasepicker.h"
#include "ui/compare/ratingbar.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextEdit>
#include <QtTest>

using namespace Cutover;
using namespace Cutover::FakeLlm;
using namespace Qt::StringLiterals;

namespace {

// The assertion outcomes as the user reads them (the label holds rich text).
QString assertionText(CompareSide *side)
{
    QTextDocument doc;
    doc.setHtml(side->assertionsLabel()->text());
    return doc.toPlainText();
}

} // namespace

class TestCompareModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordedModeShowsStoredAnswers();
    void recordedRepeatsAndMissingCells();
    void ratingIsStoredAndReadBack();
    void promptModeRunsLiveWithVariants();
    void usePromptChoosesTheVersion();
    void missingVariableIsNotSent();
    void recordedRunsAgainLive();
    void freeTextIsNotRatable();
    void cancelledCompareIsNotStored();
    void readOnlyProjectComparesWithoutStoring();
    void storedCompareReopensAsRecorded();
    void stateRoundTrips();
    void renders();

private:
    qint64 storeRecordedRun(int repeats = 1);
    void makePane();
    QSqlDatabase db() const { return m_project->file()->database(); }
    CompareSide *base() const { return m_pane->side(ComparePane::Baseline); }
    CompareSide *cand() const { return m_pane->side(ComparePane::Candidate); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<ComparePane> m_pane;
    QList<qint64> m_cases;
};

void TestCompareModes::init()
{
    Languages::install(u"en"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Project::create(m_dir->filePath(u"p.cutover"_s));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_project = std::move(created).value();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<SecretStore>(QProcessEnvironment());
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    FakeReply echo;
    echo.kind = FakeReply::Kind::Echo;
    m_server->setDefaultReply(echo);

    for (const auto &[name, role] : {std::pair{u"base"_s, EndpointRole::Baseline},
                                     std::pair{u"cand"_s, EndpointRole::Candidate}}) {
        Endpoint e;
        e.name = name;
        e.role = role;
        e.protocol = EndpointProtocol::OpenAi;
        e.baseUrl = m_server->openAiBaseUrl();
        e.model = name + u"-model"_s;
        e.prices.input = 1.0;
        e.prices.output = 2.0;
        QVERIFY(EndpointStore::save(db(), e).ok());
    }
    Prompt p;
    p.name = u"triage"_s;
    const QDateTime t = QDateTime::currentDateTimeUtc();
    PromptVersions::append(p.versions, {TemplateMessage{ChatRole::User, u"Q: {{q}}"_s}}, u"first"_s,
                           t);
    PromptVersions::append(p.versions, {TemplateMessage{ChatRole::User, u"Question: {{q}}"_s}},
                           u"politer"_s, t);
    QVERIFY(PromptStore::add(db(), p).ok());
    QVERIFY(PromptStore::addVersion(db(), u"triage"_s, u"cand"_s,
                                    {TemplateMessage{ChatRole::User, u"Kandidat: {{q}}"_s}},
                                    QString(), t)
                    .ok());
    QList<TestCase> cases;
    for (int i = 1; i <= 3; ++i) {
        TestCase c;
        c.variables.insert(u"q"_s, u"case-%1"_s.arg(i));
        c.assertions = {Assertion::contains({u"Q: case"_s}, ContainsMode::All)};
        cases.append(c);
    }
    TestCase noQ;
    noQ.variables.insert(u"other"_s, u"x"_s);
    cases.append(noQ);
    auto ids = CaseStore::add(db(), cases);
    QVERIFY(ids.ok());
    m_cases = ids.value();
    makePane();
}

void TestCompareModes::cleanup()
{
    m_pane.reset();
    m_server.reset();
    m_secrets.reset();
    m_network.reset();
    m_project.reset();
    m_dir.reset();
}

void TestCompareModes::makePane()
{
    m_pane = std::make_unique<ComparePane>(m_project.get(), m_secrets.get(), m_network.get());
    m_pane->resize(1000, 720);
    m_pane->show();
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
}

// A run of triage v1 on base and cand with results for case 1: the baseline
// passes, the candidate fails its assertion with other words.
qint64 TestCompareModes::storeRecordedRun(int repeats)
{
    RunInfo run;
    run.promptName = u"triage"_s;
    run.promptVersion = 1;
    run.endpoints = {u"base"_s, u"cand"_s};
    run.repeats = repeats;
    run.status = RunStatus::Done;
    auto id = RunStore::createRun(db(), run);
    if (!id)
        return 0;
    QList<RunResult> results;
    for (int rep = 0; rep < repeats; ++rep) {
        for (const QString &ep : {u"base"_s, u"cand"_s}) {
            RunResult r;
            r.runId = id.value();
            r.caseId = m_cases.at(0);
            r.endpoint = ep;
            r.repeat = rep;
            r.status = CallStatus::Ok;
            const bool isBase = ep == u"base"_s;
            r.text = isBase ? u"The quick brown fox, repeat %1."_s.arg(rep + 1)
                            : u"The slow brown fox, repeat %1."_s.arg(rep + 1);
            r.finishReason = u"stop"_s;
            r.usage.input = 12;
            r.usage.output = isBase ? 7 : 9;
            r.ttftMs = 120;
            r.latencyMs = isBase ? 1500 : 640;
            r.cost = 0.0031;
            r.attempts = 1;
            r.assertions = QJsonArray{QJsonObject{
                    {u"status"_s, isBase ? u"passed"_s : u"failed"_s},
                    {u"reason"_s, isBase ? u"Contains \"quick\"."_s : u"Lacks \"quick\"."_s},
                    {u"weight"_s, 1.0}}};
            r.score = isBase ? 1.0 : 0.0;
            r.passed = isBase;
            results.append(r);
        }
    }
    return RunStore::storeResults(db(), results).ok() ? id.value() : 0;
}

void TestCompareModes::recordedModeShowsStoredAnswers()
{
    const qint64 run = storeRecordedRun();
    QVERIFY(run != 0);
    m_pane->setHighlightDifferences(true);
    QSignalSpy diffed(m_pane.get(), &ComparePane::differencesHighlighted);
    QVERIFY(m_pane->showRecorded(run, m_cases.at(0)));
    QCOMPARE(m_pane->mode(), ComparePane::Recorded);
    QVERIFY(m_pane->modeBar()->isTabEnabled(ComparePane::Recorded));
    QCOMPARE(base()->text(), u"The quick brown fox, repeat 1."_s);
    QCOMPARE(cand()->text(), u"The slow brown fox, repeat 1."_s);
    QCOMPARE(base()->endpointLabel()->text(), u"base"_s);
    QVERIFY(base()->metricsLabel()->text().contains(u"Latency 1.50 s"_s));
    QVERIFY(base()->metricsLabel()->text().contains(u"First token 120 ms"_s));
    QVERIFY(cand()->metricsLabel()->text().contains(u"out 9"_s));
    QVERIFY(cand()->metricsLabel()->text().contains(u"Finish stop"_s));
    QCOMPARE(base()->statusLabel()->text(), u"OK"_s);
    QVERIFY(base()->assertionsLabel()->isVisible());
    QVERIFY(assertionText(base()).contains(u"Assertions: passed"_s));
    QVERIFY(assertionText(cand()).contains(u"Lacks \"quick\"."_s));
    QVERIFY(assertionText(cand()).startsWith(u"Assertions: failed"_s));
    QVERIFY(m_pane->recordedLabel()->text().contains(u"q = case-1"_s));
    QVERIFY(!m_pane->repeatSpin()->isVisible()); // one repeat
    QTRY_COMPARE(diffed.count(), 1);             // offline: the diff of stored answers
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_pane->ratedRunId(), run);
    QCOMPARE(m_pane->ratedCaseId(), m_cases.at(0));
    QCOMPARE(m_pane->runButton()->text(), u"Run again live"_s);
}

void TestCompareModes::recordedRepeatsAndMissingCells()
{
    const qint64 run = storeRecordedRun(3);
    QVERIFY(m_pane->showRecorded(run, m_cases.at(0), u"cand"_s, 1));
    QVERIFY(m_pane->repeatSpin()->isVisible());
    QCOMPARE(m_pane->repeatSpin()->maximum(), 3);
    QCOMPARE(m_pane->repeatSpin()->value(), 2);
    QCOMPARE(cand()->text(), u"The slow brown fox, repeat 2."_s);
    // Up arrow in the spin box: the third repeat.
    m_pane->repeatSpin()->setFocus();
    QTest::keyClick(m_pane->repeatSpin(), Qt::Key_Up);
    QCOMPARE(base()->text(), u"The quick brown fox, repeat 3."_s);
    QCOMPARE(cand()->text(), u"The slow brown fox, repeat 3."_s);

    // An imported recording without attempts still shows its latency.
    auto stored = RunStore::result(db(), run, CellKey{m_cases.at(0), u"cand"_s, 2});
    QVERIFY(stored.ok() && stored->has_value());
    RunResult imported = stored->value();
    imported.attempts = 0;
    imported.latencyMs = 800;
    QVERIFY(RunStore::storeResults(db(), {imported}).ok());
    QVERIFY(m_pane->showRecorded(run, m_cases.at(0), u"cand"_s, 2));
    QVERIFY(cand()->metricsLabel()->text().contains(u"Latency 800 ms"_s));

    // A case without results in the run, and an unknown run.
    QVERIFY(!m_pane->showRecorded(run, m_cases.at(2)));
    QVERIFY(base()->statusLabel()->text().contains(u"no result is stored"_s));
    QVERIFY(!m_pane->showRecorded(run + 50, m_cases.at(0)));
    QCOMPARE(m_pane->ratedRunId(), 0);
    QVERIFY(!m_pane->ratingBar()->button(Rating::Tie)->isEnabled());
}

void TestCompareModes::ratingIsStoredAndReadBack()
{
    const qint64 run = storeRecordedRun();
    QVERIFY(m_pane->showRecorded(run, m_cases.at(0)));
    RatingBar *bar = m_pane->ratingBar();
    QVERIFY(bar->button(Rating::CandidateBetter)->isEnabled());
    QCOMPARE(bar->stateLabel()->text(), u"Not rated yet"_s);
    QSignalSpy changed(m_project.get(), &Project::ratingsChanged);
    QTest::mouseClick(bar->button(Rating::CandidateBetter), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), run);
    auto stored = RunStore::ratings(db(), run);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->at(0).rating, Rating::CandidateBetter);
    QCOMPARE(stored->at(0).caseId, m_cases.at(0));
    QVERIFY(bar->button(Rating::CandidateBetter)->isChecked());

    // A note, then Ctrl+4 (both bad) replaces the rating.
    QTest::keyClicks(bar->noteEdit(), u"both miss the point"_s);
    QTest::keyClick(bar->noteEdit(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(changed.count(), 2);
    stored = RunStore::ratings(db(), run);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->at(0).rating, Rating::BothBad);
    QCOMPARE(stored->at(0).note, u"both miss the point"_s);
    QVERIFY(stored->at(0).ratedAt.isValid());
    QVERIFY(!bar->button(Rating::CandidateBetter)->isChecked());

    // A new pane reads it back.
    m_pane.reset();
    makePane();
    QVERIFY(m_pane->showRecorded(run, m_cases.at(0)));
    QCOMPARE(m_pane->ratingBar()->rating(), std::optional<Rating>(Rating::BothBad));
    QCOMPARE(m_pane->ratingBar()->noteEdit()->text(), u"both miss the point"_s);
    QVERIFY(m_pane->ratingBar()->button(Rating::BothBad)->isChecked());
    QCOMPARE(m_pane->ratingBar()->stateLabel()->text(), u"Rated"_s);
}

void TestCompareModes::promptModeRunsLiveWithVariants()
{
    QVERIFY(m_pane->usePrompt(u"triage"_s, 1));
    QCOMPARE(m_pane->mode(), ComparePane::PromptCase);
    PromptCasePicker *picker = m_pane->picker();
    QCOMPARE(picker->caseCombo()->count(), 4);
    // Search by text.
    QTest::keyClicks(picker->caseSearch(), u"case-2"_s);
    QCOMPARE(picker->caseCombo()->count(), 1);
    QCOMPARE(picker->currentCase()->id, m_cases.at(1));
    // By id: the case with that id first, once.
    picker->caseSearch()->clear();
    QTest::keyClicks(picker->caseSearch(), QString::number(m_cases.at(3)));
    QCOMPARE(picker->caseCombo()->count(), 1);
    QCOMPARE(picker->currentCase()->id, m_cases.at(3));
    picker->caseSearch()->clear();
    QTest::keyClicks(picker->caseSearch(), u"nothing like it"_s);
    QCOMPARE(picker->caseCombo()->count(), 0);
    QVERIFY(!picker->isReady());
    QVERIFY(!m_pane->runButton()->isEnabled());
    QVERIFY(picker->infoLabel()->text().contains(u"No case matches"_s));
    picker->caseSearch()->clear();
    QTest::keyClicks(picker->caseSearch(), u"CASE-2"_s); // case-insensitive
    QCOMPARE(picker->currentCase()->id, m_cases.at(1));
    QVERIFY(m_pane->runButton()->isEnabled());

    QSignalSpy done(m_pane.get(), &ComparePane::comparisonFinished);
    QSignalSpy stored(m_pane.get(), &ComparePane::liveCompareStored);
    QSignalSpy runsChanged(m_project.get(), &Project::runsChanged);
    QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
    QTRY_COMPARE(done.count(), 1);
    // The baseline gets v1, the candidate its own wording (echoed back).
    QCOMPARE(base()->text(), u"Q: case-2"_s);
    QCOMPARE(cand()->text(), u"Kandidat: case-2"_s);
    QCOMPARE(m_server->requestCount(), 2);

    QCOMPARE(stored.count(), 1);
    QCOMPARE(runsChanged.count(), 1);
    const qint64 run = stored.at(0).at(0).toLongLong();
    QCOMPARE(stored.at(0).at(1).toLongLong(), m_cases.at(1));
    auto info = RunStore::loadRun(db(), run);
    QVERIFY(info.ok());
    QCOMPARE(info->promptName, u"triage"_s);
    QCOMPARE(info->promptVersion, 1);
    QCOMPARE(info->endpoints, (QStringList{u"base"_s, u"cand"_s}));
    QCOMPARE(info->variantVersions.value(u"cand"_s), 1);
    QVERIFY(!info->variantVersions.contains(u"base"_s));
    QCOMPARE(info->status, RunStatus::Done);
    QCOMPARE(info->note, u"Interactive compare of one case"_s);
    auto results = RunStore::results(db(), run);
    QVERIFY(results.ok());
    QCOMPARE(results->size(), 2);
    const RunResult &b = results->at(0).endpoint == u"base"_s ? results->at(0) : results->at(1);
    const RunResult &c = results->at(0).endpoint == u"base"_s ? results->at(1) : results->at(0);
    QCOMPARE(b.text, u"Q: case-2"_s);
    QCOMPARE(b.passed, std::optional<bool>(true));
    QCOMPARE(c.passed, std::optional<bool>(false)); // "Kandidat:" lacks "Q: case"
    QVERIFY(c.latencyMs >= 0);
    QVERIFY(assertionText(cand()).startsWith(u"Assertions: failed"_s));

    // Ratable at once: Ctrl+3 is a tie.
    QCOMPARE(m_pane->ratedRunId(), run);
    m_pane->runButton()->setFocus();
    QTest::keyClick(m_pane->runButton(), Qt::Key_3, Qt::ControlModifier);
    auto ratings = RunStore::ratings(db(), run);
    QVERIFY(ratings.ok());
    QCOMPARE(ratings->size(), 1);
    QCOMPARE(ratings->at(0).rating, Rating::Tie);
    QCOMPARE(ratings->at(0).caseId, m_cases.at(1));
}

void TestCompareModes::usePromptChoosesTheVersion()
{
    QVERIFY(m_pane->usePrompt(u"triage"_s, 2));
    QCOMPARE(m_pane->picker()->promptVersion(), 2);
    QVERIFY(m_pane->picker()->versionCombo()->currentText().contains(u"politer"_s));
    QVERIFY(m_pane->usePrompt(u"triage"_s, 0));
    QCOMPARE(m_pane->picker()->promptVersion(), 2); // the newest
    QVERIFY(!m_pane->usePrompt(u"triage"_s, 7));
    QVERIFY(!m_pane->usePrompt(u"nope"_s, 0));

    // A prompt added later is found (promptsChanged, or a re-read).
    Prompt p;
    p.name = u"later"_s;
    PromptVersions::append(p.versions, {TemplateMessage{ChatRole::User, u"L {{q}}"_s}}, QString(),
                           QDateTime::currentDateTimeUtc());
    QVERIFY(PromptStore::add(db(), p).ok());
    QVERIFY(m_pane->usePrompt(u"later"_s, 1));
    QCOMPARE(m_pane->picker()->promptName(), u"later"_s);

    // v2 on case 1: the baseline gets the politer wording.
    QVERIFY(m_pane->usePrompt(u"triage"_s, 2));
    QVERIFY(m_pane->picker()->selectCase(m_cases.at(0)));
    QSignalSpy done(m_pane.get(), &ComparePane::comparisonFinished);
    m_pane->picker()->caseSearch()->setFocus();
    QTest::keyClick(m_pane->picker()->caseSearch(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(base()->text(), u"Question: case-1"_s);
}

void TestCompareModes::missingVariableIsNotSent()
{
    QVERIFY(m_pane->usePrompt(u"triage"_s, 1));
    QVERIFY(m_pane->picker()->selectCase(m_cases.at(3)));
    QSignalSpy done(m_pane.get(), &ComparePane::comparisonFinished);
    QSignalSpy stored(m_pane.get(), &ComparePane::liveCompareStored);
    QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(base()->statusLabel()->text().startsWith(u"Not sent:"_s));
    QVERIFY(base()->statusLabel()->text().contains(u"\"q\""_s));
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(stored.count(), 0);
}

void TestCompareModes::recordedRunsAgainLive()
{
    const qint64 run = storeRecordedRun();
    QVERIFY(m_pane->showRecorded(run, m_cases.at(0)));
    QSignalSpy stored(m_pane.get(), &ComparePane::liveCompareStored);
    QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(m_pane->mode(), ComparePane::PromptCase);
    QCOMPARE(base()->text(), u"Q: case-1"_s);
    QCOMPARE(cand()->text(), u"Kandidat: case-1"_s);
    QVERIFY(stored.at(0).at(0).toLongLong() != run);
    QCOMPARE(stored.at(0).at(1).toLongLong(), m_cases.at(0));
}

void TestCompareModes::freeTextIsNotRatable()
{
    m_pane->setMode(ComparePane::FreeText);
    m_pane->userEdit()->setPlainText(u"hello"_s);
    QSignalSpy done(m_pane.get(), &ComparePane::comparisonFinished);
    QSignalSpy stored(m_pane.get(), &ComparePane::liveCompareStored);
    m_pane->runBoth();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(base()->text(), u"hello"_s);
    QCOMPARE(stored.count(), 0);
    QCOMPARE(m_pane->ratedRunId(), 0);
    QVERIFY(!m_pane->ratingBar()->button(Rating::Tie)->isEnabled());
    auto runs = RunStore::listRuns(db());
    QVERIFY(runs.ok() && runs->isEmpty());
}

void TestCompareModes::cancelledCompareIsNotStored()
{
    FakeReply slow;
    slow.kind = FakeReply::Kind::Echo;
    slow.firstByteDelayMs = 5000;
    m_server->setDefaultReply(slow);
    QVERIFY(m_pane->usePrompt(u"triage"_s, 1));
    QSignalSpy done(m_pane.get(), &ComparePane::comparisonFinished);
    QSignalSpy stored(m_pane.get(), &ComparePane::liveCompareStored);
    QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
    QTRY_COMPARE(m_server->requestCount(), 2);
    QTest::keyClick(m_pane->runButton(), Qt::Key_Escape);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(stored.count(), 0);
    QCOMPARE(m_pane->ratedRunId(), 0);
    QVERIFY(m_pane->ratingBar()->stateLabel()->text().contains(u"cancelled"_s));
    auto runs = RunStore::listRuns(db());
    QVERIFY(runs.ok() && runs->isEmpty());
}

void TestCompareModes::readOnlyProjectComparesWithoutStoring()
{
    const qint64 run = storeRecordedRun();
    m_pane.reset();
    auto second = Project::open(m_project->path());
    QVERIFY(second.ok());
    QVERIFY(second.value()->isReadOnly());
    {
        ComparePane pane(second.value().get(), m_secrets.get(), m_network.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        // Recorded results are shown, but cannot be rated.
        QVERIFY(pane.showRecorded(run, m_cases.at(0)));
        QVERIFY(!pane.ratingBar()->button(Rating::Tie)->isEnabled());
        QVERIFY(!pane.ratingBar()->rate(Rating::Tie));
        // A live compare runs; nothing is stored.
        QVERIFY(pane.usePrompt(u"triage"_s, 1));
        QSignalSpy done(&pane, &ComparePane::comparisonFinished);
        QSignalSpy stored(&pane, &ComparePane::liveCompareStored);
        pane.runBoth();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(pane.side(ComparePane::Baseline)->text(), u"Q: case-1"_s);
        QCOMPARE(stored.count(), 0);
        QVERIFY(pane.ratingBar()->stateLabel()->text().contains(u"read-only"_s));
    }
    auto runs = RunStore::listRuns(db());
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 1);
    auto ratings = RunStore::ratings(db(), run);
    QVERIFY(ratings.ok() && ratings->isEmpty());
    QVERIFY(second.value()->close().ok());
}

// The stored compare is a run like any other: it reopens as recorded.
void TestCompareModes::storedCompareReopensAsRecorded()
{
    QVERIFY(m_pane->usePrompt(u"triage"_s, 1));
    QSignalSpy stored(m_pane.get(), &ComparePane::liveCompareStored);
    m_pane->runBoth();
    QTRY_COMPARE(stored.count(), 1);
    const qint64 run = stored.at(0).at(0).toLongLong();
    // Reopened as recorded: the same answers, offline.
    const int requests = m_server->requestCount();
    QVERIFY(m_pane->showRecorded(run, m_cases.at(0)));
    QCOMPARE(base()->text(), u"Q: case-1"_s);
    QCOMPARE(cand()->text(), u"Kandidat: case-1"_s);
    QVERIFY(assertionText(base()).startsWith(u"Assertions: passed"_s));
    QCOMPARE(m_server->requestCount(), requests);
}

void TestCompareModes::stateRoundTrips()
{
    m_pane->setHighlightDifferences(true);
    QSplitter *split = nullptr;
    for (QSplitter *s : m_pane->findChildren<QSplitter *>())
        if (s->orientation() == Qt::Vertical)
            split = s;
    QVERIFY(split);
    split->setSizes({150, 500});
    const QList<int> saved = split->sizes();
    const QByteArray state = m_pane->saveState();
    m_pane->setHighlightDifferences(false);
    split->setSizes({400, 250});
    QVERIFY(split->sizes() != saved);
    QVERIFY(!m_pane->restoreState(QByteArray("junk")));
    QVERIFY(!m_pane->highlightDifferences());
    QVERIFY(m_pane->restoreState(state));
    QVERIFY(m_pane->highlightDifferences());
    QCOMPARE(split->sizes(), saved);
}

// Writes PNGs when CUTOVER_SCREENSHOT_DIR is set.
void TestCompareModes::renders()
{
    const qint64 run = storeRecordedRun(2);
    m_pane->setHighlightDifferences(true);
    QSignalSpy diffed(m_pane.get(), &ComparePane::differencesHighlighted);
    QVERIFY(m_pane->showRecorded(run, m_cases.at(0)));
    QTRY_COMPARE(diffed.count(), 1);
    QVERIFY(m_pane->ratingBar()->rate(Rating::BaselineBetter));
    const QString dir = qEnvironmentVariable("CUTOVER_SCREENSHOT_DIR");
    QImage image = m_pane->grab().toImage();
    QVERIFY(!image.isNull());
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + u"/compare-recorded.png"_s));
    QVERIFY(m_pane->usePrompt(u"triage"_s, 1));
    image = m_pane->grab().toImage();
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + u"/compare-prompt.png"_s));
}

QTEST_MAIN(TestCompareModes)
#include "tst_comparemodes.moc"
