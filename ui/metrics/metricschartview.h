#pragma once

#include "core/util/result.h"

#include <QChartView>
#include <QImage>
#include <QString>

class QAction;
class QLineSeries;
class QValueAxis;

namespace Cutover {

// Base of the Metrics pane's charts: a QChartView with a message drawn
// instead of the chart while there is nothing to show ("Not enough data"),
// and export as PNG or SVG (context menu, or the functions below).
class MetricsChartView : public QChartView
{
    Q_OBJECT

public:
    explicit MetricsChartView(const QString &title, QWidget *parent = nullptr);

    QString title() const;

    // Shown over an empty plot area; empty to show the chart.
    void setEmptyMessage(const QString &message);
    QString emptyMessage() const { return m_emptyMessage; }

    // The chart as rendered now (at `size`, default the widget's size).
    QImage toImage(QSize size = QSize()) const;
    Result<void> exportPng(const QString &path, QSize size = QSize()) const;
    Result<void> exportSvg(const QString &path, QSize size = QSize()) const;

    // Ask for a file name, then export (the format follows the action).
    void exportInteractively(bool svg);

    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportSvgAction() const { return m_exportSvg; }
    QAction *copyImageAction() const { return m_copyImage; }

    // A file name for exports: the title, lower case, without characters
    // file systems dislike ("latency-over-time").
    QString fileBaseName() const;

    // Total points in the chart's XY series (what is drawn), for tests and
    // benchmarks.
    qsizetype drawnPointCount() const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

    // Sets axis to cover [low, high] (clamped to [floor, ceiling]) with
    // ticks every 1, 2, 2.5 or 5 times a power of ten, about `ticks` of them.
    static void setNiceRange(QValueAxis *axis, double low, double high, int ticks = 5,
                             double floor = -qInf(), double ceiling = qInf());

    // Removes every series and axis.
    void clearChart();
    // A dashed line series for a plan threshold (not yet added to the chart).
    QLineSeries *makeThresholdSeries(const QString &label);

private:
    void render(QPainter *painter, QSize size) const;

    QString m_emptyMessage;
    QAction *m_exportPng;
    QAction *m_exportSvg;
    QAction *m_copyImage;
};

} // namespace Cutover
