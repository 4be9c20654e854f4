#include "ui/metrics/tagbreakdownchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

qint64 weight(const ChartData::TagFigures &tag)
{
    qint64 n = 0;
    for (const Stats::Estimate &e : tag.perVariant)
        n += e.n;
    return n;
}

} // namespace

TagBreakdownChart::TagBreakdownChart(QWidget *parent)
    : MetricsChartView(tr("By case tag"), parent)
{
    setObjectName(u"tagBreakdownChart"_s);
    setEmptyMessage(tr("No tagged cases. Give cases tags in Cases to see figures per tag."));
}

void TagBreakdownChart::setData(const QStringList &variantNames,
                                const QList<ChartData::TagFigures> &tags, const QString &valueTitle)
{
    clearChart();
    m_tags.clear();
    QList<ChartData::TagFigures> sorted = tags;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return weight(a) > weight(b); });
    if (sorted.size() > kMaxTags)
        sorted.resize(kMaxTags);
    // Horizontal bars are drawn bottom-up: reverse so the biggest tag is on top.
    std::reverse(sorted.begin(), sorted.end());
    m_figures = sorted;
    if (sorted.isEmpty() || variantNames.isEmpty()) {
        setEmptyMessage(tr("No tagged cases. Give cases tags in Cases to see figures per tag."));
        return;
    }

    auto *series = new QHorizontalBarSeries;
    double top = 0.0;
    for (qsizetype v = 0; v < variantNames.size(); ++v) {
        auto *set = new QBarSet(variantNames.at(v));
        set->setColor(ChartData::variantColor(int(v)));
        for (const ChartData::TagFigures &tag : std::as_const(sorted)) {
            const Stats::Estimate e
                    = v < tag.perVariant.size() ? tag.perVariant.at(v) : Stats::Estimate();
            const double value = std::isfinite(e.value) ? e.value : 0.0;
            top = std::max(top, value);
            set->append(value);
        }
        series->append(set);
    }
    for (const ChartData::TagFigures &tag : std::as_const(sorted))
        m_tags.append(tag.tag);

    connect(series, &QHorizontalBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const auto *bars = qobject_cast<QHorizontalBarSeries *>(sender());
        const int variant = bars ? int(bars->barSets().indexOf(set)) : -1;
        if (index < 0 || index >= m_figures.size() || variant < 0
            || variant >= m_figures.at(index).perVariant.size())
            return;
        const Stats::Estimate &e = m_figures.at(index).perVariant.at(variant);
        const QString text = e.hasInterval() ? tr("%1, %2: %3 [%4, %5], n = %6")
                                                       .arg(m_figures.at(index).tag, set->label())
                                                       .arg(e.value, 0, 'f', 1)
                                                       .arg(e.low, 0, 'f', 1)
                                                       .arg(e.high, 0, 'f', 1)
                                                       .arg(e.n)
                                             : tr("%1, %2: not enough data (n = %3)")
                                                       .arg(m_figures.at(index).tag, set->label())
                                                       .arg(e.n);
        QToolTip::showText(QCursor::pos(), text, this);
    });

    chart()->addSeries(series);
    auto *y = new QBarCategoryAxis;
    QStringList labels;
    for (const ChartData::TagFigures &tag : std::as_const(sorted))
        labels.append(tr("%1 (n = %2)").arg(tag.tag).arg(weight(tag)));
    y->append(labels);
    auto *x = new QValueAxis;
    x->setTitleText(valueTitle);
    setNiceRange(x, 0.0, top > 0.0 ? top : 1.0);
    x->setLabelFormat(u"%g"_s);
    chart()->addAxis(y, Qt::AlignLeft);
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    setEmptyMessage(QString());
}

} // namespace Cutover
