#include "ui/metrics/intervalchart.h"

#include "ui/metrics/figureformat.h"

#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover {

IntervalChart::IntervalChart(const QString &title, const QString &valueTitle, QWidget *parent)
    : MetricsChartView(title, parent)
    , m_valueTitle(valueTitle)
{
    setEmptyMessage(tr("Not enough data yet."));
}

void IntervalChart::setValueLimits(double floor, double ceiling)
{
    m_floor = floor;
    m_ceiling = ceiling;
}

void IntervalChart::setLabelFormat(const QString &format)
{
    m_labelFormat = format;
}

void IntervalChart::setData(const QList<ChartData::LabelledEstimate> &figures,
                            const QList<ChartData::Threshold> &thresholds)
{
    clearChart();
    m_bars = 0;
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    const auto include = [&](double v) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    };
    for (const ChartData::LabelledEstimate &f : figures) {
        include(f.estimate.value);
        include(f.estimate.low);
        include(f.estimate.high);
    }
    if (!std::isfinite(low)) {
        setEmptyMessage(figures.isEmpty() ? tr("No results yet.") : tr("Not enough data yet."));
        return;
    }
    for (const ChartData::Threshold &t : thresholds)
        include(t.value);
    const double pad = high > low ? (high - low) * 0.15 : std::max(std::abs(high) * 0.1, 1.0);
    low = std::max(m_floor, low - pad);
    high = std::min(m_ceiling, high + pad);
    if (!(high > low))
        high = low + 1.0;

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setStartValue(-0.5);
    x->setRange(-0.5, figures.size() - 0.5);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setTitleText(m_valueTitle);
    y->setLabelFormat(m_labelFormat);
    setNiceRange(y, low, high, 4, m_floor, m_ceiling);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    const double cap = 0.12; // half the width of the bar's caps, in categories
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Stats::Estimate &e = figures.at(i).estimate;
        QString label = figures.at(i).label;
        if (e.status == Stats::EstimateStatus::NotEnoughData)
            label = tr("%1\n(not enough data, n = %2)").arg(label).arg(e.n);
        else if (e.status == Stats::EstimateStatus::NoData)
            label = tr("%1\n(no data)").arg(label);
        else
            label = tr("%1\n(n = %2)").arg(label).arg(e.n);
        x->append(label, i + 0.5);

        const QColor color = ChartData::variantColor(int(i));
        if (e.isOk() && e.hasInterval()) {
            auto *bar = new QLineSeries;
            QPen pen(color);
            pen.setWidthF(2.0);
            bar->setPen(pen);
            const double c = double(i);
            bar->replace({QPointF(c - cap, e.low), QPointF(c + cap, e.low), QPointF(c, e.low),
                          QPointF(c, e.high), QPointF(c - cap, e.high), QPointF(c + cap, e.high)});
            chart()->addSeries(bar);
            bar->attachAxis(x);
            bar->attachAxis(y);
            ++m_bars;
        }
        if (std::isfinite(e.value)) {
            auto *dot = new QScatterSeries;
            dot->setMarkerSize(11.0);
            dot->setColor(e.isOk() ? color : QColor(Qt::transparent));
            dot->setBorderColor(color);
            dot->append(double(i), e.value);
            const QString tip
                    = tr("%1: %2").arg(figures.at(i).label, FigureFormat::estimateWithN(e, 2));
            connect(dot, &QScatterSeries::hovered, this, [this, tip](const QPointF &, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), tip, this);
                else
                    QToolTip::hideText();
            });
            chart()->addSeries(dot);
            dot->attachAxis(x);
            dot->attachAxis(y);
        }
    }
    for (const ChartData::Threshold &t : thresholds) {
        QLineSeries *line = makeThresholdSeries(t.label);
        line->replace({QPointF(-0.5, t.value), QPointF(figures.size() - 0.5, t.value)});
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    // Only the thresholds are worth a legend entry; the axis names the dots.
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers)
        marker->setVisible(!marker->series()->name().isEmpty());
    setEmptyMessage(QString());
}

} // namespace Cutover
