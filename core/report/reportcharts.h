#pragma once

#include "core/plan/plan.h"
#include "core/report/resultscharts.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

class QPainter;
class QRectF;

namespace Cutover {

// The report's charts, painted as vector graphics with QPainter. Sizes are
// in device pixels; `unit` is the number of device pixels per typographic
// point (logicalDpi / 72), so the charts look the same at any resolution.
namespace ReportCharts {

// A Gantt chart of `rows` (a slice of the plan's phases, in plan order) on
// a shared date axis [first, last]. Dependency arrows are drawn between
// phases of the same slice; `all` gives the phases the arrows may refer to.
struct GanttSlice
{
    QList<Phase> rows;
    QDate first; // a Monday
    QDate last;  // a Sunday
};

// Phases per chart: a taller chart would not fit on an A4 page.
inline constexpr int kGanttRowsPerChart = 24;

// Slices the phases into charts sharing one date axis; empty when no phase
// has a start date.
QList<GanttSlice> ganttSlices(const QList<Phase> &phases);

qreal ganttHeight(const GanttSlice &slice, qreal unit);
void paintGantt(QPainter *painter, const QRectF &rect, const GanttSlice &slice, qreal unit);

// The 5x5 likelihood x impact heat map. `risks` in the order of the risk
// table: a cell shows the 1-based table numbers of the risks it holds.
qreal riskMatrixHeight(qreal unit);
void paintRiskMatrix(QPainter *painter, const QRectF &rect, const QList<Risk> &risks, qreal unit);

} // namespace ReportCharts

// Lets a QTextDocument hold the charts as inline objects: the document asks
// for their size while laying out and has them paint themselves while
// drawing, straight onto the PDF painter.
class ReportChartObject final
    : public QObject
    , public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    enum Kind { Gantt = 1, RiskMatrix = 2, LatencyDistribution = 3, IntervalBars = 4 };
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kKindProperty = QTextFormat::UserProperty + 1;
    static constexpr int kIndexProperty = QTextFormat::UserProperty + 2;

    ReportChartObject(QList<ReportCharts::GanttSlice> gantt, QList<Risk> sortedRisks, qreal width,
                      QObject *parent = nullptr);

    QTextCharFormat format(Kind kind, int index = 0) const;

    // The Results section's charts (resultscharts.h); IntervalBars index
    // into `bars`.
    void setResultsCharts(ReportCharts::LatencyDistribution latency,
                          QList<ReportCharts::IntervalBars> bars);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    static qreal unitOf(QTextDocument *doc);

    QList<ReportCharts::GanttSlice> m_gantt;
    QList<Risk> m_risks;
    qreal m_width;
    ReportCharts::LatencyDistribution m_latency;
    QList<ReportCharts::IntervalBars> m_bars;
};

} // namespace Cutover
