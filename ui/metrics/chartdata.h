#pragma once

#include "core/stats/estimate.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

// Plain data the Metrics pane's charts draw. The charts know nothing of SQL
// or of how the figures were computed; the pane fills these from a
// Metrics::RunComparison.
namespace Cutover::ChartData {

// A plan target drawn as a line, in the chart's units.
struct Threshold
{
    QString label; // "p95 latency ≤ 2 s"
    double value = 0.0;
};

// Raw observations of one variant (e.g. latencies in seconds).
struct VariantValues
{
    QString name;
    QList<double> values;
};

// Points of one variant sorted by x (e.g. seconds since the run started,
// latency in seconds).
struct VariantPoints
{
    QString name;
    QList<QPointF> points;
};

// One figure with its interval, under a category label.
struct LabelledEstimate
{
    QString label;
    Stats::Estimate estimate;
};

// Paired outcomes of one kind (ratings, assertions): wins are the
// candidate's.
struct WinTieLoss
{
    QString label;
    qint64 wins = 0;
    qint64 ties = 0;
    qint64 losses = 0;
    qint64 total() const { return wins + ties + losses; }
};

// A case tag with one figure per variant (in the order of the variant names).
struct TagFigures
{
    QString tag;
    QList<Stats::Estimate> perVariant;
};

// The colour of the i-th variant (0 = baseline, 1 = candidate, ...), the
// same in every chart.
QColor variantColor(int index);
// The colour of plan thresholds.
QColor thresholdColor();

} // namespace Cutover::ChartData
