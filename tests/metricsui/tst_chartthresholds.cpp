// Plan targets as lines on the Metrics charts, in each chart's units:
// absolute targets converted from their unit, targets against the baseline
// moved from the baseline's measured value, targets a chart cannot show
// left out.

#include "ui/metrics/chartthresholds.h"

#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestChartThresholds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholds_data();
    void thresholds();
};

namespace {

enum class Chart { Latency, PassRate, Cost };

Metrics::RunComparison comparisonWith(const Target &target)
{
    Metrics::RunComparison c;
    c.baseline.latency.p50.value = 800.0; // ms
    c.baseline.latency.p95.value = 1500.0;
    c.baseline.latency.p99.value = 3000.0;
    c.baseline.passRate.value = 0.91;
    c.baseline.costPer1k.value = 2.0;
    Metrics::ObjectiveVerdict v;
    v.objectiveId = 1;
    v.title = u"Goal"_s;
    v.target = target;
    c.verdicts = {v};
    return c;
}

Target target(TargetMetric metric, TargetReference reference, double value, const QString &unit)
{
    Target t;
    t.metric = metric;
    t.reference = reference;
    t.value = value;
    t.unit = unit;
    return t;
}

} // namespace

void TestChartThresholds::thresholds_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<Target>("target");
    QTest::addColumn<QList<double>>("expected");
    using M = TargetMetric;
    using R = TargetReference;
    const int latency = int(Chart::Latency);
    const int pass = int(Chart::PassRate);
    const int cost = int(Chart::Cost);
    QTest::addRow("p95 ≤ 2 s") << latency << target(M::LatencyP95, R::Absolute, 2.0, u"s"_s)
                               << QList<double>{2.0};
    QTest::addRow("p95 ≤ 1500 ms")
            << latency << target(M::LatencyP95, R::Absolute, 1500.0, u"ms"_s) << QList<double>{1.5};
    QTest::addRow("p50 ≤ baseline +10 %")
            << latency << target(M::LatencyP50, R::BaselinePercent, 10.0, QString())
            << QList<double>{0.88}; // 800 ms · 1.1
    QTest::addRow("p99 in points: no line")
            << latency << target(M::LatencyP99, R::BaselinePoints, 1.0, QString())
            << QList<double>{};
    QTest::addRow("cost target: not on latency")
            << latency << target(M::CostPer1kRequests, R::Absolute, 1.0, QString())
            << QList<double>{};
    QTest::addRow("pass ≥ 90 %") << pass << target(M::PassRate, R::Absolute, 90.0, u"%"_s)
                                 << QList<double>{90.0};
    QTest::addRow("pass ≥ 0.9 as a fraction")
            << pass << target(M::PassRate, R::Absolute, 0.9, QString()) << QList<double>{90.0};
    QTest::addRow("pass ≥ 95 without unit")
            << pass << target(M::PassRate, R::Absolute, 95.0, QString()) << QList<double>{95.0};
    QTest::addRow("pass ≥ baseline −1 point")
            << pass << target(M::PassRate, R::BaselinePoints, -1.0, QString())
            << QList<double>{90.0}; // 91 % − 1
    QTest::addRow("cost −30 %") << cost
                                << target(M::CostPer1kRequests, R::BaselinePercent, -30.0,
                                          QString())
                                << QList<double>{1.4};
    QTest::addRow("cost ≤ 1.5") << cost << target(M::CostPer1kRequests, R::Absolute, 1.5, u"USD"_s)
                                << QList<double>{1.5};
    QTest::addRow("error rate: no chart")
            << pass << target(M::ErrorRate, R::Absolute, 1.0, u"%"_s) << QList<double>{};
}

void TestChartThresholds::thresholds()
{
    QFETCH(int, chart);
    QFETCH(Target, target);
    QFETCH(QList<double>, expected);
    const Metrics::RunComparison c = comparisonWith(target);
    QList<ChartData::Threshold> lines;
    switch (Chart(chart)) {
    case Chart::Latency:
        lines = ChartThresholds::latencySeconds(c);
        break;
    case Chart::PassRate:
        lines = ChartThresholds::passRatePercent(c);
        break;
    case Chart::Cost:
        lines = ChartThresholds::costPer1k(c);
        break;
    }
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(qAbs(lines.at(i).value - expected.at(i)) < 1e-9,
                 qPrintable(QString::number(lines.at(i).value)));
        QVERIFY(lines.at(i).label.startsWith(u"Goal: "_s));
    }

    // Without a measured baseline, a relative target draws no line.
    if (target.reference != TargetReference::Absolute) {
        Metrics::RunComparison unmeasured = c;
        unmeasured.baseline = Metrics::VariantMetrics();
        QVERIFY(ChartThresholds::latencySeconds(unmeasured).isEmpty());
        QVERIFY(ChartThresholds::passRatePercent(unmeasured).isEmpty());
        QVERIFY(ChartThresholds::costPer1k(unmeasured).isEmpty());
    }
}

QTEST_APPLESS_MAIN(TestChartThresholds)
#include "tst_chartthresholds.moc"
