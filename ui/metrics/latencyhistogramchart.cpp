#include "ui/metrics/latencyhistogramchart.h"

#include "ui/metrics/decimation.h"

#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover {

LatencyHistogramChart::LatencyHistogramChart(QWidget *parent)
    : MetricsChartView(tr("Latency distribution"), parent)
{
    setObjectName(u"latencyHistogramChart"_s);
    setEmptyMessage(tr("No latencies yet."));
}

qint64 LatencyHistogramChart::countedResults(int index) const
{
    return index >= 0 && index < m_counted.size() ? m_counted.at(index) : 0;
}

void LatencyHistogramChart::setData(const QList<ChartData::VariantValues> &variants,
                                    const QList<ChartData::Threshold> &thresholds)
{
    clearChart();
    m_counted.clear();
    // The bins end a little above the 99.5th percentile of all latencies
    // (or at the slowest one, or at the furthest threshold): a few very
    // slow results would otherwise squeeze everything else into a handful
    // of bins. Slower results count in the last bin and the legend says so.
    QList<double> pooled;
    for (const ChartData::VariantValues &v : variants) {
        for (const double x : v.values) {
            if (std::isfinite(x))
                pooled.append(x);
        }
    }
    const qsizetype total = pooled.size();
    double high = 0.0;
    if (total > 0) {
        high = *std::max_element(pooled.cbegin(), pooled.cend());
        if (total >= 200) {
            const auto nth = pooled.begin() + qsizetype(0.995 * double(total - 1));
            std::nth_element(pooled.begin(), nth, pooled.end());
            high = std::min(high, *nth * 1.1);
        }
    }
    for (const ChartData::Threshold &t : thresholds)
        high = std::max(high, t.value);
    if (total == 0 || !(high > 0.0)) {
        setEmptyMessage(tr("No latencies yet."));
        return;
    }
    high *= 1.02;

    auto *x = new QValueAxis;
    x->setTitleText(tr("Latency (s)"));
    x->setLabelFormat(u"%g"_s);
    setNiceRange(x, 0.0, high);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Share (%)"));
    y->setLabelFormat(u"%.0f"_s);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    double maxShare = 0.0;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        QList<double> values = variants.at(i).values;
        qint64 beyond = 0;
        for (double &v : values) {
            if (v > high) {
                v = high;
                ++beyond;
            }
        }
        const Decimation::Histogram h = Decimation::histogram(values, 0.0, high, kBins);
        qint64 counted = 0;
        for (const qint64 c : h.counts)
            counted += c;
        m_counted.append(counted);
        auto *series = new QLineSeries;
        if (beyond > 0) {
            //: variant, results, results slower than the histogram's end, that latency
            series->setName(tr("%1 (n = %2; %3 slower than %4 s in the last bin)")
                                    .arg(variants.at(i).name)
                                    .arg(counted)
                                    .arg(beyond)
                                    .arg(high, 0, 'g', 3));
        } else {
            series->setName(tr("%1 (n = %2)").arg(variants.at(i).name).arg(counted));
        }
        QPen pen(ChartData::variantColor(int(i)));
        pen.setWidthF(2.0);
        series->setPen(pen);
        QList<QPointF> steps;
        steps.reserve(2 * kBins + 2);
        steps.append(QPointF(0.0, 0.0));
        for (int b = 0; b < h.counts.size(); ++b) {
            const double share = counted > 0 ? 100.0 * double(h.counts.at(b)) / counted : 0.0;
            maxShare = std::max(maxShare, share);
            steps.append(QPointF(h.binStart(b), share));
            steps.append(QPointF(h.binStart(b + 1), share));
        }
        steps.append(QPointF(h.binStart(kBins), 0.0));
        series->replace(steps);
        chart()->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    const double top = std::max(5.0, std::ceil(maxShare * 1.1));
    setNiceRange(y, 0.0, top, 4);
    for (const ChartData::Threshold &t : thresholds) {
        QLineSeries *line = makeThresholdSeries(t.label);
        line->replace({QPointF(t.value, 0.0), QPointF(t.value, y->max())});
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    setEmptyMessage(QString());
}

} // namespace Cutover
