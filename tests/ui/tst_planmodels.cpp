// The Plan pane's table models over a real PlanDocument: structure checked
// with QAbstractItemModelTester through edits, undo, redo and resets;
// dataChanged for edits that keep the ids, a reset when they change.

#include "core/plan/planlabels.h"
#include "tests/support/testplans.h"
#include "ui/plan/objectivesmodel.h"
#include "ui/plan/phasesmodel.h"
#include "ui/plan/risksmodel.h"
#include "ui/plan/rollbacklistmodel.h"
#include "ui/plan/scopemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Cutover;

class TestPlanModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testerSurvivesEdits_data();
    void testerSurvivesEdits();
    void editKeepingIdsEmitsDataChangedForThatRow();
    void objectivesShowTargetsAndHints();
    void setDataIsOneUndoStep();
    void readOnlyMakesCellsNotEditable();
    void phasesDependsOnStaysSortedAndValid();
    void removingPhaseDropsDependencies();
    void risksScoreLevelAndFilter();
    void rollbackListsInsertMoveRemove();
    void undoRedoOfInsertResets();
};

namespace {

std::unique_ptr<PlanTableModel> makeModel(const QString &name, PlanDocument *document)
{
    if (name == u"objectives")
        return std::make_unique<ObjectivesModel>(document);
    if (name == u"scope")
        return std::make_unique<ScopeModel>(document);
    if (name == u"phases")
        return std::make_unique<PhasesModel>(document);
    if (name == u"risks")
        return std::make_unique<RisksModel>(document);
    if (name == u"triggers")
        return std::make_unique<RollbackListModel>(document, RollbackListModel::List::Triggers);
    return std::make_unique<RollbackListModel>(document, RollbackListModel::List::Steps);
}

} // namespace

void TestPlanModels::testerSurvivesEdits_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("rows");
    QTest::addRow("objectives") << u"objectives"_s << 5;
    QTest::addRow("scope") << u"scope"_s << 3;
    QTest::addRow("phases") << u"phases"_s << 3;
    QTest::addRow("risks") << u"risks"_s << 3;
    QTest::addRow("triggers") << u"triggers"_s << 2;
    QTest::addRow("steps") << u"steps"_s << 2;
}

void TestPlanModels::testerSurvivesEdits()
{
    QFETCH(QString, model);
    QFETCH(int, rows);
    PlanDocument document;
    document.reset(TestPlans::full());
    auto m = makeModel(model, &document);
    QAbstractItemModelTester tester(m.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m->rowCount(), rows);
    for (int row = 0; row < rows; ++row) {
        QVERIFY(m->idAt(row) > 0);
        QCOMPARE(m->rowOfId(m->idAt(row)), row);
        QCOMPARE(m->index(row, 0).data(PlanTableModel::IdRole).toLongLong(), m->idAt(row));
    }

    // Insert, edit every editable cell, move, remove, undo everything, redo.
    const qint64 id = m->insertItem(1);
    QVERIFY(id >= TestPlans::full().nextId());
    QCOMPARE(m->rowCount(), rows + 1);
    QCOMPARE(m->idAt(1), id);
    for (int column = 0; column < m->columnCount(); ++column) {
        const QModelIndex index = m->index(1, column);
        if (!(m->flags(index) & Qt::ItemIsEditable))
            continue;
        QVariant value = index.data(Qt::EditRole);
        if (value.typeId() == QMetaType::QString)
            value = u"edited %1"_s.arg(column);
        else if (value.typeId() == QMetaType::Int)
            value = 2;
        else if (value.typeId() == QMetaType::QDate)
            value = QDate(2027, 1, 4);
        QVERIFY(m->setData(index, value));
    }
    m->moveItem(id, +1);
    QCOMPARE(m->idAt(2), id);
    m->moveItem(id, -2);
    QCOMPARE(m->idAt(0), id);
    m->removeItems({id, m->idAt(1)});
    QCOMPARE(m->rowCount(), rows - 1);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.plan(), TestPlans::full());
    QCOMPARE(m->rowCount(), rows);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(m->rowCount(), rows - 1);
    document.reset(Plan());
    QCOMPARE(m->rowCount(), 0);
    document.reset(TestPlans::full());
    QCOMPARE(m->rowCount(), rows);
}

void TestPlanModels::editKeepingIdsEmitsDataChangedForThatRow()
{
    PlanDocument document;
    document.reset(TestPlans::full());
    ScopeModel model(&document);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1, ScopeModel::NameColumn), u"Prompt templates"_s));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), ScopeModel::ColumnCount - 1);
    QCOMPARE(model.index(1, ScopeModel::NameColumn).data().toString(), u"Prompt templates"_s);

    // Another section changing leaves this model alone.
    document.edit(u"x"_s, [](Plan &p) { p.title = u"Other"_s; });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);

    // Status edits as its enum value, displays the label.
    QVERIFY(model.setData(model.index(0, ScopeModel::StatusColumn), int(ScopeStatus::Done)));
    QCOMPARE(document.plan().scope.at(0).status, ScopeStatus::Done);
    QCOMPARE(model.index(0, ScopeModel::StatusColumn).data().toString(),
             PlanLabels::label(ScopeStatus::Done));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(reset.count(), 0);
}

void TestPlanModels::objectivesShowTargetsAndHints()
{
    PlanDocument document;
    document.reset(TestPlans::full());
    ObjectivesModel model(&document);
    const Plan plan = TestPlans::full();
    QCOMPARE(model.index(0, ObjectivesModel::TargetColumn).data().toString(),
             PlanLabels::describe(*plan.objectives.at(0).target));
    QCOMPARE(model.index(4, ObjectivesModel::TargetColumn).data().toString(),
             ObjectivesModel::tr("No target"));
    // The objective without a target carries the validator's hint.
    QVERIFY(model.index(0, 0).data(PlanTableModel::HintRole).toStringList().isEmpty());
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.index(4, 0).data(PlanTableModel::HintRole).toStringList().size(), 1);
    QVERIFY(model.index(4, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(4, 0).data(Qt::ToolTipRole).toString().contains(u"Document the change"_s));
    QVERIFY(!(model.flags(model.index(0, ObjectivesModel::TargetColumn)) & Qt::ItemIsEditable));

    // Giving it a target removes the mark, through dataChanged.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    document.edit(u"t"_s, [](Plan &p) { p.objectives[4].target = Target(); });
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.index(4, 0).data(Qt::DecorationRole).isValid());
}

void TestPlanModels::setDataIsOneUndoStep()
{
    PlanDocument document;
    document.reset(TestPlans::full());
    RisksModel model(&document);
    QVERIFY(model.setData(model.index(2, RisksModel::MitigationColumn), u"Load test first"_s));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.plan().risks.at(2).mitigation, u"Load test first"_s);
    document.undoStack()->undo();
    QCOMPARE(document.plan(), TestPlans::full());
    QCOMPARE(model.index(2, RisksModel::MitigationColumn).data().toString(), QString());
}

void TestPlanModels::readOnlyMakesCellsNotEditable()
{
    PlanDocument document;
    document.reset(TestPlans::full());
    ObjectivesModel model(&document);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    document.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 0), u"x"_s));
    QCOMPARE(model.insertItem(0), 0);
    model.removeItems({1});
    model.moveItem(1, 1);
    QCOMPARE(document.plan(), TestPlans::full());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestPlanModels::phasesDependsOnStaysSortedAndValid()
{
    PlanDocument document;
    document.reset(TestPlans::full());
    PhasesModel model(&document);
    // Deployment (11) depends on Preparation and Testing, given unsorted,
    // with itself and an unknown id that must be dropped.
    const QModelIndex deps = model.index(2, PhasesModel::DependsOnColumn);
    QVERIFY(model.setData(deps, QVariantList{10, 11, 9, 999, 9}));
    QCOMPARE(document.plan().phases.at(2).dependsOn, (QList<qint64>{9, 10}));
    QCOMPARE(deps.data().toString(), u"Preparation, Testing"_s);
    QCOMPARE(deps.data(Qt::EditRole).toList(), (QVariantList{9, 10}));

    // Renaming a phase updates the names shown in the other rows.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, PhasesModel::NameColumn), u"Prep"_s));
    QCOMPARE(deps.data().toString(), u"Prep, Testing"_s);
    QVERIFY(!changed.isEmpty());

    QVERIFY(model.setData(model.index(0, PhasesModel::DurationColumn), 0));
    QCOMPARE(document.plan().phases.at(0).durationDays, 1);
    QVERIFY(!(model.flags(model.index(0, PhasesModel::EndColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.index(0, PhasesModel::EndColumn).data(Qt::EditRole).toDate(),
             QDate(2026, 12, 1));
}

void TestPlanModels::removingPhaseDropsDependencies()
{
    PlanDocument document;
    document.reset(TestPlans::full());
    PhasesModel model(&document);
    model.removeItems({10});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(document.plan().phases.at(1).dependsOn.isEmpty());
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestPlanModels::risksScoreLevelAndFilter()
{
    PlanDocument document;
    document.reset(TestPlans::full());
    RisksModel model(&document);
    RiskFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(1, RisksModel::ScoreColumn).data().toInt(), 12);
    QCOMPARE(model.index(1, RisksModel::LevelColumn).data().toString(), PlanLabels::riskLevel(12));
    QVERIFY(!(model.flags(model.index(1, RisksModel::ScoreColumn)) & Qt::ItemIsEditable));

    proxy.sort(RisksModel::ScoreColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(PlanTableModel::IdRole).toLongLong(), 13); // 12
    QCOMPARE(proxy.index(1, 0).data(PlanTableModel::IdRole).toLongLong(), 12); // 10
    QCOMPARE(proxy.index(2, 0).data(PlanTableModel::IdRole).toLongLong(), 14); // 9

    proxy.setCell(3, 3);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(PlanTableModel::IdRole).toLongLong(), 14);
    // Editing the risk out of the cell hides it; the sort follows the score.
    QVERIFY(model.setData(model.index(2, RisksModel::ImpactColumn), 5));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setCell(0, 0);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, 0).data(PlanTableModel::IdRole).toLongLong(), 14); // 15
    QVERIFY(model.setData(model.index(2, RisksModel::LikelihoodColumn), 9));
    QCOMPARE(document.plan().risks.at(2).likelihood, 5);
}

void TestPlanModels::rollbackListsInsertMoveRemove()
{
    PlanDocument document;
    document.reset(TestPlans::full());
    RollbackListModel steps(&document, RollbackListModel::List::Steps);
    QCOMPARE(steps.headerData(0, Qt::Vertical).toString(), u"1"_s);
    const qint64 id = steps.insertItem(steps.rowCount());
    QCOMPARE(steps.rowCount(), 3);
    QVERIFY(steps.setData(steps.index(2, 0), u"Post-mortem"_s));
    steps.moveItem(id, -1);
    QCOMPARE(document.plan().rollback.steps.at(1).action, u"Post-mortem"_s);
    steps.moveItem(id, -5); // out of range: nothing
    QCOMPARE(steps.idAt(1), id);
    steps.removeItems({17});
    QCOMPARE(document.plan().rollback.steps.size(), 2);
    QCOMPARE(document.plan().rollback.steps.at(0).id, id);
    // The triggers are untouched.
    QCOMPARE(document.plan().rollback.triggers, TestPlans::full().rollback.triggers);
}

void TestPlanModels::undoRedoOfInsertResets()
{
    PlanDocument document;
    document.reset(TestPlans::full());
    ObjectivesModel model(&document);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.insertItem(0);
    QCOMPARE(reset.count(), 1);
    document.undoStack()->undo();
    QCOMPARE(reset.count(), 2);
    document.undoStack()->redo();
    QCOMPARE(reset.count(), 3);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.index(0, 0).data().toString(), ObjectivesModel::tr("New objective"));
}

QTEST_MAIN(TestPlanModels)
#include "tst_planmodels.moc"
