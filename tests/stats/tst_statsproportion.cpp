// Proportions: Wilson score interval, Newcombe's difference, Estimate JSON.
//
// Reference values: tests/stats/reference_values.py (pure Python from the
// definitions, normal quantile from statistics.NormalDist), cross-checked
// where marked against the worked examples of R. G. Newcombe, "Two-sided
// confidence intervals for the single proportion: comparison of seven
// methods", Statistics in Medicine 17 (1998) 857–872, Table II, method 3
// (81/263: 0.2553–0.3662; 15/148: 0.0624–0.1605; 0/20: 0–0.1611;
// 1/29: 0.0061–0.1718), and "Interval estimation for the difference between
// independent proportions", Statistics in Medicine 17 (1998) 873–890,
// method 10 (56/70 − 48/80: 0.0524 to 0.3339).

#include "core/stats/estimate.h"
#include "core/stats/proportion.h"
#include "tests/stats/statstestutil.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Cutover;
using namespace Cutover::Stats;
using namespace Qt::StringLiterals;

class TestStatsProportion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wilson_data();
    void wilson();
    void wilsonMinimum();
    void wilsonInvalid();
    void newcombe_data();
    void newcombe();
    void newcombeMinimum();
    void json();
    void scaledEstimate();
};

void TestStatsProportion::wilson_data()
{
    QTest::addColumn<qint64>("successes");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // reference_values.py wilson(); the 95 % rows agree with Newcombe's Table II to 4 places.
    QTest::addRow("81/263 at 95") << qint64(81) << qint64(263) << 0.95 << 0.2552885199
                                  << 0.3662095770;
    QTest::addRow("15/148 at 95") << qint64(15) << qint64(148) << 0.95 << 0.0623863995
                                  << 0.1604872417;
    QTest::addRow("0/20 at 95") << qint64(0) << qint64(20) << 0.95 << 0.0 << 0.1611251581;
    QTest::addRow("1/29 at 95") << qint64(1) << qint64(29) << 0.95 << 0.0061132143 << 0.1717552188;
    QTest::addRow("29/29 at 95") << qint64(29) << qint64(29) << 0.95 << 0.8830302015 << 1.0;
    QTest::addRow("81/263 at 90") << qint64(81) << qint64(263) << 0.90 << 0.2633136172
                                  << 0.3565663496;
    QTest::addRow("81/263 at 99") << qint64(81) << qint64(263) << 0.99 << 0.2401369027
                                  << 0.3852825023;
}

void TestStatsProportion::wilson()
{
    QFETCH(qint64, successes);
    QFETCH(qint64, n);
    QFETCH(double, confidence);
    QFETCH(double, low);
    QFETCH(double, high);

    const Estimate e = wilsonInterval(successes, n, confidence);
    QCOMPARE(e.status, EstimateStatus::Ok);
    QCOMPARE(e.n, n);
    QCOMPARE(e.confidence, confidence);
    STATS_COMPARE(e.value, double(successes) / double(n), 1e-15);
    STATS_COMPARE(e.low, low, 1e-9);
    STATS_COMPARE(e.high, high, 1e-9);
}

void TestStatsProportion::wilsonMinimum()
{
    // Below the documented minimum (10 trials): the observed rate, no interval.
    const Estimate few = wilsonInterval(3, 9);
    QCOMPARE(few.status, EstimateStatus::NotEnoughData);
    QCOMPARE(few.value, 3.0 / 9.0);
    QVERIFY(!few.hasInterval());
    QCOMPARE(few.n, 9);

    const Estimate enough = wilsonInterval(3, 10);
    QCOMPARE(enough.status, EstimateStatus::Ok);
    QVERIFY(enough.hasInterval());

    SampleMinima strict;
    strict.proportion = 100;
    QCOMPARE(wilsonInterval(30, 99, 0.95, strict).status, EstimateStatus::NotEnoughData);
    QCOMPARE(wilsonInterval(30, 100, 0.95, strict).status, EstimateStatus::Ok);
}

void TestStatsProportion::wilsonInvalid()
{
    const Estimate none = wilsonInterval(0, 0);
    QCOMPARE(none.status, EstimateStatus::NoData);
    QVERIFY(std::isnan(none.value));
    QCOMPARE(wilsonInterval(11, 10).status, EstimateStatus::NoData);
    QCOMPARE(wilsonInterval(-1, 10).status, EstimateStatus::NoData);
}

void TestStatsProportion::newcombe_data()
{
    QTest::addColumn<qint64>("baselineSuccesses");
    QTest::addColumn<qint64>("baselineN");
    QTest::addColumn<qint64>("candidateSuccesses");
    QTest::addColumn<qint64>("candidateN");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // reference_values.py newcombe10(); the first row is Newcombe's own example.
    QTest::addRow("56/70 vs 48/80")
            << qint64(48) << qint64(80) << qint64(56) << qint64(70) << 0.0524314724 << 0.3338726540;
    QTest::addRow("9/10 vs 3/10") << qint64(3) << qint64(10) << qint64(9) << qint64(10)
                                  << 0.1705227239 << 0.8090179735;
    // Swapping the variants mirrors the interval.
    QTest::addRow("48/80 vs 56/70") << qint64(56) << qint64(70) << qint64(48) << qint64(80)
                                    << -0.3338726540 << -0.0524314724;
}

void TestStatsProportion::newcombe()
{
    QFETCH(qint64, baselineSuccesses);
    QFETCH(qint64, baselineN);
    QFETCH(qint64, candidateSuccesses);
    QFETCH(qint64, candidateN);
    QFETCH(double, low);
    QFETCH(double, high);

    const Estimate e
            = proportionDifference(baselineSuccesses, baselineN, candidateSuccesses, candidateN);
    QCOMPARE(e.status, EstimateStatus::Ok);
    QCOMPARE(e.n, qMin(baselineN, candidateN));
    STATS_COMPARE(e.value,
                  double(candidateSuccesses) / double(candidateN)
                          - double(baselineSuccesses) / double(baselineN),
                  1e-15);
    STATS_COMPARE(e.low, low, 1e-9);
    STATS_COMPARE(e.high, high, 1e-9);
}

void TestStatsProportion::newcombeMinimum()
{
    const Estimate e = proportionDifference(5, 100, 2, 9);
    QCOMPARE(e.status, EstimateStatus::NotEnoughData);
    QCOMPARE(e.n, 9);
    STATS_COMPARE(e.value, 2.0 / 9.0 - 0.05, 1e-15);
    QVERIFY(!e.hasInterval());
    QCOMPARE(proportionDifference(0, 0, 1, 10).status, EstimateStatus::NoData);
}

void TestStatsProportion::json()
{
    const QJsonObject ok = toJson(wilsonInterval(81, 263));
    QCOMPARE(ok.value(u"n"_s).toInteger(), 263);
    QCOMPARE(ok.value(u"status"_s).toString(), u"ok"_s);
    STATS_COMPARE(ok.value(u"value"_s).toDouble(), 81.0 / 263.0, 1e-15);
    STATS_COMPARE(ok.value(u"low"_s).toDouble(), 0.2552885199, 1e-9);
    STATS_COMPARE(ok.value(u"high"_s).toDouble(), 0.3662095770, 1e-9);
    STATS_COMPARE(ok.value(u"confidence"_s).toDouble(), 0.95, 0);

    // Missing numbers are null, not NaN (which JSON cannot hold).
    const QJsonObject few = toJson(wilsonInterval(1, 4));
    QCOMPARE(few.value(u"status"_s).toString(), u"not-enough-data"_s);
    QVERIFY(few.value(u"low"_s).isNull());
    QVERIFY(few.value(u"high"_s).isNull());
    QCOMPARE(few.value(u"value"_s).toDouble(), 0.25);
    const QByteArray text = QJsonDocument(toJson(Estimate{})).toJson(QJsonDocument::Compact);
    QCOMPARE(
            text,
            QByteArray(
                    R"({"confidence":0.95,"high":null,"low":null,"n":0,"status":"no-data","value":null})"));
}

void TestStatsProportion::scaledEstimate()
{
    const Estimate e = scaled(wilsonInterval(81, 263), 100.0);
    STATS_COMPARE(e.low, 25.52885199, 1e-7);
    STATS_COMPARE(e.high, 36.62095770, 1e-7);
    QCOMPARE(e.n, 263);
    QCOMPARE(e.status, EstimateStatus::Ok);
}

QTEST_GUILESS_MAIN(TestStatsProportion)
#include "tst_statsproportion.moc"
