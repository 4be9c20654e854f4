// The Plan pane driven like a user: real key and mouse events on the real
// widgets over a PlanDocument holding TestPlans::full().

#include "core/plan/planlabels.h"
#include "tests/support/testplans.h"
#include "ui/plan/ganttchart.h"
#include "ui/plan/hintspage.h"
#include "ui/plan/objectivesmodel.h"
#include "ui/plan/objectivespage.h"
#include "ui/plan/overviewpage.h"
#include "ui/plan/phasesmodel.h"
#include "ui/plan/planitemtable.h"
#include "ui/plan/planpane.h"
#include "ui/plan/riskmatrix.h"
#include "ui/plan/risksmodel.h"
#include "ui/plan/riskspage.h"
#include "ui/plan/rollbackpage.h"
#include "ui/plan/scopemodel.h"
#include "ui/plan/scopepage.h"
#include "ui/plan/targeteditor.h"
#include "ui/plan/timelinepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Cutover;

class TestPlanPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typingInTitleIsOneUndoStep();
    void externalChangeKeepsCursorOfEqualField();
    void notesTypingAndCtrlZ();
    void addObjectiveWithShortcutAndEditCellByKeyboard();
    void addButtonAddsAfterCurrent();
    void targetEditorEditsAndRemovesTarget();
    void deleteKeyRemovesRisk();
    void riskMatrixClickFiltersTable();
    void addedRiskLandsInFilteredCell();
    void riskLikelihoodSpinBoxByKeyboard();
    void scopeStatusComboByKeyboard();
    void dependsOnEditorByKeyboard();
    void startDateEditorByKeyboard();
    void altDownMovesRollbackStep();
    void ganttClickSelectsPhase();
    void sectionShortcuts();
    void activatingHintSelectsItem_data();
    void activatingHintSelectsItem();
    void hintsUpdateLive();
    void planWithoutHintsSaysSo();
    void readOnlyBlocksEdits();
    void stateRoundTrips();

private:
    void showSection(PlanPane::Section section);
    QModelIndex viewIndexOf(PlanItemTable *table, qint64 id, int column = 0) const;
    void clickRow(PlanItemTable *table, qint64 id, int column = 0);

    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<PlanPane> m_pane;
};

void TestPlanPane::planWithoutHintsSaysSo()
{
    Plan p = TestPlans::full();
    p.objectives[4].target = Target{TargetMetric::ErrorRate,   QString(), Comparison::LessOrEqual,
                                    TargetReference::Absolute, 1.0,       u"%"_s};
    p.risks[2].mitigation = u"Load test"_s;
    QVERIFY(validatePlan(p).isEmpty());
    PlanDocument document;
    document.reset(p);
    PlanPane pane(&document);
    HintsPage *hints = pane.hintsPage();
    QCOMPARE(hints->list()->count(), 0);
    const QList<QLabel *> labels = hints->findChildren<QLabel *>();
    const bool said = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text().startsWith(u"No hints"_s);
    });
    QVERIFY2(said, "an empty hint list says that the plan has no hints");
}

void TestPlanPane::init()
{
    m_document = std::make_unique<PlanDocument>();
    m_document->reset(TestPlans::full());
    m_pane = std::make_unique<PlanPane>(m_document.get());
    m_pane->resize(1100, 720);
    m_pane->show();
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
}

void TestPlanPane::cleanup()
{
    m_pane.reset();
    m_document.reset();
}

void TestPlanPane::showSection(PlanPane::Section section)
{
    m_pane->setCurrentSection(section);
    QTRY_COMPARE(m_pane->currentSection(), section);
}

QModelIndex TestPlanPane::viewIndexOf(PlanItemTable *table, qint64 id, int column) const
{
    QAbstractItemModel *model = table->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(PlanTableModel::IdRole).toLongLong() == id)
            return index;
    }
    return QModelIndex();
}

void TestPlanPane::clickRow(PlanItemTable *table, qint64 id, int column)
{
    const QModelIndex index = viewIndexOf(table, id, column);
    QVERIFY(index.isValid());
    QTest::mouseClick(table->view()->viewport(), Qt::LeftButton, {},
                      table->view()->visualRect(index).center());
    QTRY_COMPARE(table->currentId(), id);
}

void TestPlanPane::typingInTitleIsOneUndoStep()
{
    QLineEdit *title = m_pane->overviewPage()->titleEdit();
    const QString before = m_document->plan().title;
    QCOMPARE(title->text(), before);
    QTest::mouseClick(title, Qt::LeftButton);
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, u" (phase 2)"_s);
    QCOMPARE(m_document->plan().title, before + u" (phase 2)"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);

    // Leaving the field ends the step: typing again is a second one.
    QTest::keyClick(title, Qt::Key_Tab);
    QTRY_VERIFY(!title->hasFocus());
    QTest::mouseClick(title, Qt::LeftButton);
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, u"!"_s);
    QCOMPARE(m_document->undoStack()->count(), 2);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().title, before + u" (phase 2)"_s);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().title, before);
    QCOMPARE(title->text(), before);
    m_document->undoStack()->redo();
    QCOMPARE(title->text(), before + u" (phase 2)"_s);
}

void TestPlanPane::externalChangeKeepsCursorOfEqualField()
{
    QLineEdit *title = m_pane->overviewPage()->titleEdit();
    QTest::mouseClick(title, Qt::LeftButton);
    QTest::keyClick(title, Qt::Key_Home);
    QTest::keyClick(title, Qt::Key_Right);
    QTest::keyClick(title, Qt::Key_Right);
    QTest::keyClick(title, Qt::Key_Right);
    QCOMPARE(title->cursorPosition(), 3);
    // An import-like change of another field leaves this one's cursor alone.
    Plan changed = m_document->plan();
    changed.owner = u"Zhang San"_s;
    m_document->replace(u"Import"_s, changed);
    QCOMPARE(m_pane->overviewPage()->ownerEdit()->text(), u"Zhang San"_s);
    QCOMPARE(title->cursorPosition(), 3);
    QVERIFY(title->hasFocus());
}

void TestPlanPane::notesTypingAndCtrlZ()
{
    QPlainTextEdit *notes = m_pane->overviewPage()->notesEdit();
    const QString before = m_document->plan().notes;
    notes->setFocus();
    QTRY_VERIFY(notes->hasFocus());
    QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(notes, u" Bring numbers."_s);
    QCOMPARE(m_document->plan().notes, before + u" Bring numbers."_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
    // Ctrl+Z in the field undoes the document, in one step.
    QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_document->plan().notes, before);
    QCOMPARE(notes->toPlainText(), before);
    QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(notes->toPlainText(), before + u" Bring numbers."_s);
}

void TestPlanPane::addObjectiveWithShortcutAndEditCellByKeyboard()
{
    showSection(PlanPane::Section::Objectives);
    PlanItemTable *table = m_pane->objectivesPage()->table();
    clickRow(table, 2);
    QTest::keyClick(table->view(), Qt::Key_Insert);
    QCOMPARE(m_document->plan().objectives.size(), 6);
    const Objective added = m_document->plan().objectives.at(2);
    QVERIFY(added.id >= TestPlans::full().nextId());
    QCOMPARE(table->currentId(), added.id);

    // The title cell opens for editing: type over it.
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Halve p99 latency"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_document->plan().objectives.at(2).title, u"Halve p99 latency"_s);
    QCOMPARE(m_document->undoStack()->count(), 2);

    // F2 edits the description of an existing objective.
    clickRow(table, 3, ObjectivesModel::DescriptionColumn);
    QTest::keyClick(table->view(), Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Judged on 300 cases"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_document->plan().objectives.at(3).description, u"Judged on 300 cases"_s);
    QCOMPARE(m_document->undoStack()->count(), 3);

    // Undo in three steps gives back the original plan.
    for (int i = 0; i < 3; ++i)
        m_document->undoStack()->undo();
    QCOMPARE(m_document->plan(), TestPlans::full());
}

void TestPlanPane::addButtonAddsAfterCurrent()
{
    showSection(PlanPane::Section::Scope);
    const auto buttons = m_pane->findChildren<QToolButton *>();
    QToolButton *add = nullptr;
    for (QToolButton *button : buttons) {
        if (button->isVisible() && button->defaultAction()
            && button->defaultAction()->shortcuts().contains(QKeySequence(Qt::Key_Insert)))
            add = button;
    }
    QVERIFY(add);
    QVERIFY(add->toolTip().contains(
            QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText)));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_document->plan().scope.size(), 4);
    QCOMPARE(m_document->plan().scope.last().id, TestPlans::full().nextId());
}

void TestPlanPane::targetEditorEditsAndRemovesTarget()
{
    showSection(PlanPane::Section::Objectives);
    ObjectivesPage *page = m_pane->objectivesPage();
    clickRow(page->table(), 2);
    TargetEditor *editor = page->targetEditor();
    QCOMPARE(editor->objectiveId(), 2);
    QVERIFY(editor->isChecked());

    // Typing a value is one undo step.
    QDoubleSpinBox *value = editor->valueSpin();
    QTest::mouseClick(value, Qt::LeftButton);
    QTRY_VERIFY(value->hasFocus());
    QTest::keyClick(value, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(value, u"1.5"_s);
    QCOMPARE(m_document->plan().objectives.at(1).target->value, 1.5);
    QCOMPARE(m_document->undoStack()->count(), 1);
    const QModelIndex target = viewIndexOf(page->table(), 2, ObjectivesModel::TargetColumn);
    QCOMPARE(target.data().toString(),
             PlanLabels::describe(*m_document->plan().objectives.at(1).target));

    // Unchecking the group removes the target.
    QTest::keyClick(value, Qt::Key_Tab);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Space);
    QTRY_VERIFY(!m_document->plan().objectives.at(1).target);
    QCOMPARE(target.data().toString(), ObjectivesModel::tr("No target"));
    m_document->undoStack()->undo();
    QVERIFY(m_document->plan().objectives.at(1).target);
    QVERIFY(editor->isChecked());
}

void TestPlanPane::deleteKeyRemovesRisk()
{
    showSection(PlanPane::Section::Risks);
    PlanItemTable *table = m_pane->risksPage()->table();
    clickRow(table, 14, RisksModel::ScoreColumn);
    QTest::keyClick(table->view(), Qt::Key_Delete);
    QCOMPARE(m_document->plan().risks.size(), 2);
    QCOMPARE(PlanLists::indexOfId(m_document->plan().risks, qint64(14)), -1);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_pane->risksPage()->matrix()->riskCount(3, 3), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan(), TestPlans::full());
    QCOMPARE(m_pane->risksPage()->matrix()->riskCount(3, 3), 1);
}

void TestPlanPane::riskMatrixClickFiltersTable()
{
    showSection(PlanPane::Section::Risks);
    RisksPage *page = m_pane->risksPage();
    RiskMatrix *matrix = page->matrix();
    QCOMPARE(matrix->riskCount(3, 4), 1);
    QCOMPARE(page->table()->view()->model()->rowCount(), 3);
    QSignalSpy selected(matrix, &RiskMatrix::cellSelected);

    const QPoint cell = matrix->cellRect(3, 4).center();
    QHelpEvent help(QEvent::ToolTip, cell, matrix->mapToGlobal(cell));
    QApplication::sendEvent(matrix, &help);
    QTRY_VERIFY(QToolTip::text().contains(u"服务中断"_s));
    QTest::mouseClick(matrix, Qt::LeftButton, {}, cell);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(page->table()->view()->model()->rowCount(), 1);
    QCOMPARE(viewIndexOf(page->table(), 13).row(), 0);

    // An empty cell shows no rows; clicking it again shows everything.
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellRect(1, 1).center());
    QCOMPARE(page->table()->view()->model()->rowCount(), 0);
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellRect(1, 1).center());
    QCOMPARE(page->table()->view()->model()->rowCount(), 3);
    QCOMPARE(matrix->selectedLikelihood(), 0);
    QCOMPARE(selected.count(), 3);
    QCOMPARE(selected.last().at(0).toInt(), 0);

    // From the keyboard: the click left the focus cell at (1, 1); up twice,
    // right against the edge (5) and one back left is (3, 4).
    QTRY_VERIFY(matrix->hasFocus());
    QTest::keyClick(matrix, Qt::Key_Up);
    QTest::keyClick(matrix, Qt::Key_Up);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(matrix, Qt::Key_Right);
    QTest::keyClick(matrix, Qt::Key_Left);
    QTest::keyClick(matrix, Qt::Key_Space);
    QCOMPARE(matrix->selectedLikelihood(), 3);
    QCOMPARE(matrix->selectedImpact(), 4);
    QCOMPARE(page->table()->view()->model()->rowCount(), 1);
    QTest::keyClick(matrix, Qt::Key_Return);
    QCOMPARE(page->table()->view()->model()->rowCount(), 3);
}

void TestPlanPane::addedRiskLandsInFilteredCell()
{
    showSection(PlanPane::Section::Risks);
    RisksPage *page = m_pane->risksPage();
    QTest::mouseClick(page->matrix(), Qt::LeftButton, {}, page->matrix()->cellRect(2, 5).center());
    QCOMPARE(page->table()->view()->model()->rowCount(), 1);
    page->table()->view()->setFocus();
    QTest::keyClick(page->table()->view(), Qt::Key_Insert);
    QCOMPARE(m_document->plan().risks.size(), 4);
    const qint64 id = TestPlans::full().nextId();
    const qsizetype index = PlanLists::indexOfId(m_document->plan().risks, id);
    QVERIFY(index >= 0);
    const Risk added = m_document->plan().risks.at(index);
    QCOMPARE(added.likelihood, 2);
    QCOMPARE(added.impact, 5);
    QCOMPARE(page->table()->view()->model()->rowCount(), 2);
    QCOMPARE(page->table()->currentId(), added.id);
    QCOMPARE(page->matrix()->riskCount(2, 5), 2);
}

void TestPlanPane::riskLikelihoodSpinBoxByKeyboard()
{
    showSection(PlanPane::Section::Risks);
    PlanItemTable *table = m_pane->risksPage()->table();
    clickRow(table, 14, RisksModel::LikelihoodColumn);
    QTest::keyClick(table->view(), Qt::Key_F2);
    QTRY_VERIFY(QApplication::focusWidget() != table->view());
    QWidget *editor = QApplication::focusWidget();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"5"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_document->plan().risks.at(2).likelihood, 5);
    QCOMPARE(viewIndexOf(table, 14, RisksModel::ScoreColumn).data().toInt(), 15);
    QCOMPARE(m_pane->risksPage()->matrix()->riskCount(5, 3), 1);
    // Sorted by score, descending: the risk now comes first.
    QCOMPARE(viewIndexOf(table, 14).row(), 0);
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestPlanPane::scopeStatusComboByKeyboard()
{
    showSection(PlanPane::Section::Scope);
    PlanItemTable *table = m_pane->scopePage()->table();
    clickRow(table, 7, ScopeModel::StatusColumn);
    QTest::keyClick(table->view(), Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTRY_COMPARE(m_document->plan().scope.at(1).status, ScopeStatus::InProgress);
    QCOMPARE(viewIndexOf(table, 7, ScopeModel::StatusColumn).data().toString(),
             PlanLabels::label(ScopeStatus::InProgress));
}

void TestPlanPane::dependsOnEditorByKeyboard()
{
    showSection(PlanPane::Section::Timeline);
    PlanItemTable *table = m_pane->timelinePage()->table();
    clickRow(table, 11, PhasesModel::DependsOnColumn);
    QTest::keyClick(table->view(), Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QListWidget *>(QApplication::focusWidget()));
    auto *list = qobject_cast<QListWidget *>(QApplication::focusWidget());
    // The other phases, without Deployment itself; Testing already checked.
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"Preparation"_s);
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(m_document->plan().phases.at(2).dependsOn, (QList<qint64>{9, 10}));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestPlanPane::startDateEditorByKeyboard()
{
    showSection(PlanPane::Section::Timeline);
    PlanItemTable *table = m_pane->timelinePage()->table();
    clickRow(table, 10, PhasesModel::StartColumn);
    QTest::keyClick(table->view(), Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QDateEdit *>(QApplication::focusWidget()));
    auto *editor = qobject_cast<QDateEdit *>(QApplication::focusWidget());
    QCOMPARE(editor->date(), QDate(2026, 12, 15));
    editor->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(editor, Qt::Key_Up);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_document->plan().phases.at(1).start, QDate(2026, 12, 16));
    // The chart follows.
    QVERIFY(m_pane->timelinePage()->chart()->barRect(10).left()
            > m_pane->timelinePage()->chart()->barRect(9).right());
}

void TestPlanPane::altDownMovesRollbackStep()
{
    showSection(PlanPane::Section::Rollback);
    PlanItemTable *steps = m_pane->rollbackPage()->stepsTable();
    clickRow(steps, 17);
    QTest::keyClick(steps->view(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_document->plan().rollback.steps.at(0).id, 18);
    QCOMPARE(m_document->plan().rollback.steps.at(1).id, 17);
    QCOMPARE(steps->currentId(), 17);
    QVERIFY(!steps->moveDownAction()->isEnabled());
    QTest::keyClick(steps->view(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_document->plan().rollback.steps, TestPlans::full().rollback.steps);
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestPlanPane::ganttClickSelectsPhase()
{
    showSection(PlanPane::Section::Timeline);
    TimelinePage *page = m_pane->timelinePage();
    GanttChart *chart = page->chart();
    const QRect bar = chart->barRect(11);
    QVERIFY(!bar.isEmpty());
    QVERIFY(chart->barRect(9).right() <= chart->barRect(10).left());
    QHelpEvent help(QEvent::ToolTip, bar.center(), chart->mapToGlobal(bar.center()));
    QApplication::sendEvent(chart, &help);
    QTRY_VERIFY(QToolTip::text().contains(u"Deployment"_s));
    QVERIFY(QToolTip::text().contains(u"Testing"_s)); // what it comes after
    QTest::mouseClick(chart, Qt::LeftButton, {}, bar.center());
    QCOMPARE(page->table()->currentId(), 11);
    QCOMPARE(chart->selectedId(), 11);
    // And the other way round.
    clickRow(page->table(), 9);
    QCOMPARE(chart->selectedId(), 9);
}

void TestPlanPane::sectionShortcuts()
{
    QSignalSpy changed(m_pane.get(), &PlanPane::currentSectionChanged);
    m_pane->overviewPage()->titleEdit()->setFocus();
    QTRY_VERIFY(m_pane->overviewPage()->titleEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_pane->currentSection(), PlanPane::Section::Scope);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_pane->currentSection(), PlanPane::Section::Timeline);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_pane->currentSection(), PlanPane::Section::Objectives);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_pane->currentSection(), PlanPane::Section::Hints);
    QCOMPARE(changed.count(), 5);
    QCOMPARE(m_pane->sectionActions().size(), PlanPane::kSectionCount);
}

void TestPlanPane::activatingHintSelectsItem_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("itemId");
    QTest::addColumn<int>("section");
    QTest::addColumn<bool>("doubleClick");
    QTest::addRow("risk without mitigation, Enter")
            << int(PlanHint::Kind::RiskWithoutMitigation) << qint64(14)
            << int(PlanPane::Section::Risks) << false;
    QTest::addRow("objective without target, double click")
            << int(PlanHint::Kind::ObjectiveWithoutTarget) << qint64(5)
            << int(PlanPane::Section::Objectives) << true;
}

void TestPlanPane::activatingHintSelectsItem()
{
    QFETCH(int, kind);
    QFETCH(qint64, itemId);
    QFETCH(int, section);
    QFETCH(bool, doubleClick);

    // A filter that hides the risk must not hide the hint's target.
    m_pane->risksPage()->setCellFilter(3, 4);
    QTest::keyClick(m_pane.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_pane->currentSection(), PlanPane::Section::Hints);
    HintsPage *hints = m_pane->hintsPage();
    int row = -1;
    for (int i = 0; i < hints->hints().size(); ++i) {
        if (int(hints->hints().at(i).kind) == kind && hints->hints().at(i).itemId == itemId)
            row = i;
    }
    QVERIFY(row >= 0);
    QListWidget *list = hints->list();
    const QRect rect = list->visualItemRect(list->item(row));
    if (doubleClick) {
        // An item view acts on a double click of the item it saw pressed.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    } else {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::keyClick(list, Qt::Key_Return);
    }
    QTRY_COMPARE(int(m_pane->currentSection()), section);
    PlanItemTable *table = section == int(PlanPane::Section::Risks)
                                   ? m_pane->risksPage()->table()
                                   : m_pane->objectivesPage()->table();
    QCOMPARE(table->currentId(), itemId);
    QTRY_VERIFY(table->view()->hasFocus());
}

void TestPlanPane::hintsUpdateLive()
{
    QSignalSpy counts(m_pane.get(), &PlanPane::hintCountChanged);
    const int before = m_pane->hintCount();
    QVERIFY(before > 0);
    QVERIFY(m_pane->sectionList()
                    ->item(int(PlanPane::Section::Hints))
                    ->text()
                    .contains(QString::number(before)));
    showSection(PlanPane::Section::Risks);
    PlanItemTable *table = m_pane->risksPage()->table();
    clickRow(table, 14, RisksModel::MitigationColumn);
    QTest::keyClick(table->view(), Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), u"Load test before the switch"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_pane->hintCount(), before - 1);
    QCOMPARE(counts.last().at(0).toInt(), before - 1);
    // The mark on the risk is gone too.
    QVERIFY(!viewIndexOf(table, 14).data(Qt::DecorationRole).isValid());
    QVERIFY(viewIndexOf(table, 13).data(PlanTableModel::HintRole).toStringList().isEmpty());
}

void TestPlanPane::readOnlyBlocksEdits()
{
    QVERIFY(!m_pane->readOnlyBanner()->isVisible());
    m_document->setReadOnly(true);
    QVERIFY(m_pane->readOnlyBanner()->isVisible());

    QLineEdit *title = m_pane->overviewPage()->titleEdit();
    QTest::mouseClick(title, Qt::LeftButton);
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, u"xyz"_s);
    QCOMPARE(title->text(), TestPlans::full().title);

    showSection(PlanPane::Section::Risks);
    PlanItemTable *risks = m_pane->risksPage()->table();
    clickRow(risks, 14);
    QTest::keyClick(risks->view(), Qt::Key_Delete);
    QTest::keyClick(risks->view(), Qt::Key_Insert);
    QTest::keyClick(risks->view(), Qt::Key_F2);
    QVERIFY(!risks->addItemAction()->isEnabled());
    QVERIFY(!risks->removeItemAction()->isEnabled());

    showSection(PlanPane::Section::Objectives);
    QVERIFY(!m_pane->objectivesPage()->targetEditor()->isEnabled());

    QCOMPARE(m_document->plan(), TestPlans::full());
    QCOMPARE(m_document->undoStack()->count(), 0);

    m_document->setReadOnly(false);
    QVERIFY(!m_pane->readOnlyBanner()->isVisible());
    QVERIFY(risks->addItemAction()->isEnabled());
    QVERIFY(!title->isReadOnly());
}

void TestPlanPane::stateRoundTrips()
{
    showSection(PlanPane::Section::Timeline);
    auto *splitter = m_pane->findChild<QSplitter *>(u"timelineSplitter"_s);
    QVERIFY(splitter);
    const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
    splitter->setSizes({total / 4, total - total / 4});
    const QList<int> sizes = splitter->sizes();
    const QByteArray state = m_pane->saveState();

    PlanPane other(m_document.get());
    other.resize(m_pane->size());
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QVERIFY(!other.restoreState(QByteArray("garbage")));
    QCOMPARE(other.currentSection(), PlanPane::Section::Overview);
    QVERIFY(other.restoreState(state));
    QCOMPARE(other.currentSection(), PlanPane::Section::Timeline);
    QCOMPARE(other.findChild<QSplitter *>(u"timelineSplitter"_s)->sizes(), sizes);
}

QTEST_MAIN(TestPlanPane)
#include "tst_planpane.moc"
