#include "core/plan/plandocument.h"
#include "tests/support/testplans.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestPlanDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editPushesUndoableStep();
    void typingMergesIntoOneStep();
    void closingMergeWindowStartsNewStep();
    void differentFieldsDoNotMerge();
    void noOpEditIsIgnored();
    void mergeBackToOriginalIsObsolete();
    void changedReportsSections();
    void readOnlyRefusesEdits();
    void resetClearsUndo();
    void removingPhaseDropsDependencies();
};

void TestPlanDocument::editPushesUndoableStep()
{
    PlanDocument doc;
    doc.reset(TestPlans::full());
    doc.edit(u"Remove risk"_s, [](Plan &p) { p.risks.removeAt(0); });
    QCOMPARE(doc.plan().risks.size(), 2);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Remove risk"_s);
    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), TestPlans::full());
    doc.undoStack()->redo();
    QCOMPARE(doc.plan().risks.size(), 2);
}

void TestPlanDocument::typingMergesIntoOneStep()
{
    PlanDocument doc;
    doc.reset(Plan());
    const QString text = u"Hello 世界"_s;
    for (qsizetype i = 1; i <= text.size(); ++i)
        doc.edit(
                u"Edit notes"_s, [&](Plan &p) { p.notes = text.left(i); }, u"notes"_s);
    QCOMPARE(doc.plan().notes, text);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().notes, QString());
}

void TestPlanDocument::closingMergeWindowStartsNewStep()
{
    PlanDocument doc;
    doc.edit(
            u"t"_s, [](Plan &p) { p.title = u"a"_s; }, u"title"_s);
    doc.closeMergeWindow();
    doc.edit(
            u"t"_s, [](Plan &p) { p.title = u"ab"_s; }, u"title"_s);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().title, u"a"_s);
}

void TestPlanDocument::differentFieldsDoNotMerge()
{
    PlanDocument doc;
    doc.edit(
            u"t"_s, [](Plan &p) { p.title = u"a"_s; }, u"title"_s);
    doc.edit(
            u"o"_s, [](Plan &p) { p.owner = u"b"_s; }, u"owner"_s);
    doc.edit(
            u"t"_s, [](Plan &p) { p.title = u"ab"_s; }, u"title"_s);
    QCOMPARE(doc.undoStack()->count(), 3);
}

void TestPlanDocument::noOpEditIsIgnored()
{
    PlanDocument doc;
    doc.reset(TestPlans::full());
    QSignalSpy spy(&doc, &PlanDocument::changed);
    doc.edit(u"nothing"_s, [](Plan &) {});
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(spy.count(), 0);
}

void TestPlanDocument::mergeBackToOriginalIsObsolete()
{
    PlanDocument doc;
    doc.edit(
            u"t"_s, [](Plan &p) { p.title = u"a"_s; }, u"title"_s);
    doc.edit(
            u"t"_s, [](Plan &p) { p.title = QString(); }, u"title"_s);
    QCOMPARE(doc.plan().title, QString());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestPlanDocument::changedReportsSections()
{
    PlanDocument doc;
    doc.reset(TestPlans::full());
    QSignalSpy spy(&doc, &PlanDocument::changed);
    doc.edit(u"x"_s, [](Plan &p) {
        p.risks[0].impact = 1;
        p.notes += u"!"_s;
    });
    QCOMPARE(spy.count(), 1);
    const auto sections = spy.at(0).at(0).value<PlanDocument::Sections>();
    QCOMPARE(sections, PlanDocument::Sections(PlanDocument::Risks | PlanDocument::Notes));
    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<PlanDocument::Sections>(), sections);
}

void TestPlanDocument::readOnlyRefusesEdits()
{
    PlanDocument doc;
    doc.reset(TestPlans::full());
    QSignalSpy spy(&doc, &PlanDocument::readOnlyChanged);
    doc.setReadOnly(true);
    QCOMPARE(spy.count(), 1);
    doc.edit(u"x"_s, [](Plan &p) { p.title = u"changed"_s; });
    QCOMPARE(doc.plan(), TestPlans::full());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestPlanDocument::resetClearsUndo()
{
    PlanDocument doc;
    doc.edit(u"x"_s, [](Plan &p) { p.title = u"a"_s; });
    QVERIFY(doc.undoStack()->canUndo());
    doc.reset(TestPlans::minimal());
    QVERIFY(!doc.undoStack()->canUndo());
    QCOMPARE(doc.plan(), TestPlans::minimal());
}

void TestPlanDocument::removingPhaseDropsDependencies()
{
    PlanDocument doc;
    doc.reset(TestPlans::full());
    // Phase 10 depends on 9, 11 on 10. Remove 10: 11's dependency goes too.
    doc.edit(u"Remove phase"_s, [](Plan &p) { p.phases.removeAt(1); });
    QCOMPARE(doc.plan().phases.size(), 2);
    QVERIFY(doc.plan().phases.at(1).dependsOn.isEmpty());
    // Dependencies stay sorted and unique.
    doc.edit(u"deps"_s, [](Plan &p) { p.phases[1].dependsOn = {9, 9, 11}; });
    QCOMPARE(doc.plan().phases.at(1).dependsOn, QList<qint64>{9});
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), TestPlans::full());
}

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
