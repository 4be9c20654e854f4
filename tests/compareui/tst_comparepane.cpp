// The Compare pane driven with real QTest events over a real project file,
// its two endpoints pointing at two fake LLM servers on loopback.

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/providers/providerclient.h"
#include "core/util/languages.h"
#include "tests/support/fakellm/fakellmserver.h"
#include "ui/compare/comparepane.h"
#include "ui/compare/compareside.h"
#include "ui/shell/appsettings.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/panehost.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QtTest>

using namespace Cutover;
using namespace Cutover::FakeLlm;
using namespace Qt::StringLiterals;

namespace {

const QString kBaseAnswer = u"The quick brown fox jumps over the dog."_s;
const QString kCandAnswer = u"The slow brown fox leaps over the dog."_s;

FakeReply textReply(const QString &text, int tokenDelayMs = 0)
{
    FakeReply r;
    r.kind = FakeReply::Kind::Text;
    r.text = text;
    r.tokenDelayMs = tokenDelayMs;
    return r;
}

// Whether the character at `pos` of the side's answer has a background.
bool marked(CompareSide *side, int pos)
{
    QTextCursor c(side->textView()->document());
    c.setPosition(pos);
    c.setPosition(pos + 1, QTextCursor::KeepAnchor);
    return c.charFormat().hasProperty(QTextFormat::BackgroundBrush)
           && c.charFormat().background().style() != Qt::NoBrush;
}

} // namespace

class TestComparePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultsToBaselineAndCandidate();
    void streamsBothSidesWithMetrics();
    void unknownUsageShowsADash();
    void errorOnOneSideLeavesTheOther_data();
    void errorOnOneSideLeavesTheOther();
    void retryClearsTheSide();
    void missingKeyIsNotSent();
    void escapeCancelsBothWithinASecond();
    void diffHighlightsChangedWords();
    void chineseDiffsPerCharacter();
    void givenMessagesAreSent();
    void endpointsAreReReadWhenShown();
    void mainWindowClosesAProjectMidStream();
    void readOnlyProjectCompares();
    void renders_data();
    void renders();

private:
    void addEndpoint(const QString &name, EndpointRole role, FakeLlmServer *server,
                     const QString &keyRef = QString(), EndpointPrices prices = {});
    void makePane();
    void typeAndRun(const QString &message);
    CompareSide *base() const { return m_pane->side(ComparePane::Baseline); }
    CompareSide *cand() const { return m_pane->side(ComparePane::Candidate); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<FakeLlmServer> m_slow;
    std::unique_ptr<FakeLlmServer> m_fast;
    std::unique_ptr<ComparePane> m_pane;
};

void TestComparePane::init()
{
    Languages::install(u"en"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Project::create(m_dir->filePath(u"p.cutover"_s));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_project = std::move(created).value();
    m_network = std::make_unique<QNetworkAccessManager>();
    QProcessEnvironment env;
    env.insert(u"FAST_KEY"_s, u"sk-fast-test"_s);
    m_secrets = std::make_unique<SecretStore>(env);
    m_slow = std::make_unique<FakeLlmServer>();
    m_fast = std::make_unique<FakeLlmServer>();
    QVERIFY(m_slow->listen());
    QVERIFY(m_fast->listen());
    m_slow->setDefaultReply(textReply(kBaseAnswer, 60));
    m_fast->setDefaultReply(textReply(kCandAnswer));
    EndpointPrices prices;
    prices.input = 1.0;
    prices.output = 2.0;
    addEndpoint(u"other"_s, EndpointRole::Other, m_fast.get());
    addEndpoint(u"slow"_s, EndpointRole::Baseline, m_slow.get(), QString(), prices);
    addEndpoint(u"fast"_s, EndpointRole::Candidate, m_fast.get(), u"env:FAST_KEY"_s);
    makePane();
}

void TestComparePane::cleanup()
{
    m_pane.reset();
    m_slow.reset();
    m_fast.reset();
    m_secrets.reset();
    m_network.reset();
    m_project.reset();
    m_dir.reset();
}

void TestComparePane::addEndpoint(const QString &name, EndpointRole role, FakeLlmServer *server,
                                  const QString &keyRef, EndpointPrices prices)
{
    Endpoint e;
    e.name = name;
    e.role = role;
    e.protocol = EndpointProtocol::OpenAi;
    e.baseUrl = server->openAiBaseUrl();
    e.model = u"model-"_s + name;
    e.prices = prices;
    e.keyRef = KeyRef::fromString(keyRef).value_or(KeyRef{});
    Result<qint64> saved = EndpointStore::save(m_project->file()->database(), e);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
}

void TestComparePane::makePane()
{
    m_pane = std::make_unique<ComparePane>(m_project.get(), m_secrets.get(), m_network.get());
    RetryConfig retry;
    retry.backoffBaseMs = 1;
    retry.backoffMaxMs = 5;
    m_pane->client()->setRetryConfig(retry);
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestComparePane::typeAndRun(const QString &message)
{
    m_pane->userEdit()->setFocus();
    // QTest types Latin-1 only; other text is entered as an input method would.
    const bool ascii = std::all_of(message.begin(), message.end(),
                                   [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        QTest::keyClicks(m_pane->userEdit(), message);
    else
        m_pane->userEdit()->insertPlainText(message);
    QTest::keyClick(m_pane->userEdit(), Qt::Key_Return, Qt::ControlModifier);
}

void TestComparePane::defaultsToBaselineAndCandidate()
{
    QCOMPARE(m_pane->endpointCombo(ComparePane::Baseline)->count(), 3);
    QCOMPARE(m_pane->selectedEndpoint(ComparePane::Baseline), u"slow"_s);
    QCOMPARE(m_pane->selectedEndpoint(ComparePane::Candidate), u"fast"_s);
    QVERIFY(!m_pane->runButton()->isEnabled()); // no message yet
    QVERIFY(!m_pane->cancelButton()->isEnabled());
}

void TestComparePane::streamsBothSidesWithMetrics()
{
    QSignalSpy done(m_pane.get(), &ComparePane::comparisonFinished);
    typeAndRun(u"Describe the fox"_s);
    QVERIFY(m_pane->isRunning());
    QVERIFY(m_pane->cancelButton()->isEnabled());
    // The slow side is seen mid-stream: some text, not finished.
    QTRY_VERIFY(!base()->text().isEmpty() && !base()->isFinished());
    QVERIFY(base()->text().size() < kBaseAnswer.size());
    QTRY_VERIFY(cand()->isFinished());
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(base()->text(), kBaseAnswer);
    QCOMPARE(cand()->text(), kCandAnswer);
    QCOMPARE(base()->result()->status, CallStatus::Ok);
    QCOMPARE(cand()->statusLabel()->text(), u"OK"_s);

    // The same request went to both, the key only to its endpoint.
    QCOMPARE(m_slow->requestCount(), 1);
    QCOMPARE(m_fast->requestCount(), 1);
    const QJsonArray sent = m_slow->requests().first().json.value(u"messages"_s).toArray();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().toObject().value(u"content"_s).toString(), u"Describe the fox"_s);
    QCOMPARE(m_fast->requests().first().json.value(u"messages"_s).toArray(), sent);
    QCOMPARE(m_fast->requests().first().header("authorization"), "Bearer sk-fast-test"_ba);
    QVERIFY(m_slow->requests().first().header("authorization").isEmpty());

    // Metrics: TTFT, latency, tokens (3 input words, 8 output tokens), cost
    // from the baseline's prices, finish reason.
    const ChatResult &r = *base()->result();
    QVERIFY(r.ttftMs.has_value());
    const QString metrics = base()->metricsLabel()->text();
    QVERIFY2(metrics.contains(CompareSide::durationText(r.ttftMs)), qPrintable(metrics));
    QVERIFY2(metrics.contains(CompareSide::durationText(r.latencyMs)), qPrintable(metrics));
    QVERIFY2(metrics.contains(u"in 3 / out 8"_s), qPrintable(metrics));
    QVERIFY2(metrics.contains(u"Cost "_s + CompareSide::costText(3e-6 + 16e-6)),
             qPrintable(metrics));
    QVERIFY2(metrics.contains(u"Finish stop"_s), qPrintable(metrics));
    // The candidate has no prices: cost unknown.
    QVERIFY2(cand()->metricsLabel()->text().contains(u"Cost \u2014"_s),
             qPrintable(cand()->metricsLabel()->text()));
    QVERIFY(!m_pane->isRunning());
    QVERIFY(m_pane->runButton()->isEnabled());

    // Copy puts the answer on the clipboard.
    QTest::mouseClick(cand()->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), kCandAnswer);
}

void TestComparePane::unknownUsageShowsADash()
{
    FakeReply noUsage = textReply(kCandAnswer);
    noUsage.usage = false;
    m_fast->setDefaultReply(noUsage);
    typeAndRun(u"hello"_s);
    QTRY_VERIFY(base()->isFinished() && cand()->isFinished());
    const QString metrics = cand()->metricsLabel()->text();
    QVERIFY2(metrics.contains(u"Tokens in \u2014 / out \u2014"_s), qPrintable(metrics));
    QVERIFY2(!metrics.contains(u"in 0"_s), qPrintable(metrics));
    QVERIFY2(base()->metricsLabel()->text().contains(u"in 1 / out 8"_s),
             qPrintable(base()->metricsLabel()->text()));
}

void TestComparePane::errorOnOneSideLeavesTheOther_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("requests");
    QTest::addRow("500 until retries are exhausted") << 500 << 3;
    QTest::addRow("401") << 401 << 1;
}

void TestComparePane::errorOnOneSideLeavesTheOther()
{
    QFETCH(int, status);
    QFETCH(int, requests);
    FakeReply error;
    error.kind = FakeReply::Kind::HttpError;
    error.status = status;
    error.errorMessage = u"The model is on fire."_s;
    m_fast->setDefaultReply(error);
    typeAndRun(u"hello"_s);
    QTRY_VERIFY(base()->isFinished() && cand()->isFinished());
    QCOMPARE(cand()->result()->status, CallStatus::Error);
    QVERIFY2(cand()->statusLabel()->text().contains(u"The model is on fire."_s),
             qPrintable(cand()->statusLabel()->text()));
    QCOMPARE(m_fast->requestCount(), requests);
    QCOMPARE(base()->result()->status, CallStatus::Ok);
    QCOMPARE(base()->text(), kBaseAnswer);
    QCOMPARE(base()->statusLabel()->text(), u"OK"_s);
}

void TestComparePane::retryClearsTheSide()
{
    // The first attempt streams two tokens, then a retryable error event; the
    // side is emptied and says so, and the retry's answer stands alone.
    FakeReply failing = textReply(u"Broken answer that never ends"_s);
    failing.kind = FakeReply::Kind::ErrorAfter200;
    failing.cutAfterTokens = 2;
    m_fast->enqueue(failing);
    FakeReply late = textReply(kCandAnswer);
    late.firstByteDelayMs = 300;
    m_fast->setDefaultReply(late);
    typeAndRun(u"hello"_s);
    QTRY_VERIFY2(cand()->statusLabel()->text().contains(u"Retrying (attempt 2)"_s),
                 qPrintable(cand()->statusLabel()->text()));
    QVERIFY(cand()->text().isEmpty());
    QTRY_VERIFY(cand()->isFinished());
    QCOMPARE(cand()->result()->attempts, 2);
    QCOMPARE(cand()->text(), kCandAnswer);
    QCOMPARE(cand()->result()->status, CallStatus::Ok);
}

void TestComparePane::missingKeyIsNotSent()
{
    addEndpoint(u"nokey"_s, EndpointRole::Other, m_fast.get(), u"env:NOT_SET_ANYWHERE"_s);
    m_pane->reloadEndpoints();
    QVERIFY(m_pane->selectEndpoint(ComparePane::Candidate, u"nokey"_s));
    typeAndRun(u"hello"_s);
    QTRY_VERIFY(base()->isFinished() && cand()->isFinished());
    QCOMPARE(m_fast->requestCount(), 0);
    const QString status = cand()->statusLabel()->text();
    QVERIFY2(status.contains(u"Not sent"_s) && status.contains(u"NOT_SET_ANYWHERE"_s),
             qPrintable(status));
    QCOMPARE(base()->result()->status, CallStatus::Ok);
}

void TestComparePane::escapeCancelsBothWithinASecond()
{
    FakeReply stall = textReply(u"one two three four five six"_s);
    stall.kind = FakeReply::Kind::Stall;
    stall.cutAfterTokens = 2;
    m_slow->setDefaultReply(stall);
    m_fast->setDefaultReply(stall);
    QSignalSpy done(m_pane.get(), &ComparePane::comparisonFinished);
    typeAndRun(u"hello"_s);
    QTRY_VERIFY(!base()->text().isEmpty() && !cand()->text().isEmpty());
    QVERIFY(m_pane->isRunning());
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(m_pane->userEdit(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(base()->isFinished() && cand()->isFinished(), 1000);
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(base()->result()->status, CallStatus::Cancelled);
    QCOMPARE(cand()->result()->status, CallStatus::Cancelled);
    QCOMPARE(cand()->statusLabel()->text(), u"Cancelled"_s);
    QCOMPARE(done.count(), 1);
    QVERIFY(!m_pane->isRunning());
    QVERIFY(m_pane->runButton()->isEnabled());
    QTRY_COMPARE(m_slow->openConnections() + m_fast->openConnections(), 0);
}

void TestComparePane::diffHighlightsChangedWords()
{
    m_pane->setHighlightDifferences(true);
    typeAndRun(u"hello"_s);
    // Nothing is coloured while an answer is still coming.
    QTRY_VERIFY(cand()->isFinished() && !base()->isFinished());
    QVERIFY(!marked(cand(), 4));
    QTRY_VERIFY(base()->isFinished());
    // "The [quick] brown fox [jumps] over" / "The {slow} brown fox {leaps} over"
    const int quick = int(kBaseAnswer.indexOf(u"quick"_s));
    const int jumps = int(kBaseAnswer.indexOf(u"jumps"_s));
    const int slow = int(kCandAnswer.indexOf(u"slow"_s));
    QTRY_VERIFY(marked(base(), quick));
    QVERIFY(marked(base(), quick + 4));
    QVERIFY(marked(base(), jumps));
    QVERIFY(!marked(base(), 0));
    QVERIFY(!marked(base(), int(kBaseAnswer.indexOf(u"brown"_s))));
    QVERIFY(marked(cand(), slow));
    QVERIFY(!marked(cand(), int(kCandAnswer.indexOf(u"fox"_s))));
    // Off and on again.
    QTest::mouseClick(m_pane->diffToggle(), Qt::LeftButton);
    QVERIFY(!m_pane->highlightDifferences());
    QVERIFY(!marked(base(), quick));
    QVERIFY(!marked(cand(), slow));
    QSignalSpy shown(m_pane.get(), &ComparePane::differencesHighlighted);
    QTest::mouseClick(m_pane->diffToggle(), Qt::LeftButton);
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(marked(base(), quick));
    QVERIFY(marked(cand(), slow));
}

void TestComparePane::chineseDiffsPerCharacter()
{
    m_slow->setDefaultReply(textReply(u"今天天气很好，我们去公园。"_s));
    m_fast->setDefaultReply(textReply(u"今天天气不好，我们去商店。"_s));
    m_pane->setHighlightDifferences(true);
    typeAndRun(u"天气怎么样"_s);
    QTRY_VERIFY(base()->isFinished() && cand()->isFinished());
    QTRY_VERIFY(marked(base(), 4));
    QVERIFY(!marked(base(), 3));
    QVERIFY(marked(base(), 4)); // 很
    QVERIFY(!marked(base(), 5));
    QVERIFY(marked(cand(), 4));   // 不
    QVERIFY(!marked(cand(), 7));  // 们
    QVERIFY(marked(base(), 10));  // 公
    QVERIFY(marked(cand(), 11));  // 店
    QVERIFY(!marked(cand(), 12)); // 。
}

void TestComparePane::givenMessagesAreSent()
{
    m_pane->setMessages({ChatMessage::text(ChatRole::System, u"Be brief."_s),
                         ChatMessage::text(ChatRole::User, u"Rendered case 12"_s)},
                        u"Summarize v3, case 12"_s);
    QVERIFY(!m_pane->userEdit()->isVisible());
    QVERIFY(m_pane->givenMessagesLabel()->text().contains(u"Summarize v3, case 12"_s));
    QVERIFY(m_pane->runButton()->isEnabled());
    QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
    QTRY_VERIFY(base()->isFinished() && cand()->isFinished());
    const QJsonArray sent = m_fast->requests().first().json.value(u"messages"_s).toArray();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).toObject().value(u"role"_s).toString(), u"system"_s);
    QCOMPARE(sent.at(1).toObject().value(u"content"_s).toString(), u"Rendered case 12"_s);
    m_pane->clearMessages();
    QVERIFY(m_pane->userEdit()->isVisible());
    QVERIFY(!m_pane->runButton()->isEnabled());
}

void TestComparePane::endpointsAreReReadWhenShown()
{
    QVERIFY(m_pane->selectEndpoint(ComparePane::Candidate, u"other"_s));
    m_pane->hide();
    addEndpoint(u"new"_s, EndpointRole::Other, m_fast.get());
    QVERIFY(EndpointStore::setRole(m_project->file()->database(), u"new"_s, EndpointRole::Baseline)
                    .ok());
    QVERIFY(EndpointStore::remove(m_project->file()->database(), u"slow"_s).ok());
    m_pane->show();
    QCOMPARE(m_pane->endpointCombo(ComparePane::Baseline)->count(), 3);
    // The removed choice falls back to the role; the kept choice stays.
    QCOMPARE(m_pane->selectedEndpoint(ComparePane::Baseline), u"new"_s);
    QCOMPARE(m_pane->selectedEndpoint(ComparePane::Candidate), u"other"_s);
}

// In the main window, after the Endpoints pane; closing the project while both
// answers are streaming ends the calls and leaves nothing behind.
void TestComparePane::mainWindowClosesAProjectMidStream()
{
    m_pane.reset();
    const QString path = m_project->path();
    QVERIFY(m_project->close().ok());
    m_project.reset();
    m_slow->setDefaultReply(textReply(kBaseAnswer, 400));
    m_fast->setDefaultReply(textReply(kCandAnswer, 400));

    AppSettings settings(m_dir->filePath(u"settings.ini"_s));
    MainWindow window(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    auto *pane = qobject_cast<ComparePane *>(window.panes()->pane(u"compare"_s));
    QVERIFY(pane);
    QVERIFY(window.panes()->setCurrentPane(u"compare"_s));
    QCOMPARE(pane->selectedEndpoint(ComparePane::Baseline), u"slow"_s);
    pane->userEdit()->setFocus();
    QTest::keyClicks(pane->userEdit(), u"hello"_s);
    QTest::keyClick(pane->userEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!pane->side(ComparePane::Baseline)->text().isEmpty());
    QVERIFY(pane->isRunning());
    QVERIFY(window.documents()->closeProject());
    QVERIFY(!window.panes()->pane(u"compare"_s));
    QTRY_COMPARE(m_slow->openConnections() + m_fast->openConnections(), 0);
}

void TestComparePane::readOnlyProjectCompares()
{
    // A second open of the same file is read-only (the first holds the lock).
    auto second = Project::open(m_project->path());
    QVERIFY(second.ok());
    QVERIFY(second.value()->isReadOnly());
    m_pane = std::make_unique<ComparePane>(second.value().get(), m_secrets.get(), m_network.get());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QCOMPARE(m_pane->selectedEndpoint(ComparePane::Candidate), u"fast"_s);
    typeAndRun(u"hello"_s);
    QTRY_VERIFY(base()->isFinished() && cand()->isFinished());
    QCOMPARE(base()->result()->status, CallStatus::Ok);
    QCOMPARE(cand()->text(), kCandAnswer);
    m_pane.reset();
    QVERIFY(second.value()->close().ok());
}

void TestComparePane::renders_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << u"en"_s;
    QTest::addRow("zh_CN") << u"zh_CN"_s;
}

// Renders the pane after a comparison (and writes PNGs when
// CUTOVER_SCREENSHOT_DIR is set).
void TestComparePane::renders()
{
    QFETCH(QString, language);
    m_pane.reset();
    Languages::install(language);
    makePane();
    FakeReply error;
    error.kind = FakeReply::Kind::HttpError;
    error.status = 401;
    error.errorMessage = u"Incorrect API key provided: sk-...[REDACTED]."_s;
    if (language == u"zh_CN"_s) {
        m_slow->setDefaultReply(textReply(u"今天天气很好，我们去公园散步吧。"_s));
        m_fast->setDefaultReply(textReply(u"今天天气不好，我们去商店买东西吧。"_s));
    }
    m_pane->systemEdit()->setPlainText(u"You are a helpful assistant."_s);
    m_pane->setHighlightDifferences(true);
    QSignalSpy shown(m_pane.get(), &ComparePane::differencesHighlighted);
    typeAndRun(u"Describe the fox"_s);
    QTRY_COMPARE(shown.count(), 1);
    QCoreApplication::sendPostedEvents();
    const QImage image = m_pane->grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("CUTOVER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + u"/compare-"_s + language + u".png"_s));
    // Narrow, with an error on one side: nothing may be cut off.
    m_fast->setDefaultReply(error);
    m_pane->resize(640, 520);
    QTest::keyClick(m_pane->userEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(base()->isFinished() && cand()->isFinished());
    QCoreApplication::sendPostedEvents();
    const QImage narrow = m_pane->grab().toImage();
    QVERIFY(!narrow.isNull());
    if (!dir.isEmpty())
        QVERIFY(narrow.save(dir + u"/compare-"_s + language + u"-narrow.png"_s));
    m_pane.reset();
    Languages::install(u"en"_s);
}

QTEST_MAIN(TestComparePane)
#include "tst_comparepane.moc"
