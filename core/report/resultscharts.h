#pragma once

#include "core/stats/estimate.h"

#include <QColor>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

// The Results section's charts, painted as vector graphics with QPainter
// (core has no Qt Charts). Sizes as in reportcharts.h: device pixels, `unit`
// device pixels per point.
namespace Cutover::ReportCharts {

// Latency distribution of both variants as overlaid histograms (share of
// each variant's answers per bin, so different sample sizes compare), with
// each variant's p50 (solid) and p95 (dashed) and an optional threshold from
// the plan. Built once from the samples; painting does not touch them.
struct LatencyDistribution
{
    QString title; // painted above the chart, so the two never part across pages
    QString baselineLabel;
    QString candidateLabel;
    double binWidthMs = 0.0;
    QList<double> baselineShare; // per bin, 0..1
    QList<double> candidateShare;
    qint64 baselineBeyond = 0; // answers slower than the axis shows
    qint64 candidateBeyond = 0;
    double baselineP50 = Stats::kNaN;
    double baselineP95 = Stats::kNaN;
    double candidateP50 = Stats::kNaN;
    double candidateP95 = Stats::kNaN;
    double thresholdMs = Stats::kNaN; // an absolute latency target, drawn as a line
    QString thresholdLabel;

    bool isEmpty() const { return baselineShare.isEmpty(); }
};

// Bins [0, max] with max just above the larger of the two 99th percentiles
// (and the threshold), `bins` bins.
LatencyDistribution latencyDistribution(const QString &baselineLabel, QList<double> baselineMs,
                                        const QString &candidateLabel, QList<double> candidateMs,
                                        int bins = 40);

qreal latencyDistributionHeight(const LatencyDistribution &chart, qreal unit);
void paintLatencyDistribution(QPainter *painter, const QRectF &rect,
                              const LatencyDistribution &chart, qreal unit);

// Horizontal bars with interval whiskers, one row per figure (pass rate of
// each variant, per tag, cost per 1,000 requests...), on an axis from 0, in
// `unit` after multiplying by `scale`; an optional threshold line.
struct IntervalBar
{
    QString label;
    Stats::Estimate estimate;
    QColor color;
};

struct IntervalBars
{
    QString title; // painted above the chart
    QList<IntervalBar> bars;
    double scale = 1.0; // e.g. 100 for 0..1 rates in percent
    QString valueUnit;  // "%", "USD"
    int decimals = 1;
    double axisMax = Stats::kNaN; // NaN: from the data
    double threshold = Stats::kNaN;
    QString thresholdLabel;
};

qreal intervalBarsHeight(const IntervalBars &chart, qreal unit);
void paintIntervalBars(QPainter *painter, const QRectF &rect, const IntervalBars &chart,
                       qreal unit);

} // namespace Cutover::ReportCharts
