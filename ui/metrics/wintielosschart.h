#pragma once

#include "ui/metrics/chartdata.h"
#include "ui/metrics/metricschartview.h"

#include <QList>

namespace Cutover {

// Paired outcomes over the same cases, one horizontal 100 % bar per kind
// (ratings, assertions): candidate better, tie, baseline better, with the
// counts in the bars' labels.
class WinTieLossChart final : public MetricsChartView
{
    Q_OBJECT

public:
    explicit WinTieLossChart(QWidget *parent = nullptr);

    void setData(const QList<ChartData::WinTieLoss> &rows);

    qsizetype rowCount() const { return m_rows; }

private:
    qsizetype m_rows = 0;
};

} // namespace Cutover
