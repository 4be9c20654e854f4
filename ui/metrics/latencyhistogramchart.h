#pragma once

#include "ui/metrics/chartdata.h"
#include "ui/metrics/metricschartview.h"

#include <QList>

namespace Cutover {

// Latency distribution per variant: a histogram (share of each variant's
// results per bin, as a step outline so the variants can overlap) over
// shared bins, plan thresholds as vertical lines. Binning is the
// decimation: 100,000 results draw as a few dozen points per variant.
class LatencyHistogramChart final : public MetricsChartView
{
    Q_OBJECT

public:
    static constexpr int kBins = 40;

    explicit LatencyHistogramChart(QWidget *parent = nullptr);

    // Latencies in seconds per variant.
    void setData(const QList<ChartData::VariantValues> &variants,
                 const QList<ChartData::Threshold> &thresholds);

    // Results counted in the variant's bins (0 when absent).
    qint64 countedResults(int index) const;

private:
    QList<qint64> m_counted;
};

} // namespace Cutover
