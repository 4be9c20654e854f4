#pragma once

#include "ui/metrics/chartdata.h"
#include "ui/metrics/metricschartview.h"

#include <QList>
#include <QStringList>

namespace Cutover {

// A figure (pass rate) per case tag, one bar per variant, tags as rows.
// The tags with the most results come first; at most kMaxTags are drawn.
class TagBreakdownChart final : public MetricsChartView
{
    Q_OBJECT

public:
    static constexpr int kMaxTags = 12;

    explicit TagBreakdownChart(QWidget *parent = nullptr);

    // Values are drawn as given (e.g. percent); the interval shows in the
    // bar's tooltip.
    void setData(const QStringList &variantNames, const QList<ChartData::TagFigures> &tags,
                 const QString &valueTitle);

    QStringList drawnTags() const { return m_tags; }

private:
    QStringList m_tags;
    QList<ChartData::TagFigures> m_figures;
};

} // namespace Cutover
