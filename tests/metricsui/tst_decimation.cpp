// Decimation before drawing: min/max per bucket, LTTB and histograms, on
// small inputs worked out by hand and on 100,000 points against a brute
// force per bucket.

#include "ui/metrics/decimation.h"

#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minMaxKeepsSmallInputs_data();
    void minMaxKeepsSmallInputs();
    void minMaxKeepsEveryBucketsExtremes_data();
    void minMaxKeepsEveryBucketsExtremes();
    void minMaxKeepsASingleSpike();
    void minMaxSameX();
    void minMaxRoundingAtBucketEdges();
    void occupancyKeepsOnePointPerCell();
    void occupancyKeepsOutliersAndClamps();
    void occupancyKeepsSmallInputs_data();
    void occupancyKeepsSmallInputs();
    void lttbHandWorkedExample();
    void lttbSizeAndEnds_data();
    void lttbSizeAndEnds();
    void histogram_data();
    void histogram();
};

namespace {

QList<QPointF> randomWalk(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPointF> points;
    points.reserve(n);
    double x = 0.0;
    for (int i = 0; i < n; ++i) {
        x += rng.bounded(3.0); // uneven spacing, some equal steps of ~0
        points.append(QPointF(x, 500.0 + rng.bounded(1000.0)));
    }
    return points;
}

} // namespace

void TestDecimation::minMaxKeepsSmallInputs_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("buckets");
    QTest::addRow("empty") << 0 << 10;
    QTest::addRow("one") << 1 << 10;
    QTest::addRow("exactly two per bucket") << 20 << 10;
    QTest::addRow("no buckets") << 50 << 0;
}

void TestDecimation::minMaxKeepsSmallInputs()
{
    QFETCH(int, n);
    QFETCH(int, buckets);
    const QList<QPointF> points = randomWalk(n, 7);
    QCOMPARE(Decimation::minMaxPerBucket(points, buckets), points);
}

void TestDecimation::minMaxKeepsEveryBucketsExtremes_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("buckets");
    QTest::addRow("100k into 800") << 100000 << 800;
    QTest::addRow("1000 into 7") << 1000 << 7;
    QTest::addRow("21 into 10") << 21 << 10;
}

void TestDecimation::minMaxKeepsEveryBucketsExtremes()
{
    QFETCH(int, n);
    QFETCH(int, buckets);
    const QList<QPointF> points = randomWalk(n, 42);
    const QList<QPointF> out = Decimation::minMaxPerBucket(points, buckets);

    QVERIFY(out.size() <= 2 * buckets + 2);
    QCOMPARE(out.constFirst(), points.constFirst());
    QCOMPARE(out.constLast(), points.constLast());
    QVERIFY(std::is_sorted(out.cbegin(), out.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));

    // Brute force: the lowest and highest y of every bucket (inner points)
    // must be among the output's points.
    const double first = points.constFirst().x();
    const double width = (points.constLast().x() - first) / buckets;
    QList<double> low(buckets, std::numeric_limits<double>::infinity());
    QList<double> high(buckets, -std::numeric_limits<double>::infinity());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const int b = std::min(buckets - 1, int((points.at(i).x() - first) / width));
        low[b] = std::min(low[b], points.at(i).y());
        high[b] = std::max(high[b], points.at(i).y());
    }
    for (int b = 0; b < buckets; ++b) {
        if (!std::isfinite(low.at(b)))
            continue;
        const auto inBucket = [&](const QPointF &p, double y) {
            return p.y() == y && std::min(buckets - 1, int((p.x() - first) / width)) == b;
        };
        QVERIFY2(std::any_of(out.cbegin(), out.cend(),
                             [&](const QPointF &p) { return inBucket(p, low.at(b)); }),
                 qPrintable(u"bucket %1 lost its minimum"_s.arg(b)));
        QVERIFY2(std::any_of(out.cbegin(), out.cend(),
                             [&](const QPointF &p) { return inBucket(p, high.at(b)); }),
                 qPrintable(u"bucket %1 lost its maximum"_s.arg(b)));
    }
    // Every output point is an input point (the input is sorted by x).
    for (const QPointF &p : out) {
        auto it = std::lower_bound(points.cbegin(), points.cend(), p.x(),
                                   [](const QPointF &a, double x) { return a.x() < x; });
        bool found = false;
        for (; it != points.cend() && it->x() == p.x() && !found; ++it)
            found = *it == p;
        QVERIFY(found);
    }
}

void TestDecimation::minMaxKeepsASingleSpike()
{
    QList<QPointF> points;
    for (int i = 0; i < 100000; ++i)
        points.append(QPointF(i, 1.0));
    points[61234].setY(30.0); // one slow request among 100,000
    const QList<QPointF> out = Decimation::minMaxPerBucket(points, 500);
    QVERIFY(out.size() <= 1002);
    QVERIFY(out.contains(QPointF(61234, 30.0)));
}

void TestDecimation::minMaxSameX()
{
    // All points at one x (results finishing in the same millisecond).
    QList<QPointF> points;
    for (int i = 0; i < 100; ++i)
        points.append(QPointF(5.0, double(i % 17)));
    const QList<QPointF> out = Decimation::minMaxPerBucket(points, 10);
    QVERIFY(out.size() <= 4);
    QVERIFY(out.contains(QPointF(5.0, 16.0)));
    QVERIFY(out.contains(QPointF(5.0, 0.0)));
}

void TestDecimation::minMaxRoundingAtBucketEdges()
{
    // x = 0.7·k, 7 buckets: for k = 6, (x − first) / width rounds down to
    // bucket 2 although x is not below that bucket's computed end
    // (found by a search over step sizes). An earlier version looped
    // forever on this input.
    QList<QPointF> points;
    for (int k = 0; k < 15; ++k)
        points.append(QPointF(k * 0.7, double(k % 4)));
    const QList<QPointF> out = Decimation::minMaxPerBucket(points, 7);
    QVERIFY(out.size() <= 2 * 7 + 2);
    QCOMPARE(out.constFirst(), points.constFirst());
    QCOMPARE(out.constLast(), points.constLast());
    QVERIFY(std::is_sorted(out.cbegin(), out.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
}

void TestDecimation::occupancyKeepsOnePointPerCell()
{
    // 100,000 points spread over [0, 1000) × [500, 1500) into a 10 × 10 grid.
    const QList<QPointF> points = randomWalk(100000, 11);
    const QRectF area(0.0, 500.0, points.constLast().x() + 1.0, 1000.0);
    const QList<QPointF> out = Decimation::occupancy(points, area, 10, 10);
    const auto cellOf = [&area](const QPointF &p) {
        return std::pair{int((p.x() - area.left()) / (area.width() / 10)),
                         int((p.y() - area.top()) / (area.height() / 10))};
    };
    QSet<std::pair<int, int>> occupied;
    for (const QPointF &p : points)
        occupied.insert(cellOf(p));
    QCOMPARE(out.size(), occupied.size()); // one per occupied cell, none twice
    QSet<std::pair<int, int>> kept;
    for (const QPointF &p : out)
        kept.insert(cellOf(p));
    QCOMPARE(kept, occupied);
    // The first point of each cell, in input order.
    QCOMPARE(out.constFirst(), points.constFirst());
    QVERIFY(std::is_sorted(out.cbegin(), out.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
}

void TestDecimation::occupancyKeepsOutliersAndClamps()
{
    // A dense band at y ≈ 1 and one slow result at y = 30; one point beyond
    // the area's right edge counts in the last column.
    QList<QPointF> points;
    for (int i = 0; i < 50000; ++i)
        points.append(QPointF(i * 0.01, 1.0 + (i % 7) * 0.01));
    points.insert(25000, QPointF(250.0, 30.0));
    points.append(QPointF(900.0, 1.0));
    const QRectF area(0.0, 0.0, 500.0, 40.0);
    const QList<QPointF> out = Decimation::occupancy(points, area, 400, 200);
    QVERIFY(out.contains(QPointF(250.0, 30.0)));
    QVERIFY(!out.contains(QPointF(900.0, 1.0))); // its edge cell already had a point
    // Band: 400 columns over 500 s, but the band only spans 0..500 s → at
    // most 400 columns × 1 row (0.06 tall within 0.2 per row), plus the outlier.
    QVERIFY2(out.size() <= 2 * 400 + 1, qPrintable(QString::number(out.size())));
    QVERIFY(out.size() >= 400);
}

void TestDecimation::occupancyKeepsSmallInputs_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("width");
    QTest::addRow("no more points than columns") << 200 << 200 << 1 << 10.0;
    QTest::addRow("no columns") << 1000 << 0 << 10 << 10.0;
    QTest::addRow("no rows") << 1000 << 10 << 0 << 10.0;
    QTest::addRow("empty area") << 1000 << 10 << 10 << 0.0;
}

void TestDecimation::occupancyKeepsSmallInputs()
{
    QFETCH(int, n);
    QFETCH(int, columns);
    QFETCH(int, rows);
    QFETCH(double, width);
    const QList<QPointF> points = randomWalk(n, 5);
    QCOMPARE(Decimation::occupancy(points, QRectF(0.0, 0.0, width, 2000.0), columns, rows), points);
}

void TestDecimation::lttbHandWorkedExample()
{
    // 7 points, threshold 4: every = (7 − 2) / 2 = 2.5.
    // Bucket 0 = points 1..2, next bucket's average = mean of points 3..5 =
    // (4, 2); triangle areas with (0, 0): point 1 → |(0−4)(1−0) − (0−1)(2−0)|
    // = 2, point 2 → |(0−4)(0) − (0−2)(2)| = 4: keep (2, 0).
    // Bucket 1 = points 3..5, next = point 6 (6, 0); with (2, 0): point 3 →
    // |(2−6)(5) − (2−3)(0)| = 20, point 4 → 0, point 5 → 4: keep (3, 5).
    const QList<QPointF> points = {{0, 0}, {1, 1}, {2, 0}, {3, 5}, {4, 0}, {5, 1}, {6, 0}};
    const QList<QPointF> expected = {{0, 0}, {2, 0}, {3, 5}, {6, 0}};
    QCOMPARE(Decimation::lttb(points, 4), expected);
}

void TestDecimation::lttbSizeAndEnds_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("expected");
    QTest::addRow("100k to 1000") << 100000 << 1000 << 1000;
    QTest::addRow("one more than the threshold") << 11 << 10 << 10;
    QTest::addRow("below the threshold") << 9 << 10 << 9;
    QTest::addRow("threshold too small") << 50 << 2 << 50;
}

void TestDecimation::lttbSizeAndEnds()
{
    QFETCH(int, n);
    QFETCH(int, threshold);
    QFETCH(int, expected);
    const QList<QPointF> points = randomWalk(n, 3);
    const QList<QPointF> out = Decimation::lttb(points, threshold);
    QCOMPARE(out.size(), expected);
    QCOMPARE(out.constFirst(), points.constFirst());
    QCOMPARE(out.constLast(), points.constLast());
    QVERIFY(std::is_sorted(out.cbegin(), out.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
}

void TestDecimation::histogram_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("bins");
    QTest::addColumn<QList<qint64>>("counts");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::addRow("edges") << QList<double>{0.0, 0.5, 0.99, 1.0, 2.0} << 0.0 << 2.0 << 2
                           << QList<qint64>{3, 2}; // 1.0 opens bin 1; 2.0 (high) is in bin 1
    QTest::addRow("outside and NaN")
            << QList<double>{-1.0, 0.1, nan, 3.5, 2.9} << 0.0 << 3.0 << 3 << QList<qint64>{1, 0, 1};
    QTest::addRow("no bins") << QList<double>{1.0} << 0.0 << 1.0 << 0 << QList<qint64>{};
    QTest::addRow("empty range") << QList<double>{1.0} << 1.0 << 1.0 << 4 << QList<qint64>{};
}

void TestDecimation::histogram()
{
    QFETCH(QList<double>, values);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, bins);
    QFETCH(QList<qint64>, counts);
    const Decimation::Histogram h = Decimation::histogram(values, low, high, bins);
    QCOMPARE(h.counts, counts);
    if (!counts.isEmpty()) {
        QCOMPARE(h.binStart(0), low);
        QCOMPARE(h.binStart(bins), high);
    }
}

QTEST_APPLESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
