#pragma once

#include "ui/metrics/chartdata.h"
#include "ui/metrics/metricschartview.h"

#include <QList>

class QScatterSeries;
class QValueAxis;

namespace Cutover {

// Latency over time during a run: one dot per result (x: seconds since the
// run's first result, y: latency in seconds), one colour per variant, plan
// thresholds as horizontal lines. Series are decimated before drawing
// (Decimation::occupancy: one dot per occupied 2×2-pixel cell of the plot),
// so dense bands stay filled and every outlier stays visible while 100,000
// results draw as a few thousand dots.
class LatencyTimelineChart final : public MetricsChartView
{
    Q_OBJECT

public:
    explicit LatencyTimelineChart(QWidget *parent = nullptr);

    void setData(const QList<ChartData::VariantPoints> &variants,
                 const QList<ChartData::Threshold> &thresholds);

    enum class DecimationMode {
        Occupancy, // the default
        MinMax,    // min/max per pixel column (for comparison in benchmarks)
        None,      // the raw series (for benchmarks)
    };
    void setDecimationMode(DecimationMode mode);
    // Cells of the occupancy grid: the plot area in 2×2-pixel cells (at
    // least 200 × 100).
    QSize cellGrid() const;

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
    DecimationMode m_mode = DecimationMode::Occupancy;
    QSize m_filledGrid;
};

} // namespace Cutover
