#include "core/plan/plankeys.h"
#include "core/plan/planlabels.h"

#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestPlanLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void keysRoundTrip();
    void riskLevels();
};

void TestPlanLabels::describe_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<QString>("text");

    QTest::addRow("absolute latency")
            << Target{TargetMetric::LatencyP95,  QString(), Comparison::LessOrEqual,
                      TargetReference::Absolute, 2.0,       u"s"_s}
            << u"Latency p95 \u2264 2 s"_s;
    QTest::addRow("relative cost")
            << Target{TargetMetric::CostPer1kRequests,  QString(), Comparison::LessOrEqual,
                      TargetReference::BaselinePercent, -30.0,     u"%"_s}
            << u"Cost per 1k requests \u2264 baseline \u221230 %"_s;
    QTest::addRow("points")
            << Target{TargetMetric::PassRate,          QString(), Comparison::GreaterOrEqual,
                      TargetReference::BaselinePoints, -1.0,      QString()}
            << u"Pass rate \u2265 baseline \u22121 point"_s;
    QTest::addRow("custom decimal")
            << Target{TargetMetric::Custom,      u"tone"_s, Comparison::Greater,
                      TargetReference::Absolute, 4.25,      QString()}
            << u"tone > 4.25"_s;
    QTest::addRow("positive change")
            << Target{TargetMetric::PassRate,          QString(), Comparison::GreaterOrEqual,
                      TargetReference::BaselinePoints, 2.5,       QString()}
            << u"Pass rate \u2265 baseline +2.5 points"_s;
}

void TestPlanLabels::describe()
{
    QFETCH(Target, target);
    QFETCH(QString, text);
    QCOMPARE(PlanLabels::describe(target), text);
}

void TestPlanLabels::keysRoundTrip()
{
    for (int i = 0; i <= int(TargetMetric::Custom); ++i) {
        const auto m = TargetMetric(i);
        QVERIFY(!PlanKeys::key(m).isEmpty());
        QCOMPARE(PlanKeys::targetMetric(PlanKeys::key(m)), m);
        QVERIFY(!PlanLabels::label(m).isEmpty());
    }
    for (int i = 0; i <= int(ScopeStatus::OutOfScope); ++i)
        QCOMPARE(PlanKeys::scopeStatus(PlanKeys::key(ScopeStatus(i))), ScopeStatus(i));
    for (int i = 0; i <= int(PhaseStatus::Blocked); ++i)
        QCOMPARE(PlanKeys::phaseStatus(PlanKeys::key(PhaseStatus(i))), PhaseStatus(i));
    for (int i = 0; i <= int(Comparison::Equal); ++i)
        QCOMPARE(PlanKeys::comparison(PlanKeys::key(Comparison(i))), Comparison(i));
    QVERIFY(!PlanKeys::targetMetric(u"nope").has_value());
}

void TestPlanLabels::riskLevels()
{
    QCOMPARE(PlanLabels::riskLevel(1), u"Low"_s);
    QCOMPARE(PlanLabels::riskLevel(5), u"Medium"_s);
    QCOMPARE(PlanLabels::riskLevel(12), u"High"_s);
    QCOMPARE(PlanLabels::riskLevel(25), u"Critical"_s);
}

QTEST_GUILESS_MAIN(TestPlanLabels)
#include "tst_planlabels.moc"
