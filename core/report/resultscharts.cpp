#include "core/report/resultscharts.h"

#include "core/report/reportstyle.h"
#include "core/stats/descriptive.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::ReportCharts {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Report)
};

// Geometry in points.
constexpr qreal kHistogramPlot = 130;
constexpr qreal kAxisBand = 26; // tick labels and axis title below a plot
constexpr qreal kLegendBand = 16;
constexpr qreal kTitleBand = 24; // the chart's title, in the subheading style
constexpr qreal kTopGap = 4;     // keeps line caps inside the object's rectangle
constexpr qreal kBarRow = 20;
constexpr qreal kBarThickness = 9;

// A "nice" step (1, 2 or 5 · 10^k) giving about `ticks` ticks over `range`.
double niceStep(double range, int ticks)
{
    if (!(range > 0))
        return 1.0;
    const double raw = range / qMax(ticks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * magnitude;
}

QString tickText(double value, double step)
{
    const int decimals = step >= 1.0 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    return QString::number(value, 'f', qMax(decimals, 0));
}

void legendSwatch(QPainter *painter, qreal &x, qreal y, const QColor &color, const QString &label,
                  const QFontMetricsF &metrics, qreal unit, Qt::PenStyle style = Qt::NoPen)
{
    if (style == Qt::NoPen) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRect(QRectF(x, y + 2 * unit, 12 * unit, 7 * unit));
    } else {
        painter->setPen(QPen(color, 1.2 * unit, style));
        painter->drawLine(QPointF(x, y + 5.5 * unit), QPointF(x + 12 * unit, y + 5.5 * unit));
    }
    x += 16 * unit;
    painter->setPen(ReportStyle::textMuted());
    const qreal w = metrics.horizontalAdvance(label);
    painter->drawText(QRectF(x, y, w + 2 * unit, 11 * unit), Qt::AlignLeft | Qt::AlignVCenter,
                      label);
    x += w + 14 * unit;
}

// Paints `title` at the top of `rect` like the report's subheadings and
// returns the rectangle below it.
QRectF paintTitle(QPainter *painter, const QRectF &rect, const QString &title, qreal unit)
{
    if (title.isEmpty())
        return rect.adjusted(0, kTopGap * unit, 0, 0);
    painter->save();
    painter->setFont(ReportStyle::font(11, true));
    painter->setPen(ReportStyle::accent());
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), (kTitleBand - 6) * unit),
                      Qt::AlignLeft | Qt::AlignBottom, title);
    painter->restore();
    return rect.adjusted(0, kTitleBand * unit, 0, 0);
}

qreal titleHeight(const QString &title)
{
    return title.isEmpty() ? kTopGap : kTitleBand;
}

} // namespace

LatencyDistribution latencyDistribution(const QString &baselineLabel, QList<double> baselineMs,
                                        const QString &candidateLabel, QList<double> candidateMs,
                                        int bins)
{
    LatencyDistribution chart;
    chart.baselineLabel = baselineLabel;
    chart.candidateLabel = candidateLabel;
    const auto finiteSorted = [](QList<double> &v) {
        v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }),
                v.end());
        std::sort(v.begin(), v.end());
    };
    finiteSorted(baselineMs);
    finiteSorted(candidateMs);
    if ((baselineMs.isEmpty() && candidateMs.isEmpty()) || bins < 1)
        return chart;
    chart.baselineP50 = Stats::percentileOfSorted(baselineMs, 0.50);
    chart.baselineP95 = Stats::percentileOfSorted(baselineMs, 0.95);
    chart.candidateP50 = Stats::percentileOfSorted(candidateMs, 0.50);
    chart.candidateP95 = Stats::percentileOfSorted(candidateMs, 0.95);
    double top = 0.0;
    for (const QList<double> *v : {&baselineMs, &candidateMs}) {
        if (!v->isEmpty())
            top = qMax(top, Stats::percentileOfSorted(*v, 0.99));
    }
    top = qMax(top * 1.05, 1.0);
    const double width = niceStep(top, bins);
    const int count = qMax(1, int(std::ceil(top / width)));
    chart.binWidthMs = width;
    const auto fill = [&](const QList<double> &v, QList<double> &share, qint64 &beyond) {
        share = QList<double>(count, 0.0);
        if (v.isEmpty())
            return;
        for (double x : v) {
            const qsizetype bin = qsizetype(std::floor(qMax(x, 0.0) / width));
            if (bin >= count)
                ++beyond;
            else
                share[bin] += 1.0;
        }
        for (double &s : share)
            s /= double(v.size());
    };
    fill(baselineMs, chart.baselineShare, chart.baselineBeyond);
    fill(candidateMs, chart.candidateShare, chart.candidateBeyond);
    return chart;
}

qreal latencyDistributionHeight(const LatencyDistribution &chart, qreal unit)
{
    return unit * (titleHeight(chart.title) + kLegendBand + kHistogramPlot + kAxisBand + 4);
}

void paintLatencyDistribution(QPainter *painter, const QRectF &whole,
                              const LatencyDistribution &chart, qreal unit)
{
    if (chart.isEmpty())
        return;
    const QRectF rect = paintTitle(painter, whole, chart.title, unit);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont axisFont = ReportStyle::font(7);
    const QFontMetricsF axisMetrics(axisFont, painter->device());
    painter->setFont(axisFont);

    const qsizetype bins = chart.baselineShare.size();
    double maxShare = 0.0;
    for (qsizetype i = 0; i < bins; ++i)
        maxShare = qMax(maxShare, qMax(chart.baselineShare.at(i), chart.candidateShare.value(i)));
    const double yStep = niceStep(maxShare * 100.0, 4);
    // Headroom above the tallest bar.
    const double yMax = qMax(yStep, std::ceil(maxShare * 105.0 / yStep) * yStep);

    const qreal yAxisWidth = axisMetrics.horizontalAdvance(u"100 %"_s) + 6 * unit;
    const QRectF plot(rect.left() + yAxisWidth, rect.top() + kLegendBand * unit,
                      rect.width() - yAxisWidth - 4 * unit, kHistogramPlot * unit);
    const double xMax = chart.binWidthMs * double(bins);
    const auto xOf = [&](double ms) {
        return plot.left() + plot.width() * ms / xMax;
    };
    const auto yOf = [&](double percent) {
        return plot.bottom() - plot.height() * percent / yMax;
    };

    // Legend.
    qreal x = plot.left();
    legendSwatch(painter, x, rect.top(), ReportStyle::baselineColor(), chart.baselineLabel,
                 axisMetrics, unit);
    legendSwatch(painter, x, rect.top(), ReportStyle::candidateColor(), chart.candidateLabel,
                 axisMetrics, unit);
    legendSwatch(painter, x, rect.top(), ReportStyle::textMuted(), Tr::tr("p50"), axisMetrics, unit,
                 Qt::SolidLine);
    legendSwatch(painter, x, rect.top(), ReportStyle::textMuted(), Tr::tr("p95"), axisMetrics, unit,
                 Qt::DashLine);

    // Grid and y axis (share of answers).
    const QPen grid(ReportStyle::rule(), 0.4 * unit, Qt::SolidLine, Qt::FlatCap);
    for (double v = 0; v <= yMax + 1e-9; v += yStep) {
        const qreal y = yOf(v);
        painter->setPen(grid);
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(ReportStyle::textMuted());
        painter->drawText(QRectF(rect.left(), y - 5 * unit, yAxisWidth - 4 * unit, 10 * unit),
                          Qt::AlignRight | Qt::AlignVCenter,
                          Tr::tr("%1 %").arg(tickText(v, yStep)));
    }

    // Bars: baseline filled, candidate filled translucently on top.
    const qreal binWidth = plot.width() / qreal(bins);
    const auto drawBars = [&](const QList<double> &share, QColor color) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        for (qsizetype i = 0; i < share.size(); ++i) {
            if (share.at(i) <= 0.0)
                continue;
            const qreal top = yOf(share.at(i) * 100.0);
            painter->drawRect(QRectF(plot.left() + i * binWidth + 0.3 * unit, top,
                                     binWidth - 0.6 * unit, plot.bottom() - top));
        }
    };
    QColor base = ReportStyle::baselineColor();
    base.setAlphaF(0.75);
    QColor cand = ReportStyle::candidateColor();
    cand.setAlphaF(0.6);
    drawBars(chart.baselineShare, base);
    drawBars(chart.candidateShare, cand);

    // Percentile markers.
    const auto marker = [&](double ms, const QColor &color, Qt::PenStyle style) {
        if (!std::isfinite(ms) || ms > xMax)
            return;
        painter->setPen(QPen(color, 1.2 * unit, style));
        painter->drawLine(QPointF(xOf(ms), plot.top()), QPointF(xOf(ms), plot.bottom()));
    };
    marker(chart.baselineP50, ReportStyle::baselineColor().darker(130), Qt::SolidLine);
    marker(chart.baselineP95, ReportStyle::baselineColor().darker(130), Qt::DashLine);
    marker(chart.candidateP50, ReportStyle::candidateColor().darker(120), Qt::SolidLine);
    marker(chart.candidateP95, ReportStyle::candidateColor().darker(120), Qt::DashLine);
    if (std::isfinite(chart.thresholdMs) && chart.thresholdMs <= xMax) {
        const QColor red(0xb3, 0x2d, 0x2d);
        painter->setPen(QPen(red, 1.0 * unit, Qt::DashDotLine));
        const qreal tx = xOf(chart.thresholdMs);
        painter->drawLine(QPointF(tx, plot.top()), QPointF(tx, plot.bottom()));
        const qreal w = axisMetrics.horizontalAdvance(chart.thresholdLabel) + 4 * unit;
        const qreal left = tx + w + 2 * unit > plot.right() ? tx - w - 2 * unit : tx + 2 * unit;
        painter->setPen(red);
        painter->drawText(QRectF(left, plot.top(), w, 10 * unit), Qt::AlignLeft | Qt::AlignTop,
                          chart.thresholdLabel);
    }

    // X axis in seconds.
    painter->setPen(QPen(ReportStyle::textMuted(), 0.6 * unit));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    const double xStepMs = niceStep(xMax, 8);
    for (double v = 0; v <= xMax + 1e-9; v += xStepMs) {
        const qreal tx = xOf(v);
        painter->drawLine(QPointF(tx, plot.bottom()), QPointF(tx, plot.bottom() + 2.5 * unit));
        painter->drawText(QRectF(tx - 20 * unit, plot.bottom() + 3 * unit, 40 * unit, 10 * unit),
                          Qt::AlignHCenter | Qt::AlignTop, tickText(v / 1000.0, xStepMs / 1000.0));
    }
    QString axisTitle = Tr::tr("latency (s), share of each variant's answers per bin");
    if (chart.baselineBeyond + chart.candidateBeyond > 0)
        axisTitle += Tr::tr("; beyond the axis: %1 and %2 answers")
                             .arg(chart.baselineBeyond)
                             .arg(chart.candidateBeyond);
    painter->drawText(QRectF(plot.left(), plot.bottom() + 13 * unit, plot.width(), 11 * unit),
                      Qt::AlignHCenter | Qt::AlignTop, axisTitle);
    painter->restore();
}

qreal intervalBarsHeight(const IntervalBars &chart, qreal unit)
{
    return unit
           * (titleHeight(chart.title) + kBarRow * qMax<qsizetype>(chart.bars.size(), 1) + kAxisBand
              + 4);
}

void paintIntervalBars(QPainter *painter, const QRectF &whole, const IntervalBars &chart,
                       qreal unit)
{
    if (chart.bars.isEmpty())
        return;
    const QRectF rect = paintTitle(painter, whole, chart.title, unit);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont labelFont = ReportStyle::font(8);
    const QFont axisFont = ReportStyle::font(7);
    const QFontMetricsF labelMetrics(labelFont, painter->device());
    const QFontMetricsF axisMetrics(axisFont, painter->device());

    double top = chart.axisMax;
    if (!std::isfinite(top)) {
        top = 0.0;
        for (const IntervalBar &bar : chart.bars) {
            const Stats::Estimate e = Stats::scaled(bar.estimate, chart.scale);
            for (double v : {e.value, e.high})
                if (std::isfinite(v))
                    top = qMax(top, v);
        }
        if (std::isfinite(chart.threshold))
            top = qMax(top, chart.threshold);
        const double step = niceStep(top * 1.1, 5);
        top = qMax(step, std::ceil(top * 1.1 / step) * step);
    }
    const double step = niceStep(top, 5);

    qreal labelWidth = 0;
    for (const IntervalBar &bar : chart.bars)
        labelWidth = qMax(labelWidth, labelMetrics.horizontalAdvance(bar.label));
    labelWidth = qMin(labelWidth + 8 * unit, rect.width() * 0.3);
    const qreal valueWidth = 150 * unit;
    const QRectF plot(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - valueWidth,
                      kBarRow * unit * chart.bars.size());
    const auto xOf = [&](double v) {
        return plot.left() + plot.width() * std::clamp(v, 0.0, top) / top;
    };

    painter->setFont(axisFont);
    const QPen grid(ReportStyle::rule(), 0.4 * unit, Qt::SolidLine, Qt::FlatCap);
    for (double v = 0; v <= top + 1e-9; v += step) {
        painter->setPen(grid);
        painter->drawLine(QPointF(xOf(v), plot.top()), QPointF(xOf(v), plot.bottom()));
        painter->setPen(ReportStyle::textMuted());
        painter->drawText(
                QRectF(xOf(v) - 20 * unit, plot.bottom() + 3 * unit, 40 * unit, 10 * unit),
                Qt::AlignHCenter | Qt::AlignTop, tickText(v, step));
    }
    painter->drawText(QRectF(plot.left(), plot.bottom() + 13 * unit, plot.width(), 11 * unit),
                      Qt::AlignHCenter | Qt::AlignTop,
                      chart.thresholdLabel.isEmpty() || !std::isfinite(chart.threshold)
                              ? Tr::tr("%1, bars with 95 % intervals").arg(chart.valueUnit)
                              : Tr::tr("%1, bars with 95 % intervals; red line: %2")
                                        .arg(chart.valueUnit, chart.thresholdLabel));

    for (qsizetype i = 0; i < chart.bars.size(); ++i) {
        const IntervalBar &bar = chart.bars.at(i);
        const Stats::Estimate e = Stats::scaled(bar.estimate, chart.scale);
        const qreal rowTop = plot.top() + i * kBarRow * unit;
        const qreal cy = rowTop + kBarRow * unit / 2;
        painter->setFont(labelFont);
        painter->setPen(Qt::black);
        painter->drawText(
                QRectF(rect.left(), rowTop, labelWidth - 6 * unit, kBarRow * unit),
                Qt::AlignRight | Qt::AlignVCenter,
                labelMetrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 6 * unit));
        QString valueText;
        if (std::isfinite(e.value)) {
            QColor fill = bar.color;
            fill.setAlphaF(0.55);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRect(QRectF(plot.left(), cy - kBarThickness * unit / 2,
                                     xOf(e.value) - plot.left(), kBarThickness * unit));
            valueText = QString::number(e.value, 'f', chart.decimals);
        }
        if (e.isOk() && e.hasInterval()) {
            const QPen whisker(bar.color.darker(150), 1.1 * unit);
            painter->setPen(whisker);
            const qreal x0 = xOf(e.low);
            const qreal x1 = xOf(e.high);
            const qreal cap = 4 * unit;
            painter->drawLine(QPointF(x0, cy), QPointF(x1, cy));
            painter->drawLine(QPointF(x0, cy - cap), QPointF(x0, cy + cap));
            painter->drawLine(QPointF(x1, cy - cap), QPointF(x1, cy + cap));
            valueText += u" [%1, %2]"_s.arg(QString::number(e.low, 'f', chart.decimals),
                                            QString::number(e.high, 'f', chart.decimals));
        } else if (e.status == Stats::EstimateStatus::NotEnoughData) {
            valueText += u" "_s + Tr::tr("(not enough data)");
        } else if (e.status == Stats::EstimateStatus::NoData) {
            valueText = Tr::tr("no data");
        }
        painter->setFont(axisFont);
        painter->setPen(ReportStyle::textMuted());
        painter->drawText(
                QRectF(plot.right() + 6 * unit, rowTop, valueWidth - 6 * unit, kBarRow * unit),
                Qt::AlignLeft | Qt::AlignVCenter, valueText);
    }
    if (std::isfinite(chart.threshold)) {
        const QColor red(0xb3, 0x2d, 0x2d);
        painter->setPen(QPen(red, 1.0 * unit, Qt::DashDotLine));
        const qreal tx = xOf(chart.threshold);
        painter->drawLine(QPointF(tx, plot.top()), QPointF(tx, plot.bottom()));
    }
    painter->setPen(QPen(ReportStyle::textMuted(), 0.6 * unit));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.topLeft(), plot.bottomLeft());
    painter->restore();
}

} // namespace Cutover::ReportCharts
