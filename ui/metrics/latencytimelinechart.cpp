#include "ui/metrics/latencytimelinechart.h"

#include "ui/metrics/decimation.h"

#include <QLineSeries>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover {

LatencyTimelineChart::LatencyTimelineChart(QWidget *parent)
    : MetricsChartView(tr("Latency over time"), parent)
{
    setObjectName(u"latencyTimelineChart"_s);
    setEmptyMessage(tr("No results yet. Latencies appear here while a run stores them."));
}

void LatencyTimelineChart::setData(const QList<ChartData::VariantPoints> &variants,
                                   const QList<ChartData::Threshold> &thresholds)
{
    bool sameShape = variants.size() == m_variants.size()
                     && m_thresholds.size() == thresholds.size() && m_x;
    for (qsizetype i = 0; sameShape && i < variants.size(); ++i)
        sameShape = variants.at(i).name == m_variants.at(i).name;
    for (qsizetype i = 0; sameShape && i < thresholds.size(); ++i) {
        sameShape = thresholds.at(i).label == m_thresholds.at(i).label
                    && thresholds.at(i).value == m_thresholds.at(i).value;
    }
    m_variants = variants;
    m_thresholds = thresholds;
    if (!sameShape)
        rebuild();
    fill();
}

void LatencyTimelineChart::setDecimationMode(DecimationMode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    fill();
}

QSize LatencyTimelineChart::cellGrid() const
{
    const QRectF plot = chart()->plotArea();
    return QSize(std::max(200, int(plot.width() / 2)), std::max(100, int(plot.height() / 2)));
}

qsizetype LatencyTimelineChart::rawPointCount() const
{
    qsizetype n = 0;
    for (const ChartData::VariantPoints &v : m_variants)
        n += v.points.size();
    return n;
}

qsizetype LatencyTimelineChart::variantPointCount(int index) const
{
    return index >= 0 && index < m_series.size() ? m_series.at(index)->count() : 0;
}

void LatencyTimelineChart::resizeEvent(QResizeEvent *event)
{
    MetricsChartView::resizeEvent(event);
    if (m_mode != DecimationMode::None && cellGrid() != m_filledGrid && rawPointCount() > 0)
        fill();
}

void LatencyTimelineChart::rebuild()
{
    clearChart();
    m_series.clear();
    m_x = new QValueAxis;
    m_x->setTitleText(tr("Seconds since the first result"));
    m_x->setLabelFormat(u"%g"_s);
    m_y = new QValueAxis;
    m_y->setTitleText(tr("Latency (s)"));
    m_y->setLabelFormat(u"%g"_s);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (qsizetype i = 0; i < m_variants.size(); ++i) {
        auto *series = new QScatterSeries;
        series->setName(m_variants.at(i).name);
        series->setMarkerSize(5.0);
        series->setColor(ChartData::variantColor(int(i)));
        series->setBorderColor(Qt::transparent);
        series->setUseOpenGL(false);
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_series.append(series);
    }
    for (const ChartData::Threshold &t : std::as_const(m_thresholds)) {
        QLineSeries *line = makeThresholdSeries(t.label);
        chart()->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
    }
}

void LatencyTimelineChart::fill()
{
    if (!m_x)
        return;
    double maxX = 1.0;
    double maxY = 0.0;
    for (const ChartData::VariantPoints &v : std::as_const(m_variants)) {
        if (!v.points.isEmpty())
            maxX = std::max(maxX, v.points.constLast().x());
        for (const QPointF &p : v.points)
            maxY = std::max(maxY, p.y());
    }
    for (const ChartData::Threshold &t : std::as_const(m_thresholds))
        maxY = std::max(maxY, t.value);
    maxY = maxY > 0.0 ? maxY * 1.05 : 1.0;

    setNiceRange(m_x, 0.0, maxX);
    setNiceRange(m_y, 0.0, maxY, 4);

    m_filledGrid = cellGrid();
    const QRectF area(m_x->min(), m_y->min(), m_x->max() - m_x->min(), m_y->max() - m_y->min());
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const QList<QPointF> &raw = m_variants.at(i).points;
        switch (m_mode) {
        case DecimationMode::Occupancy:
            m_series.at(i)->replace(
                    Decimation::occupancy(raw, area, m_filledGrid.width(), m_filledGrid.height()));
            break;
        case DecimationMode::MinMax:
            m_series.at(i)->replace(Decimation::minMaxPerBucket(raw, m_filledGrid.width()));
            break;
        case DecimationMode::None:
            m_series.at(i)->replace(raw);
            break;
        }
    }
    // Threshold lines span the whole x range.
    const QList<QAbstractSeries *> all = chart()->series();
    qsizetype t = 0;
    for (QAbstractSeries *series : all) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || qobject_cast<QScatterSeries *>(series) || t >= m_thresholds.size())
            continue;
        const double y = m_thresholds.at(t++).value;
        line->replace({QPointF(0.0, y), QPointF(maxX * 2.0, y)}); // beyond the nice range
    }
    setEmptyMessage(rawPointCount() == 0
                            ? tr("No results yet. Latencies appear here while a run stores them.")
                            : QString());
}

} // namespace Cutover
