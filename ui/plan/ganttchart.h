#pragma once

#include "core/plan/plan.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace Cutover {

// The phases on a date axis: one row per phase, a bar from start to end
// coloured by status, arrows from each dependency's end to the dependent's
// start (red when the phase starts too early), a line at today, tooltips.
// Clicking a bar emits phaseClicked().
class GanttChart final : public QWidget
{
    Q_OBJECT

public:
    explicit GanttChart(QWidget *parent = nullptr);

    void setPhases(const QList<Phase> &phases);
    void setSelectedId(qint64 id);
    qint64 selectedId() const { return m_selectedId; }
    // The date of the "today" line: the current date unless fixed here
    // (an invalid date goes back to the current date).
    void setToday(QDate today);
    QDate today() const;

    // Where the phase's bar is drawn (empty when it has no start date).
    QRect barRect(qint64 id) const;
    qint64 phaseAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void phaseClicked(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        int labelWidth = 0;
        int headerHeight = 0;
        int rowHeight = 0;
        QDate first;
        QDate last;
        double dayWidth = 0;
    };

    Geometry geometry() const;
    double xOf(const Geometry &g, QDate date) const;
    int rowTop(const Geometry &g, int row) const;
    QString toolTipFor(const Phase &phase) const;

    QList<Phase> m_phases;
    qint64 m_selectedId = 0;
    QDate m_today; // fixed "today", invalid for the current date
};

} // namespace Cutover
