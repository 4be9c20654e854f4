#include "ui/metrics/wintielosschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalPercentBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Cutover {

WinTieLossChart::WinTieLossChart(QWidget *parent)
    : MetricsChartView(tr("Win / tie / loss"), parent)
{
    setObjectName(u"winTieLossChart"_s);
    setEmptyMessage(tr("No paired results yet. Rate answers in Results, or give the cases "
                       "assertions."));
}

void WinTieLossChart::setData(const QList<ChartData::WinTieLoss> &rows)
{
    clearChart();
    m_rows = 0;
    QStringList categories;
    auto *wins = new QBarSet(tr("Candidate better"));
    auto *ties = new QBarSet(tr("Tie"));
    auto *losses = new QBarSet(tr("Baseline better"));
    wins->setColor(ChartData::variantColor(1));
    ties->setColor(QColor(0xbb, 0xbb, 0xbb));
    losses->setColor(ChartData::variantColor(0));
    for (const ChartData::WinTieLoss &row : rows) {
        if (row.total() == 0)
            continue;
        categories.append(tr("%1 (n = %2)").arg(row.label).arg(row.total()));
        wins->append(double(row.wins));
        ties->append(double(row.ties));
        losses->append(double(row.losses));
        ++m_rows;
    }
    if (m_rows == 0) {
        delete wins;
        delete ties;
        delete losses;
        setEmptyMessage(tr("No paired results yet. Rate answers in Results, or give the cases "
                           "assertions."));
        return;
    }
    auto *series = new QHorizontalPercentBarSeries;
    series->append({wins, ties, losses});
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(3);
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(u"%.0f %%"_s);
    chart()->addAxis(y, Qt::AlignLeft);
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    setEmptyMessage(QString());
}

} // namespace Cutover
