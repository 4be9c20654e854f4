#pragma once

#include "ui/metrics/chartdata.h"
#include "ui/metrics/metricschartview.h"

#include <QList>

class QScatterSeries;
class QValueAxis;

namespace Cutover {

// Latency over time during a run: one dot per result (x: seconds since the
// run's first result, y: latency in seconds), one colour per variant, plan
// thresholds as horizontal lines. Series longer than the plot is wide are
// decimated (min/max per pixel column) before drawing, so every spike stays
// visible while 100,000 results draw as a few thousand points.
class LatencyTimelineChart final : public MetricsChartView
{
    Q_OBJECT

public:
    explicit LatencyTimelineChart(QWidget *parent = nullptr);

    void setData(const QList<ChartData::VariantPoints> &variants,
                 const QList<ChartData::Threshold> &thresholds);

    // Decimation on (default) or off (draws the raw series; for benchmarks).
    void setDecimation(bool on);
    // Buckets per series: the plot area's width in pixels (at least 200).
    int bucketCount() const;

    qsizetype rawPointCount() const;
    // Points drawn for the variant at `index` (0 when absent).
    qsizetype variantPointCount(int index) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fill();

    QList<ChartData::VariantPoints> m_variants;
    QList<ChartData::Threshold> m_thresholds;
    QList<QScatterSeries *> m_series;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    bool m_decimate = true;
    int m_filledBuckets = 0;
};

} // namespace Cutover
