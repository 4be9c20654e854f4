// The Endpoints pane driven with real QTest events over a real project file,
// with "Test connection" going to the fake LLM server on loopback.

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/providers/providerclient.h"
#include "core/util/languages.h"
#include "tests/support/fakellm/fakellmserver.h"
#include "ui/endpoints/endpointform.h"
#include "ui/endpoints/endpointsmodel.h"
#include "ui/endpoints/endpointspane.h"
#include "ui/shell/appsettings.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/panehost.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace Cutover;
using namespace Cutover::FakeLlm;
using namespace Qt::StringLiterals;

namespace {

const QString kCanary = u"sk-canary-pane-4d2b8e91c07f"_s;

QList<Endpoint> stored(Project *project)
{
    Result<QList<Endpoint>> loaded = EndpointStore::load(project->file()->database());
    return loaded ? loaded.value() : QList<Endpoint>{};
}

// Replaces the text of a line edit as a user would, then presses Return.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Clicks the menu entry of the Add button whose preset id is `id`.
void addPreset(EndpointsPane *pane, const QString &id)
{
    QMenu *menu = pane->addButton()->menu();
    QAction *action = nullptr;
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions) {
        if (a->data().toString() == id)
            action = a;
    }
    QVERIFY(action);
    QTimer::singleShot(0, menu, [menu, action] {
        QTRY_VERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    });
    QTest::mouseClick(pane->addButton(), Qt::LeftButton);
}

// Answers the next modal message box with `button`.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

} // namespace

class TestEndpointsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addEditValidateAndUndo();
    void rolesDuplicateAndDelete();
    void testConnectionSucceeds();
    void testConnectionUnauthorizedHidesKey();
    void testConnectionCancel();
    void missingKeyIsExplainedWithoutARequest();
    void readOnlyProjectCannotBeEdited();
    void mainWindowUndoFollowsThePane();
    void renders_data();
    void renders();

private:
    EndpointsPane *makePane(Project *project);
    void pointAtServer(EndpointsPane *pane);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<EndpointsPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEndpointsPane::init()
{
    Languages::install(u"en"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Project::create(m_dir->filePath(u"p.cutover"_s));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_project = std::move(created).value();
    m_network = std::make_unique<QNetworkAccessManager>();
    QProcessEnvironment env;
    env.insert(u"CANARY_KEY"_s, kCanary);
    m_secrets = std::make_unique<SecretStore>(env);
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    m_pane.reset(makePane(m_project.get()));
}

void TestEndpointsPane::cleanup()
{
    m_tester.reset();
    m_pane.reset();
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
    m_server.reset();
}

EndpointsPane *TestEndpointsPane::makePane(Project *project)
{
    auto *pane = new EndpointsPane(project, m_secrets.get(), m_network.get());
    pane->client()->setRetryConfig([] {
        RetryConfig c;
        c.backoffBaseMs = 10;
        c.backoffMaxMs = 20;
        return c;
    }());
    pane->resize(1000, 700);
    pane->show();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return pane;
}

// A custom endpoint at the fake server, set up through the form.
void TestEndpointsPane::pointAtServer(EndpointsPane *pane)
{
    addPreset(pane, u"custom"_s);
    QTRY_COMPARE(pane->model()->rowCount(), 1);
    retype(pane->form()->baseUrlEdit(), m_server->openAiBaseUrl());
    retype(pane->form()->modelEdit(), u"fake-model"_s);
    QTRY_COMPARE(stored(m_project.get()).value(0).model, u"fake-model"_s);
    QCOMPARE(stored(m_project.get()).value(0).baseUrl, m_server->openAiBaseUrl());
}

void TestEndpointsPane::addEditValidateAndUndo()
{
    EndpointsPane *pane = m_pane.get();
    QCOMPARE(pane->model()->rowCount(), 0);
    QVERIFY(!pane->form()->nameEdit()->isEnabled());

    addPreset(pane, u"openai"_s);
    QTRY_COMPARE(pane->model()->rowCount(), 1);
    QList<Endpoint> all = stored(m_project.get());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).name, u"OpenAI"_s);
    QCOMPARE(all.at(0).baseUrl, u"https://api.openai.com/v1"_s);
    QCOMPARE(all.at(0).keyRef.toString(), u"env:OPENAI_API_KEY"_s);
    QCOMPARE(pane->form()->nameEdit()->text(), u"OpenAI"_s);
    QVERIFY(pane->form()->nameEdit()->isEnabled());

    // Edit the name and the model through the form.
    retype(pane->form()->nameEdit(), u"Production"_s);
    QCOMPARE(stored(m_project.get()).at(0).name, u"Production"_s);
    retype(pane->form()->modelEdit(), u"gpt-4.1-mini"_s);
    QCOMPARE(stored(m_project.get()).at(0).model, u"gpt-4.1-mini"_s);
    QCOMPARE(pane->model()->data(pane->model()->index(0, EndpointsModel::Model)).toString(),
             u"gpt-4.1-mini"_s);
    retype(pane->form()->priceInputEdit(), u"0.4"_s);
    QCOMPARE(stored(m_project.get()).at(0).prices.input, 0.4);

    // An invalid edit is explained inline and not stored.
    retype(pane->form()->modelEdit(), QString());
    QVERIFY(pane->form()->problemsLabel()->isVisible());
    QVERIFY2(pane->form()->problemsLabel()->text().contains(u"has no model"_s),
             qPrintable(pane->form()->problemsLabel()->text()));
    QCOMPARE(stored(m_project.get()).at(0).model, u"gpt-4.1-mini"_s);
    retype(pane->form()->temperatureEdit(), u"warm"_s);
    QVERIFY(pane->form()->problemsLabel()->text().contains(u"\"warm\" is not a number"_s));
    retype(pane->form()->temperatureEdit(), u"0.3"_s);
    retype(pane->form()->modelEdit(), u"gpt-4.1"_s);
    QVERIFY(!pane->form()->problemsLabel()->isVisible());
    all = stored(m_project.get());
    QCOMPARE(all.at(0).model, u"gpt-4.1"_s);
    QCOMPARE(all.at(0).params.temperature, 0.3);

    // Anthropic with /v1 in the base URL is refused with the reason.
    QComboBox *protocol = pane->form()->protocolCombo();
    protocol->setFocus();
    QTest::keyClick(protocol, Qt::Key_Down);
    QVERIFY(pane->form()->problemsLabel()->text().contains(u"/v1"_s));
    QCOMPARE(stored(m_project.get()).at(0).protocol, EndpointProtocol::OpenAi);
    QTest::keyClick(protocol, Qt::Key_Up);
    QVERIFY(!pane->form()->problemsLabel()->isVisible());

    // Undo and redo walk the stored edits back and forth.
    QUndoStack *undo = pane->undoStack();
    QVERIFY(undo->canUndo());
    undo->undo(); // model gpt-4.1
    undo->undo(); // temperature
    QCOMPARE(stored(m_project.get()).at(0).model, u"gpt-4.1-mini"_s);
    QCOMPARE(pane->form()->modelEdit()->text(), u"gpt-4.1-mini"_s);
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(stored(m_project.get()).size(), 0);
    QCOMPARE(pane->model()->rowCount(), 0);
    while (undo->canRedo())
        undo->redo();
    all = stored(m_project.get());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).name, u"Production"_s);
    QCOMPARE(all.at(0).model, u"gpt-4.1"_s);
    QCOMPARE(pane->form()->nameEdit()->text(), u"Production"_s);
}

void TestEndpointsPane::rolesDuplicateAndDelete()
{
    EndpointsPane *pane = m_pane.get();
    addPreset(pane, u"openai"_s);
    addPreset(pane, u"anthropic"_s);
    QTRY_COMPARE(pane->model()->rowCount(), 2);
    QCOMPARE(pane->currentName(), u"Anthropic"_s);

    QTest::mouseClick(pane->candidateButton(), Qt::LeftButton);
    QCOMPARE(stored(m_project.get()).at(1).role, EndpointRole::Candidate);
    QVERIFY(!pane->candidateButton()->isEnabled());
    QVERIFY(pane->selectEndpoint(u"OpenAI"_s));
    QTest::mouseClick(pane->baselineButton(), Qt::LeftButton);
    QCOMPARE(stored(m_project.get()).at(0).role, EndpointRole::Baseline);
    // The role combo of the form: the candidate's role moves to OpenAI.
    QComboBox *role = pane->form()->roleCombo();
    QCOMPARE(role->currentText(), u"Baseline"_s);
    role->setFocus();
    QTest::keyClick(role, Qt::Key_Down); // Candidate
    QList<Endpoint> all = stored(m_project.get());
    QCOMPARE(all.at(0).role, EndpointRole::Candidate);
    QCOMPARE(all.at(1).role, EndpointRole::Other);
    pane->undoStack()->undo();
    all = stored(m_project.get());
    QCOMPARE(all.at(0).role, EndpointRole::Baseline);
    QCOMPARE(all.at(1).role, EndpointRole::Candidate);

    // Duplicate: a new name, role other.
    QTest::mouseClick(pane->duplicateButton(), Qt::LeftButton);
    all = stored(m_project.get());
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(2).name, u"OpenAI (copy)"_s);
    QCOMPARE(all.at(2).role, EndpointRole::Other);
    QCOMPARE(pane->currentName(), u"OpenAI (copy)"_s);
    QTest::mouseClick(pane->duplicateButton(), Qt::LeftButton);
    QCOMPARE(stored(m_project.get()).at(3).name, u"OpenAI (copy) (copy)"_s);

    // Delete asks first; Cancel keeps the endpoint.
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::mouseClick(pane->deleteButton(), Qt::LeftButton);
    QCOMPARE(stored(m_project.get()).size(), 4);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(pane->deleteButton(), Qt::LeftButton);
    all = stored(m_project.get());
    QCOMPARE(all.size(), 3);
    QCOMPARE(pane->model()->rowOf(u"OpenAI (copy) (copy)"_s), -1);
    QCOMPARE(pane->currentName(), u"OpenAI (copy)"_s);
    // Deleting the baseline and undoing gives it back with its role.
    QVERIFY(pane->selectEndpoint(u"OpenAI"_s));
    pane->deleteCurrent(true);
    QCOMPARE(stored(m_project.get()).size(), 2);
    pane->undoStack()->undo();
    all = stored(m_project.get());
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.constLast().name, u"OpenAI"_s);
    QCOMPARE(all.constLast().role, EndpointRole::Baseline);
    QCOMPARE(pane->currentName(), u"OpenAI"_s);
}

void TestEndpointsPane::testConnectionSucceeds()
{
    EndpointsPane *pane = m_pane.get();
    pointAtServer(pane);
    QVERIFY(pane->testButton()->isEnabled());
    QSignalSpy done(pane, &EndpointsPane::testFinished);
    QTest::mouseClick(pane->testButton(), Qt::LeftButton);
    QVERIFY(pane->cancelTestButton()->isEnabled());
    QVERIFY(!pane->testButton()->isEnabled());
    QTRY_COMPARE(done.size(), 1);
    const QString text = pane->testResultLabel()->text();
    QVERIFY2(text.contains(u"Connected"_s) && text.contains(u"fake-model"_s), qPrintable(text));
    QVERIFY(text.contains(u" ms"_s));
    QVERIFY(pane->testButton()->isEnabled());
    QVERIFY(!pane->cancelTestButton()->isEnabled());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().at(0).json.value(u"stream"_s).toBool(), false);
}

void TestEndpointsPane::testConnectionUnauthorizedHidesKey()
{
    EndpointsPane *pane = m_pane.get();
    pointAtServer(pane);
    m_server->setRequiredKey(u"sk-the-right-key-1234567"_s);

    // Set Key…: no keychain in the test environment, so the key is kept for the session.
    EndpointForm *form = pane->form();
    QTest::mouseClick(form->setKeyButton(), Qt::LeftButton);
    QVERIFY(form->keyEntryEdit()->isVisible());
    QCOMPARE(form->keyEntryEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(form->keyEntryEdit(), kCanary);
    QTest::mouseClick(form->storeKeyButton(), Qt::LeftButton);
    QCOMPARE(form->keyEntryEdit()->text(), QString());
    QVERIFY(!form->keyEntryEdit()->isVisible());
    const Endpoint e = stored(m_project.get()).at(0);
    QCOMPARE(e.keyRef.kind, KeyRef::Kind::Keychain);
    QTRY_VERIFY_WITH_TIMEOUT(form->keyMessageLabel()->text().contains(u"session"_s)
                                     || form->keyMessageLabel()->text().contains(u"keychain as"_s),
                             30000);
    const QString keyMessage = form->keyMessageLabel()->text();
    QVERIFY2(!keyMessage.contains(kCanary), qPrintable(keyMessage));

    QSignalSpy done(pane, &EndpointsPane::testFinished);
    QTest::mouseClick(pane->testButton(), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    const QString text = pane->testResultLabel()->text();
    QVERIFY2(text.contains(u"401"_s) && text.contains(u"refused the key"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Incorrect API key provided"_s), qPrintable(text));
    QVERIFY2(!text.contains(kCanary), qPrintable(text));
    QVERIFY(!text.contains(kCanary.right(10)));
    QCOMPARE(m_server->requests().at(0).header("authorization"), "Bearer " + kCanary.toUtf8());
    // Nothing on screen shows the key.
    const QList<QLineEdit *> edits = pane->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits)
        QVERIFY(!edit->text().contains(kCanary));
    const QList<QLabel *> labels = pane->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->text().contains(kCanary));
    // Nor the project file.
    QVERIFY(m_project->flush().ok());
    QFile file(m_project->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kCanary.toUtf8()));
}

void TestEndpointsPane::testConnectionCancel()
{
    EndpointsPane *pane = m_pane.get();
    pointAtServer(pane);
    FakeReply slow;
    slow.firstByteDelayMs = 30000;
    m_server->enqueue(slow);
    QSignalSpy done(pane, &EndpointsPane::testFinished);
    QTest::mouseClick(pane->testButton(), Qt::LeftButton);
    QTRY_COMPARE(m_server->requestCount(), 1);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(pane->cancelTestButton(), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY2(pane->testResultLabel()->text().contains(u"cancelled"_s),
             qPrintable(pane->testResultLabel()->text()));
    QVERIFY(pane->testButton()->isEnabled());
}

void TestEndpointsPane::missingKeyIsExplainedWithoutARequest()
{
    EndpointsPane *pane = m_pane.get();
    pointAtServer(pane); // custom preset: no key
    QComboBox *kind = pane->form()->keyKindCombo();
    QCOMPARE(kind->currentData().toInt(), int(KeyRef::Kind::None));
    QVERIFY(!pane->form()->keyNameEdit()->isEnabled());
    // Keychain: a name is suggested from the endpoint's name and stored.
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(stored(m_project.get()).at(0).keyRef.toString(), u"keychain:Custom"_s);
    // An environment variable that is not set.
    QTest::keyClick(kind, Qt::Key_Up);
    retype(pane->form()->keyNameEdit(), u"CUTOVER_TEST_UNSET_KEY"_s);
    QCOMPARE(stored(m_project.get()).at(0).keyRef.toString(), u"env:CUTOVER_TEST_UNSET_KEY"_s);
    QSignalSpy done(pane, &EndpointsPane::testFinished);
    QTest::mouseClick(pane->testButton(), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    const QString text = pane->testResultLabel()->text();
    QVERIFY2(text.contains(u"CUTOVER_TEST_UNSET_KEY"_s) && text.contains(u"not set"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"attempt"_s), qPrintable(text)); // not "failed after 0 attempts"
    QCOMPARE(m_server->requestCount(), 0);
}

void TestEndpointsPane::readOnlyProjectCannotBeEdited()
{
    addPreset(m_pane.get(), u"deepseek"_s);
    QTRY_COMPARE(stored(m_project.get()).size(), 1);
    // A second open of the same file is read-only (the first holds the lock).
    auto second = Project::open(m_project->path());
    QVERIFY(second.ok());
    QVERIFY(second.value()->isReadOnly());
    std::unique_ptr<EndpointsPane> pane(makePane(second.value().get()));
    QCOMPARE(pane->model()->rowCount(), 1);
    QCOMPARE(pane->form()->nameEdit()->text(), u"DeepSeek"_s);
    QVERIFY(!pane->addButton()->isEnabled());
    QVERIFY(!pane->duplicateButton()->isEnabled());
    QVERIFY(!pane->deleteButton()->isEnabled());
    QVERIFY(!pane->baselineButton()->isEnabled());
    QVERIFY(!pane->form()->nameEdit()->isEnabled());
    QVERIFY(!pane->form()->modelEdit()->isEnabled());
    QVERIFY(!pane->form()->setKeyButton()->isEnabled());
    QVERIFY(pane->testButton()->isEnabled());
    QVERIFY(pane->statusLabel()->isVisible());
    QVERIFY(pane->statusLabel()->text().contains(u"read-only"_s));
    pane->deleteCurrent(true);
    QCOMPARE(stored(m_project.get()).size(), 1);
    QVERIFY(!pane->undoStack()->canUndo());
    m_tester.reset();
    pane.reset();
    QVERIFY(second.value()->close().ok());
}

// In the main window, Ctrl+Z undoes the endpoint edits while the Endpoints
// pane is current, and the plan's edits while the Plan pane is.
void TestEndpointsPane::mainWindowUndoFollowsThePane()
{
    m_tester.reset();
    m_pane.reset();
    const QString path = m_project->path();
    QVERIFY(m_project->close().ok());
    m_project.reset();

    AppSettings settings(m_dir->filePath(u"settings.ini"_s));
    MainWindow window(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    Project *project = window.documents()->project();
    auto *pane = qobject_cast<EndpointsPane *>(window.panes()->pane(u"endpoints"_s));
    QVERIFY(pane);
    QVERIFY(window.panes()->setCurrentPane(u"endpoints"_s));
    addPreset(pane, u"anthropic"_s);
    QTRY_COMPARE(stored(project).size(), 1);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(project).size(), 0);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(project).size(), 1);

    // On the Plan pane, Ctrl+Z is the plan's: the endpoint stays.
    QVERIFY(window.panes()->setCurrentPane(u"plan"_s));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(project).size(), 1);
    QVERIFY(window.panes()->setCurrentPane(u"endpoints"_s));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(project).size(), 0);
    QVERIFY(window.documents()->closeProject());
}

void TestEndpointsPane::renders_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << u"en"_s;
    QTest::addRow("zh_CN") << u"zh_CN"_s;
}

// Renders the pane (and writes PNGs when CUTOVER_SCREENSHOT_DIR is set).
void TestEndpointsPane::renders()
{
    QFETCH(QString, language);
    m_tester.reset();
    m_pane.reset();
    Languages::install(language);
    std::unique_ptr<EndpointsPane> pane(makePane(m_project.get()));
    addPreset(pane.get(), u"openai"_s);
    addPreset(pane.get(), u"qwen-cn"_s);
    QTRY_COMPARE(pane->model()->rowCount(), 2);
    QTest::mouseClick(pane->baselineButton(), Qt::LeftButton);
    retype(pane->form()->modelEdit(), QString());
    QVERIFY(pane->form()->problemsLabel()->isVisible());
    pane->testResultLabel()->setText(
            QCoreApplication::translate("Cutover::Core",
                                        "The provider refused the key (HTTP %1): %2")
                    .arg(401)
                    .arg(u"Incorrect API key provided: sk-...[REDACTED]."_s));
    QCoreApplication::sendPostedEvents(); // pending layout requests
    const QImage image = pane->grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("CUTOVER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + u"/endpoints-"_s + language + u".png"_s));
    // Narrow, with the key entry open: nothing may be cut off.
    pane->resize(720, 520);
    QTest::mouseClick(pane->form()->setKeyButton(), Qt::LeftButton);
    QVERIFY(pane->form()->keyEntryEdit()->isVisible());
    QCoreApplication::sendPostedEvents(); // pending layout requests
    const QImage narrow = pane->grab().toImage();
    QVERIFY(!narrow.isNull());
    if (!dir.isEmpty())
        QVERIFY(narrow.save(dir + u"/endpoints-"_s + language + u"-narrow.png"_s));
    m_tester.reset();
    pane.reset();
    Languages::install(u"en"_s);
}

QTEST_MAIN(TestEndpointsPane)
#include "tst_endpointspane.moc"
