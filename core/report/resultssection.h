#pragma once

#include "core/metrics/runmetrics.h"
#include "core/plan/plan.h"
#include "core/report/resultscharts.h"

#include <QList>
#include <QString>

// The plan report's Results section: the summary table with intervals, the
// objectives' verdicts, paired tests, the charts and the answers that
// disagree most.
namespace Cutover::ResultsSection {

// Answers in the disagreement table are cut after this many characters.
inline constexpr qsizetype kMaxAnswerChars = 700;

struct Section
{
    QString html;                              // chart places are ReportHtml::marker(kind, index)
    ReportCharts::LatencyDistribution latency; // ReportChartObject::LatencyDistribution, index 0
    QList<ReportCharts::IntervalBars> bars;    // ReportChartObject::IntervalBars, by index
};

Section build(const Metrics::RunComparison &comparison, const Plan &plan, int sectionNumber);

// The answer as HTML: escaped, cut after `maxChars` with a note of the full
// length, words longer than 40 characters breakable.
QString answerHtml(const QString &text, qsizetype maxChars = kMaxAnswerChars);

} // namespace Cutover::ResultsSection
