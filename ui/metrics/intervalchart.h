#pragma once

#include "ui/metrics/chartdata.h"
#include "ui/metrics/metricschartview.h"

#include <QList>

#include <limits>

namespace Cutover {

// Figures with their intervals side by side (pass rate per variant, cost
// per 1,000 requests per variant): a dot for the value and an error bar
// from low to high, plan thresholds as horizontal lines. A figure without
// enough data shows as a hollow dot without a bar and says so in its label.
class IntervalChart final : public MetricsChartView
{
    Q_OBJECT

public:
    IntervalChart(const QString &title, const QString &valueTitle, QWidget *parent = nullptr);

    // The value axis never goes beyond [floor, ceiling] (e.g. 0..100 %).
    void setValueLimits(double floor, double ceiling);
    // printf-style format of the value axis labels ("%.1f").
    void setLabelFormat(const QString &format);

    void setData(const QList<ChartData::LabelledEstimate> &figures,
                 const QList<ChartData::Threshold> &thresholds);

    int barCount() const { return m_bars; } // error bars drawn

private:
    QString m_valueTitle;
    QString m_labelFormat = QStringLiteral("%.2f");
    double m_floor = -std::numeric_limits<double>::infinity();
    double m_ceiling = std::numeric_limits<double>::infinity();
    int m_bars = 0;
};

} // namespace Cutover
