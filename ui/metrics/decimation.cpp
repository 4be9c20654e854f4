#include "ui/metrics/decimation.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Cutover::Decimation {

QList<QPointF> minMaxPerBucket(std::span<const QPointF> points, int buckets)
{
    const qsizetype n = qsizetype(points.size());
    if (buckets < 1 || n <= 2 * qsizetype(buckets))
        return QList<QPointF>(points.begin(), points.end());

    const double first = points.front().x();
    const double last = points.back().x();
    const double width = (last - first) / buckets;
    QList<QPointF> out;
    out.reserve(2 * buckets + 2);
    out.append(points.front());

    // The bucket of a point, by the same formula for every point so that a
    // bucket is a run of consecutive points (x is sorted).
    const auto bucketOf = [first, width, buckets](const QPointF &p) {
        return width > 0.0 ? std::clamp(int((p.x() - first) / width), 0, buckets - 1) : 0;
    };
    qsizetype i = 1;
    const qsizetype end = n - 1; // the last point is appended at the end
    while (i < end) {
        const int bucket = bucketOf(points[i]);
        qsizetype lowest = i;
        qsizetype highest = i;
        qsizetype j = i + 1;
        for (; j < end && bucketOf(points[j]) == bucket; ++j) {
            if (points[j].y() < points[lowest].y())
                lowest = j;
            if (points[j].y() > points[highest].y())
                highest = j;
        }
        if (lowest == highest) {
            out.append(points[lowest]);
        } else {
            out.append(points[std::min(lowest, highest)]);
            out.append(points[std::max(lowest, highest)]);
        }
        i = j;
    }
    out.append(points.back());
    return out;
}

QList<QPointF> occupancy(std::span<const QPointF> points, const QRectF &area, int columns, int rows)
{
    if (columns < 1 || rows < 1 || !(area.width() > 0.0) || !(area.height() > 0.0)
        || qsizetype(points.size()) <= columns)
        return QList<QPointF>(points.begin(), points.end());
    std::vector<bool> seen(size_t(columns) * size_t(rows), false);
    const double cellWidth = area.width() / columns;
    const double cellHeight = area.height() / rows;
    QList<QPointF> out;
    for (const QPointF &p : points) {
        const int column = std::clamp(int((p.x() - area.left()) / cellWidth), 0, columns - 1);
        const int row = std::clamp(int((p.y() - area.top()) / cellHeight), 0, rows - 1);
        const size_t cell = size_t(row) * size_t(columns) + size_t(column);
        if (!seen[cell]) {
            seen[cell] = true;
            out.append(p);
        }
    }
    return out;
}

QList<QPointF> lttb(std::span<const QPointF> points, int threshold)
{
    const qsizetype n = qsizetype(points.size());
    if (threshold < 3 || n <= threshold)
        return QList<QPointF>(points.begin(), points.end());

    QList<QPointF> out;
    out.reserve(threshold);
    out.append(points.front());
    // Buckets over points 1 .. n-2, threshold - 2 of them.
    const double every = double(n - 2) / (threshold - 2);
    qsizetype kept = 0;
    for (int b = 0; b < threshold - 2; ++b) {
        const qsizetype start = qsizetype(std::floor(b * every)) + 1;
        const qsizetype stop = std::min(n - 1, qsizetype(std::floor((b + 1) * every)) + 1);
        // Average of the next bucket (the last point for the last bucket).
        const qsizetype nextStart = stop;
        const qsizetype nextStop = std::min(n, qsizetype(std::floor((b + 2) * every)) + 1);
        double avgX = 0.0;
        double avgY = 0.0;
        const qsizetype nextCount = std::max<qsizetype>(1, nextStop - nextStart);
        for (qsizetype k = nextStart; k < nextStart + nextCount && k < n; ++k) {
            avgX += points[k].x();
            avgY += points[k].y();
        }
        avgX /= double(nextCount);
        avgY /= double(nextCount);

        const QPointF &a = points[kept];
        double bestArea = -1.0;
        qsizetype best = start;
        for (qsizetype k = start; k < stop; ++k) {
            const double area = std::abs((a.x() - avgX) * (points[k].y() - a.y())
                                         - (a.x() - points[k].x()) * (avgY - a.y()));
            if (area > bestArea) {
                bestArea = area;
                best = k;
            }
        }
        out.append(points[best]);
        kept = best;
    }
    out.append(points.back());
    return out;
}

Histogram histogram(std::span<const double> values, double low, double high, int bins)
{
    Histogram h;
    if (bins < 1 || !(high > low) || !std::isfinite(low) || !std::isfinite(high))
        return h;
    h.low = low;
    h.binWidth = (high - low) / bins;
    h.counts.fill(0, bins);
    for (const double v : values) {
        if (!std::isfinite(v) || v < low || v > high)
            continue;
        const int bin = std::min(bins - 1, int((v - low) / h.binWidth));
        ++h.counts[bin];
    }
    return h;
}

} // namespace Cutover::Decimation
