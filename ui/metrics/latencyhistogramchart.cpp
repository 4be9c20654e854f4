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
    double high = 0.0;
    qsizetype total = 0;
    for (const ChartData::VariantValues &v : variants) {
        for (const double x : v.values) {
            if (std::isfinite(x))
                high = std::max(high, x);
        }
        total += v.values.size();
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
        const Decimation::Histogram h
                = Decimation::histogram(variants.at(i).values, 0.0, high, kBins);
        qint64 counted = 0;
        for (const qint64 c : h.counts)
            counted += c;
        m_counted.append(counted);
        auto *series = new QLineSeries;
        series->setName(tr("%1 (n = %2)").arg(variants.at(i).name).arg(counted));
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
