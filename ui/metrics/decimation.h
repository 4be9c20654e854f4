#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <span>

// Reducing large series before they are drawn: a chart is only so many
// pixels wide, so drawing 100,000 points costs time and shows nothing more
// than a few per pixel column. Pure functions, no Qt Charts dependency.
namespace Cutover::Decimation {

// Min/max per bucket (the "M4" idea without first/last): the x range of
// `points` (sorted by x ascending) is cut into `buckets` equal-width
// buckets; each non-empty bucket contributes its lowest and its highest
// point (one point when they coincide), in x order. The first and the last
// point of the input are always kept. Keeps every spike visible, which is
// what a latency chart must not lose. Returns the input unchanged when it
// has no more than 2·buckets points (or buckets < 1).
QList<QPointF> minMaxPerBucket(std::span<const QPointF> points, int buckets);

// Pixel occupancy, for scatter plots: `area` (the axes' ranges) is cut
// into columns × rows equal cells (about a marker's size on screen); of
// the points in each cell only the first is kept (points outside `area`
// count in the nearest edge cell). What is drawn then looks the same as
// the raw series at that resolution — dense bands stay filled, every
// isolated outlier stays — while the point count is bounded by the number
// of occupied cells. Keeps the input's order (a subsequence of it).
// Returns the input unchanged when it has no more points than `columns`
// (small series draw fast anyway), when columns or rows < 1, or when the
// area is empty.
QList<QPointF> occupancy(std::span<const QPointF> points, const QRectF &area, int columns,
                         int rows);

// Largest-Triangle-Three-Buckets (Steinarsson 2013, "Downsampling Time
// Series for Visual Representation", ch. 4.2): keeps the first and last
// point and, from each of threshold − 2 equal-count buckets, the point
// forming the largest triangle with the previously kept point and the
// average of the next bucket. `points` sorted by x. Returns the input
// unchanged when threshold < 3 or it has no more than `threshold` points.
QList<QPointF> lttb(std::span<const QPointF> points, int threshold);

// Counts of `values` in `bins` equal-width bins over [low, high]; the last
// bin includes high, values outside the range or non-finite are not
// counted. Empty when bins < 1 or high <= low.
struct Histogram
{
    double low = 0.0;
    double binWidth = 0.0;
    QList<qint64> counts;

    double binStart(int bin) const { return low + bin * binWidth; }
};
Histogram histogram(std::span<const double> values, double low, double high, int bins);

} // namespace Cutover::Decimation
