#include "core/plan/planvalidator.h"
#include "tests/support/testplans.h"

#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;
using Kind = PlanHint::Kind;

namespace {

QList<Kind> kindsFor(const QList<PlanHint> &hints, qint64 itemId)
{
    QList<Kind> kinds;
    for (const PlanHint &h : hints) {
        if (h.itemId == itemId)
            kinds.append(h.kind);
    }
    return kinds;
}

bool hasKind(const QList<PlanHint> &hints, Kind kind)
{
    return std::any_of(hints.cbegin(), hints.cend(),
                       [kind](const PlanHint &h) { return h.kind == kind; });
}

} // namespace

class TestPlanValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullPlanHints();
    void emptyPlanHints();
    void overlap_data();
    void overlap();
    void criticalRiskNeedsOwner();
};

void TestPlanValidator::fullPlanHints()
{
    const QList<PlanHint> hints = validatePlan(TestPlans::full());
    // Objective 5 has no target; risk 14 has no mitigation; phases follow each other.
    QCOMPARE(kindsFor(hints, 5), QList<Kind>{Kind::ObjectiveWithoutTarget});
    QCOMPARE(kindsFor(hints, 14), QList<Kind>{Kind::RiskWithoutMitigation});
    QVERIFY(!hasKind(hints, Kind::NoRollbackTrigger));
    QVERIFY(!hasKind(hints, Kind::OverlappingPhases));
    QVERIFY(!hasKind(hints, Kind::PhaseStartsBeforeDependency));
    QCOMPARE(hints.size(), 2);
    for (const PlanHint &h : hints)
        QVERIFY(!h.message.isEmpty());
}

void TestPlanValidator::emptyPlanHints()
{
    const QList<PlanHint> hints = validatePlan(Plan());
    QVERIFY(hasKind(hints, Kind::NoObjectives));
    QVERIFY(hasKind(hints, Kind::NoRollbackTrigger));
    QVERIFY(hasKind(hints, Kind::NoRollbackStep));
}

void TestPlanValidator::overlap_data()
{
    QTest::addColumn<QDate>("secondStart");
    QTest::addColumn<bool>("dependent");
    QTest::addColumn<bool>("overlapHint");
    QTest::addColumn<bool>("dependencyHint");

    // The first phase runs 2026-12-01 .. 2026-12-07 (7 days).
    QTest::addRow("adjacent") << QDate(2026, 12, 8) << false << false << false;
    QTest::addRow("last day shared") << QDate(2026, 12, 7) << false << true << false;
    QTest::addRow("inside") << QDate(2026, 12, 3) << false << true << false;
    QTest::addRow("before") << QDate(2026, 11, 20) << false << false << false;
    QTest::addRow("dependent adjacent") << QDate(2026, 12, 8) << true << false << false;
    QTest::addRow("dependent too early") << QDate(2026, 12, 7) << true << false << true;
}

void TestPlanValidator::overlap()
{
    QFETCH(QDate, secondStart);
    QFETCH(bool, dependent);
    QFETCH(bool, overlapHint);
    QFETCH(bool, dependencyHint);

    Plan p = TestPlans::full();
    p.phases = {
            {1, u"A"_s, QDate(2026, 12, 1), 7, PhaseStatus::Planned, {}},
            {2, u"B"_s, secondStart, 7, PhaseStatus::Planned,
             dependent ? QList<qint64>{1} : QList<qint64>{}},
    };
    const QList<PlanHint> hints = validatePlan(p);
    QCOMPARE(hasKind(hints, Kind::OverlappingPhases), overlapHint);
    QCOMPARE(hasKind(hints, Kind::PhaseStartsBeforeDependency), dependencyHint);
}

void TestPlanValidator::criticalRiskNeedsOwner()
{
    Plan p = TestPlans::full();
    p.risks = {{1, u"r"_s, 5, 3, u"m"_s, QString()}, {2, u"s"_s, 4, 3, u"m"_s, QString()}};
    const QList<PlanHint> hints = validatePlan(p);
    QCOMPARE(kindsFor(hints, 1), QList<Kind>{Kind::HighRiskWithoutOwner});
    QVERIFY(kindsFor(hints, 2).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlanValidator)
#include "tst_planvalidator.moc"
