// The main window as a user drives it: open a project, edit the plan, undo
// with the keyboard, close, reopen; a second window on the same file is
// read-only; recent files; Save As continues in the copy.

#include "core/plan/planstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptdraft.h"
#include "core/runs/resultimport.h"
#include "tests/runs/runtestutil.h"
#include "tests/support/testplans.h"
#include "ui/compare/comparepane.h"
#include "ui/plan/overviewpage.h"
#include "ui/plan/planpane.h"
#include "ui/prompts/promptspane.h"
#include "ui/results/resultspane.h"
#include "ui/shell/appsettings.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/panehost.h"
#include "ui/shell/projectpanes.h"
#include "ui/shell/reportexporter.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

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

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensProjectAndShowsPlan();
    void editsAreStoredAndUndoable();
    void undoDoesNothingOnAPaneWithoutEdits();
    void secondWindowIsReadOnly();
    void saveAsContinuesInCopy();
    void windowStateIsRemembered();
    void panesAreWiredTogether();

private:
    QString makeProject(const QString &name, const Plan &plan);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.ini"_s));
}

QString TestMainWindow::makeProject(const QString &name, const Plan &plan)
{
    const QString path = m_dir->filePath(name);
    auto file = ProjectFile::create(path);
    if (!file)
        return QString();
    if (!PlanStore::save(file.value()->database(), plan))
        return QString();
    (void) file.value()->close();
    return path;
}

void TestMainWindow::opensProjectAndShowsPlan()
{
    const QString path = makeProject(u"one.cutover"_s, TestPlans::full());
    QVERIFY(!path.isEmpty());
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Cutover"_s);

    QVERIFY(window.openProject(path));
    QVERIFY(window.windowTitle().startsWith(u"one.cutover"_s));
    QVERIFY(!window.windowTitle().contains(u"read-only"_s));
    auto *pane = qobject_cast<PlanPane *>(window.panes()->pane(u"plan"_s));
    QVERIFY(pane);
    QCOMPARE(pane->document()->plan(), TestPlans::full());
    QCOMPARE(m_settings->recentFiles().value(0), QFileInfo(path).absoluteFilePath());

    QVERIFY(window.documents()->closeProject());
    QCOMPARE(window.windowTitle(), u"Cutover"_s);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(path + u".lock"_s));
}

void TestMainWindow::editsAreStoredAndUndoable()
{
    const QString path = makeProject(u"edit.cutover"_s, TestPlans::full());
    {
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        Project *project = window.documents()->project();
        QVERIFY(project);
        auto *pane = qobject_cast<PlanPane *>(window.panes()->pane(u"plan"_s));
        pane->setCurrentSection(PlanPane::Section::Overview);
        QLineEdit *title = pane->overviewPage()->titleEdit();
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, u"Renamed plan"_s);
        QCOMPARE(project->plan()->plan().title, u"Renamed plan"_s);

        // Undo from the Edit menu's shortcut: the whole typing is one step.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(project->plan()->plan().title, TestPlans::full().title);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(project->plan()->plan().title, u"Renamed plan"_s);

        // Stored shortly after the edit, without any explicit save.
        QSignalSpy saved(project, &Project::saved);
        QVERIFY(saved.wait(5000) || !project->hasPendingWrites());
    }
    // The window is gone (closed without a prompt): the edit is in the file.
    auto reopened = ProjectFile::open(path);
    QVERIFY(reopened.ok());
    auto plan = PlanStore::load(reopened.value()->database());
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().title, u"Renamed plan"_s);
}

void TestMainWindow::undoDoesNothingOnAPaneWithoutEdits()
{
    const QString path = makeProject(u"undo.cutover"_s, TestPlans::full());
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    PlanDocument *plan = window.documents()->project()->plan();
    plan->edit(u"x"_s, [](Plan &p) { p.title = u"edited"_s; });
    QVERIFY(window.panes()->setCurrentPane(u"compare"_s));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(plan->plan().title, u"edited"_s); // the Compare pane has nothing to undo
    QVERIFY(window.panes()->setCurrentPane(u"plan"_s));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(plan->plan().title, TestPlans::full().title);
    QVERIFY(window.documents()->closeProject());
}

void TestMainWindow::secondWindowIsReadOnly()
{
    const QString path = makeProject(u"shared.cutover"_s, TestPlans::full());
    MainWindow first(m_settings.get());
    QVERIFY(first.openProject(path));
    QVERIFY(!first.documents()->project()->isReadOnly());

    MainWindow second(m_settings.get());
    QVERIFY(second.openProject(path));
    QVERIFY(second.documents()->project()->isReadOnly());
    QVERIFY(second.windowTitle().contains(u"read-only"_s));
    PlanDocument *doc = second.documents()->project()->plan();
    QVERIFY(doc->isReadOnly());
    doc->edit(u"x"_s, [](Plan &p) { p.title = u"should not happen"_s; });
    QCOMPARE(doc->plan().title, TestPlans::full().title);
    QVERIFY(second.documents()->closeProject());
    QVERIFY(first.documents()->closeProject());
}

void TestMainWindow::saveAsContinuesInCopy()
{
    const QString path = makeProject(u"orig.cutover"_s, TestPlans::full());
    MainWindow window(m_settings.get());
    QVERIFY(window.openProject(path));
    Project *project = window.documents()->project();
    project->plan()->edit(u"x"_s, [](Plan &p) { p.notes = u"written before Save As"_s; });

    // Project::saveAs flushes pending edits first, then copies.
    const QString copy = m_dir->filePath(u"copy.cutover"_s);
    QVERIFY(project->saveAs(copy).ok());
    QVERIFY(window.openProject(copy));
    QVERIFY(window.windowTitle().startsWith(u"copy.cutover"_s));
    QCOMPARE(window.documents()->project()->plan()->plan().notes, u"written before Save As"_s);
    QVERIFY(window.documents()->closeProject());
    QVERIFY(!QFileInfo::exists(copy + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

void TestMainWindow::windowStateIsRemembered()
{
    {
        MainWindow window(m_settings.get());
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    MainWindow again(m_settings.get());
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::panesAreWiredTogether()
{
    // A project with a prompt, two endpoints, cases and a recorded run.
    const QString path = makeProject(u"wired.cutover"_s, TestPlans::full());
    {
        auto file = ProjectFile::open(path);
        QVERIFY(file.ok());
        QSqlDatabase db = file.value()->database();
        QVERIFY(RunTest::setUp(db, u"http://127.0.0.1:9/v1"_s, 2));
        const QString results = m_dir->filePath(u"recorded.jsonl"_s);
        QFile out(results);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"case\":2,\"endpoint\":\"base\",\"text\":\"case-2\",\"latency_ms\":5}\n"
                  "{\"case\":2,\"endpoint\":\"cand\",\"text\":\"other\",\"latency_ms\":6}\n");
        out.close();
        ResultImport::Options options;
        options.spec.promptName = u"triage"_s;
        options.spec.endpoints = {u"base"_s, u"cand"_s};
        options.note = u"Recorded in production"_s;
        QVERIFY(ResultImport::importJsonl(db, results, options).ok());
        QVERIFY(file.value()->close().ok());
    }
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    QCOMPARE(window.panes()->paneIds(), ProjectPanes::ids());

    // Alt+number goes to a pane; the Plan pane's section keys only work on it.
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(window.panes()->currentPaneId(), u"prompts"_s);
    auto *plan = qobject_cast<PlanPane *>(window.panes()->pane(u"plan"_s));
    QVERIFY(plan);
    QVERIFY(!plan->sectionActions().constFirst()->isEnabled());
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(window.panes()->currentPaneId(), u"plan"_s);
    QVERIFY(plan->sectionActions().constFirst()->isEnabled());

    // "Compare…" in the prompt library opens the prompt in Compare.
    auto *prompts = qobject_cast<PromptsPane *>(window.panes()->pane(u"prompts"_s));
    auto *compare = qobject_cast<ComparePane *>(window.panes()->pane(u"compare"_s));
    QVERIFY(prompts && compare);
    Q_EMIT prompts->compareRequested(u"triage"_s, 1);
    QCOMPARE(window.panes()->currentPaneId(), u"compare"_s);
    QCOMPARE(compare->mode(), ComparePane::PromptCase);

    // A result cell opens in Compare's recorded mode.
    QVERIFY(window.panes()->setCurrentPane(u"results"_s));
    auto *results = qobject_cast<ResultsPane *>(window.panes()->pane(u"results"_s));
    QVERIFY(results);
    // The run's note is shown in plain sight.
    auto *note = results->findChild<QLabel *>(u"runNote"_s);
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Recorded in production"_s);
    Q_EMIT results->openInCompare(1, 2, u"cand"_s, 0);
    QCOMPARE(window.panes()->currentPaneId(), u"compare"_s);
    QCOMPARE(compare->mode(), ComparePane::Recorded);
    QCOMPARE(compare->ratedRunId(), 1);
    QCOMPARE(compare->ratedCaseId(), 2);

    // The report, exported behind a progress dialog, has the run's Results section.
    const QString pdf = m_dir->filePath(u"report.pdf"_s);
    auto exported = exportPlanReport(window.documents()->project(), pdf, &window);
    QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(body.contains(u"Results"_s), qPrintable(body.left(400)));
    QVERIFY(body.contains(u"cand"_s));

    // An unsaved prompt draft: Cancel keeps the project open on the Prompts
    // pane; Discard lets it close.
    QVERIFY(prompts->selectPrompt(u"triage"_s));
    prompts->draft()->setText(0, u"Changed: {{q}}"_s);
    QVERIFY(prompts->hasUnsavedChanges());
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window.documents()->closeProject());
    QVERIFY(window.documents()->project());
    QCOMPARE(window.panes()->currentPaneId(), u"prompts"_s);
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window.documents()->closeProject());
    QVERIFY(!window.documents()->project());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
