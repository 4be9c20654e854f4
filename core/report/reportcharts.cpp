#include "core/report/reportcharts.h"

#include "core/plan/planlabels.h"
#include "core/report/reportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Report)
};

// Gantt geometry, in points.
constexpr qreal kMonthRow = 14;
constexpr qreal kWeekRow = 12;
constexpr qreal kRowHeight = 18;
constexpr qreal kBarHeight = 10;
constexpr qreal kLegendGap = 8;
constexpr qreal kLegendRow = 12;

// Risk matrix geometry, in points.
constexpr qreal kCellWidth = 48;
constexpr qreal kCellHeight = 30;
constexpr qreal kAxisTitle = 16;
constexpr qreal kAxisNumbers = 14;

QList<PhaseStatus> allPhaseStatuses()
{
    return {PhaseStatus::Planned, PhaseStatus::InProgress, PhaseStatus::Done, PhaseStatus::Blocked};
}

void drawArrowHead(QPainter *painter, QPointF tip, qreal size)
{
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip.x() - size, tip.y() - size * 0.55);
    head.lineTo(tip.x() - size, tip.y() + size * 0.55);
    head.closeSubpath();
    painter->fillPath(head, painter->pen().color());
}

} // namespace

namespace ReportCharts {

QList<GanttSlice> ganttSlices(const QList<Phase> &phases)
{
    QDate first;
    QDate last;
    for (const Phase &p : phases) {
        if (!p.start.isValid())
            continue;
        if (!first.isValid() || p.start < first)
            first = p.start;
        if (!last.isValid() || p.end() > last)
            last = p.end();
    }
    if (!first.isValid())
        return {};
    first = first.addDays(1 - first.dayOfWeek()); // back to Monday
    last = last.addDays(7 - last.dayOfWeek());    // on to Sunday

    QList<GanttSlice> slices;
    for (qsizetype i = 0; i < phases.size(); i += kGanttRowsPerChart)
        slices.append({phases.mid(i, kGanttRowsPerChart), first, last});
    return slices;
}

qreal ganttHeight(const GanttSlice &slice, qreal unit)
{
    return unit
           * (kMonthRow + kWeekRow + kRowHeight * qMax(slice.rows.size(), qsizetype(1)) + kLegendGap
              + kLegendRow + 2);
}

void paintGantt(QPainter *painter, const QRectF &rect, const GanttSlice &slice, qreal unit)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QFont labelFont = ReportStyle::font(8.5);
    const QFont axisFont = ReportStyle::font(7);
    const QFont axisBold = ReportStyle::font(7.5, true);
    const QFont barFont = ReportStyle::font(6.5, true);
    const QFontMetricsF labelMetrics(labelFont, painter->device());
    const QFontMetricsF axisMetrics(axisFont, painter->device());
    const QFontMetricsF axisBoldMetrics(axisBold, painter->device());
    const QFontMetricsF barMetrics(barFont, painter->device());

    qreal widest = 0;
    for (const Phase &p : slice.rows)
        widest = qMax(widest, labelMetrics.horizontalAdvance(p.name));
    const qreal labelWidth = std::clamp(widest + 12 * unit, 80 * unit, rect.width() * 0.3);

    const qreal chartLeft = rect.left() + labelWidth;
    const qreal chartRight = rect.right();
    const int days = int(slice.first.daysTo(slice.last)) + 1;
    const qreal dayWidth = (chartRight - chartLeft) / days;
    const auto xOf = [&](QDate d) {
        return chartLeft + slice.first.daysTo(d) * dayWidth;
    };

    const qreal top = rect.top();
    const qreal monthBottom = top + kMonthRow * unit;
    const qreal headerBottom = monthBottom + kWeekRow * unit;
    const qreal rowHeight = kRowHeight * unit;
    const qreal rowsBottom = headerBottom + rowHeight * slice.rows.size();
    const qreal hairline = 0.5 * unit;

    // Row bands.
    for (qsizetype i = 0; i < slice.rows.size(); ++i) {
        if (i % 2 == 1) {
            painter->fillRect(
                    QRectF(rect.left(), headerBottom + i * rowHeight, rect.width(), rowHeight),
                    QColor(0xf4, 0xf6, 0xf9));
        }
    }
    painter->fillRect(QRectF(rect.left(), top, rect.width(), headerBottom - top),
                      ReportStyle::headerFill());

    // Week ticks: a light grid line and the day of the month of each Monday.
    const qreal weekWidth = 7 * dayWidth;
    if (weekWidth >= 3 * unit) {
        const bool weekLabels = weekWidth >= axisMetrics.horizontalAdvance(u"30"_s) + 4 * unit;
        for (QDate d = slice.first; d <= slice.last; d = d.addDays(7)) {
            const qreal x = xOf(d);
            if (weekWidth >= 10 * unit) { // grid lines only where they do not crowd
                painter->setPen(QPen(ReportStyle::rule(), hairline * 0.8, Qt::DotLine));
                painter->drawLine(QPointF(x, headerBottom), QPointF(x, rowsBottom));
            }
            painter->setPen(QPen(ReportStyle::textMuted(), hairline));
            painter->drawLine(QPointF(x, headerBottom - 3 * unit), QPointF(x, headerBottom));
            if (weekLabels) {
                painter->setFont(axisFont);
                painter->drawText(QRectF(x + 2 * unit, monthBottom, weekWidth - 2 * unit,
                                         kWeekRow * unit - 2 * unit),
                                  Qt::AlignLeft | Qt::AlignVCenter, QString::number(d.day()));
            }
        }
    }

    // Months: a boundary line and the month's name centred over its days.
    const QLocale locale;
    for (QDate m(slice.first.year(), slice.first.month(), 1); m <= slice.last; m = m.addMonths(1)) {
        const QDate from = qMax(m, slice.first);
        const QDate to = qMin(m.addMonths(1).addDays(-1), slice.last);
        const qreal x0 = xOf(from);
        const qreal x1 = xOf(to.addDays(1));
        if (m >= slice.first) {
            painter->setPen(QPen(ReportStyle::textMuted(), hairline));
            painter->drawLine(QPointF(x0, top), QPointF(x0, rowsBottom));
        }
        painter->setFont(axisBold);
        painter->setPen(ReportStyle::accent());
        QString name = locale.toString(m, u"MMM yyyy"_s);
        if (axisBoldMetrics.horizontalAdvance(name) + 4 * unit > x1 - x0)
            name = locale.toString(m, u"MMM"_s);
        if (axisBoldMetrics.horizontalAdvance(name) + 2 * unit <= x1 - x0)
            painter->drawText(QRectF(x0, top, x1 - x0, kMonthRow * unit), Qt::AlignCenter, name);
    }

    // Too dense for days: the week row shows the years instead.
    if (weekWidth < axisMetrics.horizontalAdvance(u"30"_s) + 4 * unit) {
        painter->setFont(axisFont);
        painter->setPen(ReportStyle::textMuted());
        for (int year = slice.first.year(); year <= slice.last.year(); ++year) {
            const QDate from = qMax(QDate(year, 1, 1), slice.first);
            const QDate to = qMin(QDate(year, 12, 31), slice.last);
            const qreal x0 = xOf(from);
            const qreal x1 = xOf(to.addDays(1));
            const QString label = QString::number(year);
            const qreal labelWidth = axisMetrics.horizontalAdvance(label) + 4 * unit;
            if (labelWidth <= x1 - x0) {
                // On a patch of the header colour: month lines cross this row.
                const QRectF box((x0 + x1 - labelWidth) / 2, monthBottom + 0.5 * unit, labelWidth,
                                 kWeekRow * unit - 4 * unit);
                painter->fillRect(box, ReportStyle::headerFill());
                painter->drawText(box, Qt::AlignCenter, label);
            }
        }
    }

    painter->setFont(axisBold);
    painter->setPen(ReportStyle::accent());
    painter->drawText(QRectF(rect.left() + 6 * unit, top, labelWidth - 10 * unit,
                             headerBottom - top - 2 * unit),
                      Qt::AlignLeft | Qt::AlignBottom, Tr::tr("Phase"));

    painter->setPen(QPen(ReportStyle::rule(), hairline));
    painter->drawLine(QPointF(rect.left(), headerBottom), QPointF(rect.right(), headerBottom));
    painter->drawLine(QPointF(chartLeft, top), QPointF(chartLeft, rowsBottom));
    painter->setPen(QPen(ReportStyle::textMuted(), hairline));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(rect.left(), top, rect.width(), rowsBottom - top));

    // Phase names and bars.
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < slice.rows.size(); ++i)
        rowOf.insert(slice.rows.at(i).id, i);
    const auto barRect = [&](qsizetype row) {
        const Phase &p = slice.rows.at(row);
        const qreal x0 = xOf(p.start);
        const qreal x1 = xOf(p.end().addDays(1));
        const qreal y = headerBottom + row * rowHeight + (rowHeight - kBarHeight * unit) / 2;
        return QRectF(x0, y, qMax(x1 - x0, 2 * unit), kBarHeight * unit);
    };

    for (qsizetype i = 0; i < slice.rows.size(); ++i) {
        const Phase &p = slice.rows.at(i);
        const QRectF row(rect.left(), headerBottom + i * rowHeight, rect.width(), rowHeight);
        painter->setFont(labelFont);
        painter->setPen(Qt::black);
        const QString name = p.name.trimmed().isEmpty() ? Tr::tr("(unnamed)") : p.name;
        painter->drawText(
                QRectF(row.left() + 6 * unit, row.top(), labelWidth - 10 * unit, rowHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                labelMetrics.elidedText(name, Qt::ElideRight, labelWidth - 10 * unit));
        if (!p.start.isValid()) {
            painter->setFont(axisFont);
            painter->setPen(ReportStyle::textMuted());
            painter->drawText(
                    QRectF(chartLeft + 4 * unit, row.top(), chartRight - chartLeft, rowHeight),
                    Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("no start date"));
            continue;
        }
        const QRectF bar = barRect(i);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ReportStyle::phaseColor(p.status));
        painter->drawRoundedRect(bar, 2 * unit, 2 * unit);
        const QString days = ReportStyle::dayCount(p.durationDays);
        if (barMetrics.horizontalAdvance(days) + 6 * unit <= bar.width()) {
            painter->setFont(barFont);
            painter->setPen(Qt::white);
            painter->drawText(bar, Qt::AlignCenter, days);
        }
    }

    // Dependency arrows: from the end of the phase depended on to the start
    // of the dependent phase, around the bars when they overlap.
    const QColor arrowColor(0x33, 0x3a, 0x44);
    painter->setPen(QPen(arrowColor, 0.8 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    const qreal arrowHead = 4 * unit;
    for (qsizetype i = 0; i < slice.rows.size(); ++i) {
        const Phase &p = slice.rows.at(i);
        if (!p.start.isValid())
            continue;
        for (qint64 depId : p.dependsOn) {
            const qsizetype j = rowOf.value(depId, -1);
            if (j < 0 || j == i || !slice.rows.at(j).start.isValid())
                continue;
            const QRectF from = barRect(j);
            const QRectF to = barRect(i);
            const QPointF start(from.right(), from.center().y());
            const QPointF tip(to.left(), to.center().y());
            const qreal elbow = start.x() + 4 * unit;
            QPainterPath path(start);
            if (tip.x() - arrowHead >= elbow + 1 * unit) {
                path.lineTo(elbow, start.y());
                path.lineTo(elbow, tip.y());
                path.lineTo(tip.x() - arrowHead, tip.y());
            } else {
                // Between the two rows, back to the left of the target bar.
                const qreal gapY = headerBottom + (j < i ? i : i + 1) * rowHeight;
                const qreal back = tip.x() - arrowHead - 4 * unit;
                path.lineTo(elbow, start.y());
                path.lineTo(elbow, gapY);
                path.lineTo(back, gapY);
                path.lineTo(back, tip.y());
                path.lineTo(tip.x() - arrowHead, tip.y());
            }
            painter->drawPath(path);
            drawArrowHead(painter, tip, arrowHead);
        }
    }

    // Legend.
    qreal x = rect.left();
    const qreal legendTop = rowsBottom + kLegendGap * unit;
    painter->setFont(axisFont);
    for (PhaseStatus status : allPhaseStatuses()) {
        const QRectF swatch(x, legendTop + 2 * unit, 14 * unit, 7 * unit);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ReportStyle::phaseColor(status));
        painter->drawRoundedRect(swatch, 1.5 * unit, 1.5 * unit);
        const QString label = PlanLabels::label(status);
        painter->setPen(ReportStyle::textMuted());
        painter->drawText(
                QRectF(swatch.right() + 4 * unit, legendTop, 200 * unit, kLegendRow * unit),
                Qt::AlignLeft | Qt::AlignVCenter, label);
        x = swatch.right() + 4 * unit + axisMetrics.horizontalAdvance(label) + 14 * unit;
    }
    const QString arrowLabel = Tr::tr("depends on");
    const qreal arrowY = legendTop + kLegendRow * unit / 2;
    painter->setPen(QPen(arrowColor, 0.8 * unit));
    painter->drawLine(QPointF(x, arrowY), QPointF(x + 14 * unit - arrowHead, arrowY));
    drawArrowHead(painter, QPointF(x + 14 * unit, arrowY), arrowHead);
    painter->setPen(ReportStyle::textMuted());
    painter->drawText(QRectF(x + 18 * unit, legendTop, 200 * unit, kLegendRow * unit),
                      Qt::AlignLeft | Qt::AlignVCenter, arrowLabel);

    painter->restore();
}

qreal riskMatrixHeight(qreal unit)
{
    return unit * (5 * kCellHeight + kAxisNumbers + kAxisTitle + 4);
}

void paintRiskMatrix(QPainter *painter, const QRectF &rect, const QList<Risk> &risks, qreal unit)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QFont axisFont = ReportStyle::font(7.5);
    const QFont titleFont = ReportStyle::font(8, true);
    const QFont scoreFont = ReportStyle::font(6);
    const QFont cellFont = ReportStyle::font(8, true);
    const QFontMetricsF cellMetrics(cellFont, painter->device());

    const qreal cellW = kCellWidth * unit;
    const qreal cellH = kCellHeight * unit;
    const qreal gridLeft = rect.left() + (kAxisTitle + kAxisNumbers) * unit;
    const qreal gridTop = rect.top() + 2 * unit;
    const qreal gridBottom = gridTop + 5 * cellH;

    QHash<int, QStringList> numbersInCell; // key: likelihood * 10 + impact
    for (qsizetype i = 0; i < risks.size(); ++i) {
        const Risk &r = risks.at(i);
        const int l = std::clamp(r.likelihood, 1, 5);
        const int im = std::clamp(r.impact, 1, 5);
        numbersInCell[l * 10 + im].append(QString::number(i + 1));
    }

    for (int likelihood = 5; likelihood >= 1; --likelihood) {
        const qreal y = gridTop + (5 - likelihood) * cellH;
        for (int impact = 1; impact <= 5; ++impact) {
            const int score = likelihood * impact;
            const QRectF cell(gridLeft + (impact - 1) * cellW, y, cellW, cellH);
            painter->setPen(QPen(Qt::white, 1.2 * unit));
            painter->setBrush(ReportStyle::riskFill(score));
            painter->drawRect(cell);
            QColor ink = ReportStyle::riskInk(score);
            painter->setFont(scoreFont);
            ink.setAlphaF(0.7);
            painter->setPen(ink);
            painter->drawText(cell.adjusted(2 * unit, 1.5 * unit, -3 * unit, 0),
                              Qt::AlignRight | Qt::AlignTop, QString::number(score));
            const QStringList numbers = numbersInCell.value(likelihood * 10 + impact);
            if (!numbers.isEmpty()) {
                painter->setFont(cellFont);
                painter->setPen(ReportStyle::riskInk(score));
                // Below the score in the corner.
                const QRectF textRect = cell.adjusted(3 * unit, 8 * unit, -3 * unit, -2 * unit);
                QString text = numbers.join(u", "_s);
                if (cellMetrics.horizontalAdvance(text) > textRect.width()) {
                    // Too many for one line: as many as fit, then "+n".
                    text.clear();
                    for (qsizetype k = 0; k < numbers.size(); ++k) {
                        const QString more = u" +"_s + QString::number(numbers.size() - k - 1);
                        const QString next
                                = text.isEmpty() ? numbers.at(k) : text + u", "_s + numbers.at(k);
                        if (cellMetrics.horizontalAdvance(next + more) > textRect.width()) {
                            text += u" +"_s + QString::number(numbers.size() - k);
                            break;
                        }
                        text = next;
                    }
                }
                painter->drawText(textRect, Qt::AlignCenter, text);
            }
        }
        painter->setFont(axisFont);
        painter->setPen(ReportStyle::textMuted());
        painter->drawText(
                QRectF(gridLeft - kAxisNumbers * unit, y, kAxisNumbers * unit - 3 * unit, cellH),
                Qt::AlignRight | Qt::AlignVCenter, QString::number(likelihood));
    }
    for (int impact = 1; impact <= 5; ++impact) {
        painter->drawText(
                QRectF(gridLeft + (impact - 1) * cellW, gridBottom, cellW, kAxisNumbers * unit),
                Qt::AlignCenter, QString::number(impact));
    }

    painter->setFont(titleFont);
    painter->setPen(ReportStyle::accent());
    painter->drawText(
            QRectF(gridLeft, gridBottom + kAxisNumbers * unit, 5 * cellW, kAxisTitle * unit),
            Qt::AlignCenter, Tr::tr("Impact"));
    painter->save();
    painter->translate(rect.left(), gridTop + 5 * cellH / 2);
    painter->rotate(-90);
    painter->drawText(QRectF(-5 * cellH / 2, 0, 5 * cellH, kAxisTitle * unit), Qt::AlignCenter,
                      Tr::tr("Likelihood"));
    painter->restore();

    // Legend to the right of the grid.
    const qreal legendLeft = gridLeft + 5 * cellW + 24 * unit;
    qreal y = gridTop;
    painter->setFont(titleFont);
    painter->setPen(ReportStyle::accent());
    painter->drawText(QRectF(legendLeft, y, rect.right() - legendLeft, 14 * unit),
                      Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Score = likelihood × impact"));
    y += 18 * unit;
    struct Band
    {
        int score;
        QString range;
    };
    const QList<Band> bands = {{15, u"15–25"_s}, {10, u"10–14"_s}, {5, u"5–9"_s}, {1, u"1–4"_s}};
    painter->setFont(axisFont);
    for (const Band &band : bands) {
        const QRectF swatch(legendLeft, y + 2 * unit, 16 * unit, 10 * unit);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ReportStyle::riskFill(band.score));
        painter->drawRect(swatch);
        painter->setPen(Qt::black);
        painter->drawText(
                QRectF(swatch.right() + 6 * unit, y, rect.right() - swatch.right(), 14 * unit),
                Qt::AlignLeft | Qt::AlignVCenter,
                Tr::tr("%1 (%2)").arg(PlanLabels::riskLevel(band.score), band.range));
        y += 16 * unit;
    }
    y += 6 * unit;
    painter->setPen(ReportStyle::textMuted());
    painter->drawText(QRectF(legendLeft, y, rect.right() - legendLeft, 40 * unit),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      Tr::tr("Numbers in the cells refer to the risk table below."));

    painter->restore();
}

} // namespace ReportCharts

ReportChartObject::ReportChartObject(QList<ReportCharts::GanttSlice> gantt, QList<Risk> sortedRisks,
                                     qreal width, QObject *parent)
    : QObject(parent)
    , m_gantt(std::move(gantt))
    , m_risks(std::move(sortedRisks))
    , m_width(width)
{}

QTextCharFormat ReportChartObject::format(Kind kind, int index) const
{
    QTextCharFormat f;
    f.setObjectType(kObjectType);
    f.setProperty(kKindProperty, int(kind));
    f.setProperty(kIndexProperty, index);
    return f;
}

void ReportChartObject::setResultsCharts(ReportCharts::LatencyDistribution latency,
                                         QList<ReportCharts::IntervalBars> bars)
{
    m_latency = std::move(latency);
    m_bars = std::move(bars);
}

qreal ReportChartObject::unitOf(QTextDocument *doc)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    return (device ? device->logicalDpiY() : 96) / 72.0;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const qreal unit = unitOf(doc);
    const int index = format.intProperty(kIndexProperty);
    switch (format.intProperty(kKindProperty)) {
    case Gantt:
        if (index >= 0 && index < m_gantt.size())
            return QSizeF(m_width, ReportCharts::ganttHeight(m_gantt.at(index), unit));
        break;
    case RiskMatrix:
        return QSizeF(m_width, ReportCharts::riskMatrixHeight(unit));
    case LatencyDistribution:
        if (!m_latency.isEmpty())
            return QSizeF(m_width, ReportCharts::latencyDistributionHeight(m_latency, unit));
        break;
    case IntervalBars:
        if (index >= 0 && index < m_bars.size())
            return QSizeF(m_width, ReportCharts::intervalBarsHeight(m_bars.at(index), unit));
        break;
    }
    return QSizeF(0, 0);
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                                   const QTextFormat &format)
{
    // A block whose line was pushed to the next page is drawn for both
    // pages; on the page it does not reach, painting would leave clipped,
    // invisible text in the PDF's text layer (a second copy for pdftotext
    // and for search).
    // (The page's clip and the object's rectangle may share a sliver through
    // rounding: a pixel of overlap does not count.)
    if (painter->hasClipping() && painter->clipBoundingRect().intersected(rect).height() < 1.0)
        return;
    const qreal unit = unitOf(doc);
    const int index = format.intProperty(kIndexProperty);
    switch (format.intProperty(kKindProperty)) {
    case Gantt:
        if (index >= 0 && index < m_gantt.size())
            ReportCharts::paintGantt(painter, rect, m_gantt.at(index), unit);
        break;
    case RiskMatrix:
        ReportCharts::paintRiskMatrix(painter, rect, m_risks, unit);
        break;
    case LatencyDistribution:
        ReportCharts::paintLatencyDistribution(painter, rect, m_latency, unit);
        break;
    case IntervalBars:
        if (index >= 0 && index < m_bars.size())
            ReportCharts::paintIntervalBars(painter, rect, m_bars.at(index), unit);
        break;
    }
}

} // namespace Cutover
