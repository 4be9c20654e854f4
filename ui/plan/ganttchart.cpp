#include "ui/plan/ganttchart.h"

#include "core/plan/planlabels.h"
#include "ui/plan/plancolors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

constexpr int kChartMargin = 8;
constexpr int kTodayReach = 30; // days around the plan within which "today" is shown

} // namespace

GanttChart::GanttChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Timeline chart"));
}

void GanttChart::setPhases(const QList<Phase> &phases)
{
    if (phases == m_phases)
        return;
    m_phases = phases;
    updateGeometry();
    update();
}

void GanttChart::setSelectedId(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    update();
}

void GanttChart::setToday(QDate today)
{
    m_today = today;
    update();
}

QDate GanttChart::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

GanttChart::Geometry GanttChart::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    g.rowHeight = fm.height() + 14;
    g.headerHeight = 2 * fm.height() + 12;
    int widest = fm.horizontalAdvance(tr("(unnamed)"));
    for (const Phase &p : m_phases)
        widest = qMax(widest, fm.horizontalAdvance(p.name));
    g.labelWidth = qMin(widest + 2 * kChartMargin + 16, qMax(120, width() / 3));

    for (const Phase &p : m_phases) {
        if (!p.start.isValid())
            continue;
        if (!g.first.isValid() || p.start < g.first)
            g.first = p.start;
        if (!g.last.isValid() || p.end() > g.last)
            g.last = p.end();
    }
    if (!g.first.isValid())
        return g;
    const QDate now = today();
    if (now >= g.first.addDays(-kTodayReach) && now <= g.last.addDays(kTodayReach)) {
        g.first = qMin(g.first, now);
        g.last = qMax(g.last, now);
    }
    g.first = g.first.addDays(-2);
    g.last = g.last.addDays(3);
    const double days = double(g.first.daysTo(g.last) + 1);
    g.dayWidth = qMax(1.0, (width() - g.labelWidth - 2 * kChartMargin) / days);
    return g;
}

double GanttChart::xOf(const Geometry &g, QDate date) const
{
    return g.labelWidth + kChartMargin + g.first.daysTo(date) * g.dayWidth;
}

int GanttChart::rowTop(const Geometry &g, int row) const
{
    return g.headerHeight + row * g.rowHeight;
}

QRect GanttChart::barRect(qint64 id) const
{
    const Geometry g = geometry();
    for (int row = 0; row < m_phases.size(); ++row) {
        const Phase &p = m_phases.at(row);
        if (p.id != id)
            continue;
        if (!p.start.isValid() || !g.first.isValid())
            return QRect();
        const double x0 = xOf(g, p.start);
        const double x1 = xOf(g, p.end().addDays(1));
        return QRectF(x0, rowTop(g, row) + 5, qMax(3.0, x1 - x0), g.rowHeight - 10).toRect();
    }
    return QRect();
}

qint64 GanttChart::phaseAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (pos.y() < g.headerHeight)
        return 0;
    const int row = (pos.y() - g.headerHeight) / g.rowHeight;
    if (row < 0 || row >= m_phases.size())
        return 0;
    return m_phases.at(row).id;
}

QSize GanttChart::sizeHint() const
{
    return QSize(640, minimumSizeHint().height());
}

QSize GanttChart::minimumSizeHint() const
{
    // Every row stays visible: a scroll area around the chart scrolls.
    const Geometry g = geometry();
    const int rows = int(qMax<qsizetype>(m_phases.size(), 2));
    return QSize(g.labelWidth + 160,
                 g.headerHeight + rows * g.rowHeight + fontMetrics().height() + 2 * kChartMargin);
}

void GanttChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void GanttChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const Geometry g = geometry();
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    QColor gridColor = pal.color(QPalette::Text);
    gridColor.setAlpha(28);
    QColor weekendColor = pal.color(QPalette::Text);
    weekendColor.setAlpha(10);

    if (m_phases.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No phases yet. Add one in the table above."));
        return;
    }

    // Rows: alternating background, selection, label with status dot.
    for (int row = 0; row < m_phases.size(); ++row) {
        const Phase &phase = m_phases.at(row);
        const QRect rowRect(0, rowTop(g, row), width(), g.rowHeight);
        if (phase.id == m_selectedId) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlpha(40);
            p.fillRect(rowRect, highlight);
        } else if (row % 2 == 1) {
            p.fillRect(rowRect, pal.alternateBase());
        }
        const QColor status = PlanColors::phaseStatus(phase.status);
        p.setPen(Qt::NoPen);
        p.setBrush(status);
        p.drawEllipse(QPointF(kChartMargin + 5, rowRect.center().y() + 0.5), 4, 4);
        p.setPen(pal.color(QPalette::Text));
        const QString name = phase.name.trimmed().isEmpty() ? tr("(unnamed)") : phase.name;
        const QRect labelRect(kChartMargin + 14, rowRect.top(), g.labelWidth - kChartMargin - 18,
                              g.rowHeight);
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(name, Qt::ElideRight, labelRect.width()));
    }
    p.setPen(gridColor);
    p.drawLine(g.labelWidth, 0, g.labelWidth, height());

    if (!g.first.isValid()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(g.labelWidth, 0, width() - g.labelWidth, g.headerHeight), Qt::AlignCenter,
                   tr("Give the phases start dates to see them on the timeline."));
        return;
    }

    // Day grid: weekends shaded, ticks with labels spaced so that they fit.
    const int labelWidth = fm.horizontalAdvance(u"88"_s) + 8;
    int step = 1;
    for (int candidate : {1, 2, 7, 14, 28}) {
        step = candidate;
        if (candidate * g.dayWidth >= labelWidth)
            break;
    }
    const int chartBottom = rowTop(g, int(m_phases.size()));
    const int axisY = g.headerHeight - 4;
    for (QDate d = g.first; d <= g.last; d = d.addDays(1)) {
        const double x = xOf(g, d);
        if (d.dayOfWeek() >= 6 && g.dayWidth >= 4)
            p.fillRect(QRectF(x, g.headerHeight, g.dayWidth, chartBottom - g.headerHeight),
                       weekendColor);
        const bool tick = step == 1 || (step < 7 && d.day() % step == 1)
                          || (step >= 7 && d.dayOfWeek() == 1
                              && (step == 7 || (g.first.daysTo(d) / 7) % (step / 7) == 0));
        // A month label at each month start, and at the left edge when the
        // next month start leaves room for it.
        const QDate nextMonth = QDate(d.year(), d.month(), 1).addMonths(1);
        const bool roomForEdgeLabel
                = d.daysTo(nextMonth) * g.dayWidth
                  >= fm.horizontalAdvance(locale.toString(d, u"MMM yyyy"_s)) * 1.2 + 12;
        if (d.day() == 1 || (d == g.first && roomForEdgeLabel)) {
            p.setPen(pal.color(QPalette::Text));
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(QPointF(x + 3, fm.ascent() + 4), locale.toString(d, u"MMM yyyy"_s));
            p.setFont(font());
            p.setPen(gridColor.darker(150));
            p.drawLine(QPointF(x, 2), QPointF(x, chartBottom));
        }
        if (tick) {
            p.setPen(gridColor);
            p.drawLine(QPointF(x, axisY - 2), QPointF(x, chartBottom));
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRectF(x + 2, axisY - fm.height() - 2, labelWidth, fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, QString::number(d.day()));
        }
    }
    p.setPen(gridColor);
    p.drawLine(QPointF(g.labelWidth, g.headerHeight), QPointF(width(), g.headerHeight));

    // Dependency arrows, under the bars.
    for (int row = 0; row < m_phases.size(); ++row) {
        const Phase &phase = m_phases.at(row);
        if (!phase.start.isValid())
            continue;
        for (qint64 depId : phase.dependsOn) {
            int depRow = -1;
            for (int i = 0; i < m_phases.size(); ++i) {
                if (m_phases.at(i).id == depId)
                    depRow = i;
            }
            if (depRow < 0 || !m_phases.at(depRow).start.isValid())
                continue;
            const Phase &dep = m_phases.at(depRow);
            const bool conflict = phase.start <= dep.end();
            const QColor color
                    = conflict ? QColor(0xd6, 0x45, 0x45) : pal.color(QPalette::Text).lighter(160);
            const double sx = xOf(g, dep.end().addDays(1));
            const double sy = rowTop(g, depRow) + g.rowHeight / 2.0;
            const double tx = xOf(g, phase.start);
            const double ty = rowTop(g, row) + g.rowHeight / 2.0;
            QPainterPath path(QPointF(sx, sy));
            path.lineTo(sx + 6, sy);
            if (tx - 8 >= sx + 6) {
                path.lineTo(sx + 6, ty);
            } else {
                const double midY = row > depRow ? rowTop(g, row) : rowTop(g, row) + g.rowHeight;
                path.lineTo(sx + 6, midY);
                path.lineTo(tx - 8, midY);
                path.lineTo(tx - 8, ty);
            }
            path.lineTo(tx - 1, ty);
            p.setPen(QPen(color, 1.4));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawPolygon(
                    QPolygonF({QPointF(tx, ty), QPointF(tx - 6, ty - 4), QPointF(tx - 6, ty + 4)}));
        }
    }

    // Bars.
    for (int row = 0; row < m_phases.size(); ++row) {
        const Phase &phase = m_phases.at(row);
        const QRect bar = barRect(phase.id);
        if (bar.isEmpty()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            QFont italic = font();
            italic.setItalic(true);
            p.setFont(italic);
            p.drawText(QRect(g.labelWidth + kChartMargin, rowTop(g, row), width(), g.rowHeight),
                       Qt::AlignVCenter | Qt::AlignLeft, tr("No start date"));
            p.setFont(font());
            continue;
        }
        const QColor color = PlanColors::phaseStatus(phase.status);
        p.setPen(phase.id == m_selectedId ? QPen(pal.color(QPalette::Highlight), 2)
                                          : QPen(color.darker(120), 1));
        p.setBrush(color);
        p.drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        const QString days = //: Duration on a Gantt bar, "d" for days
                tr("%1 d").arg(phase.durationDays);
        if (fm.horizontalAdvance(days) + 10 <= bar.width()) {
            p.setPen(Qt::white);
            p.drawText(bar, Qt::AlignCenter, days);
        }
    }

    // Today.
    if (const QDate now = today(); now >= g.first && now <= g.last) {
        const double x = xOf(g, now) + g.dayWidth / 2;
        const QColor red(0xd6, 0x45, 0x45);
        p.setPen(QPen(red, 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, g.headerHeight - 2), QPointF(x, chartBottom));
        const QString text = tr("Today");
        // Below the last row, where it hides no day number.
        const QRectF tag(x - fm.horizontalAdvance(text) / 2.0 - 4, chartBottom + 2,
                         fm.horizontalAdvance(text) + 8, fm.height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(red);
        p.drawRoundedRect(tag, 3, 3);
        p.setPen(Qt::white);
        p.drawText(tag, Qt::AlignCenter, text);
    }
}

QString GanttChart::toolTipFor(const Phase &phase) const
{
    const QLocale locale;
    QStringList lines;
    lines.append(u"<b>%1</b>"_s.arg(
            (phase.name.trimmed().isEmpty() ? tr("(unnamed)") : phase.name).toHtmlEscaped()));
    if (phase.start.isValid()) {
        lines.append(tr("%1 – %2, days: %3")
                             .arg(locale.toString(phase.start, QLocale::ShortFormat),
                                  locale.toString(phase.end(), QLocale::ShortFormat))
                             .arg(phase.durationDays));
    } else {
        lines.append(tr("No start date"));
    }
    lines.append(tr("Status: %1").arg(PlanLabels::label(phase.status)));
    QStringList deps;
    for (qint64 id : phase.dependsOn) {
        for (const Phase &other : m_phases) {
            if (other.id == id)
                deps.append(other.name.toHtmlEscaped());
        }
    }
    if (!deps.isEmpty())
        lines.append(tr("After: %1").arg(deps.join(u", "_s)));
    return lines.join(u"<br>"_s);
}

bool GanttChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = phaseAt(help->pos());
        for (const Phase &phase : std::as_const(m_phases)) {
            if (phase.id == id) {
                QToolTip::showText(help->globalPos(), toolTipFor(phase), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void GanttChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const qint64 id = phaseAt(event->position().toPoint());
        if (id != 0) {
            setSelectedId(id);
            Q_EMIT phaseClicked(id);
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace Cutover
