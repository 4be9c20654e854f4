#include "core/report/resultssection.h"

#include "core/metrics/metricsformat.h"
#include "core/plan/planlabels.h"
#include "core/report/reportcharts.h"
#include "core/report/reporthtml_p.h"
#include "core/report/reportstyle.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::ResultsSection {
namespace {

using namespace ReportHtml;
namespace Format = Metrics::Format;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Report)
};

constexpr qsizetype kMaxWord = 40;
constexpr qsizetype kMaxTags = 30;

QString side(const Metrics::VariantMetrics &v)
{
    return Tr::tr("%1 (run %2)").arg(v.endpoint).arg(v.runId);
}

QString summaryTable(const Metrics::RunComparison &c)
{
    const Metrics::VariantMetrics &b = c.baseline;
    const Metrics::VariantMetrics &k = c.candidate;
    const Metrics::PairedMetrics &p = c.paired;
    QString html = tableStart(
            {Tr::tr("Figure"), Tr::tr("Baseline"), Tr::tr("Candidate"), Tr::tr("Change")},
            {22, 26, 26, 26}, false);
    const auto row = [&](const QString &name, const QString &base, const QString &cand,
                         const QString &change) {
        html += u"<tr>"_s + cell(u"<b>%1</b>"_s.arg(esc(name))) + cell(esc(base)) + cell(esc(cand))
                + cell(change.isEmpty() ? none() : esc(change)) + u"</tr>"_s;
    };
    row(Tr::tr("Results"), Tr::tr("%1 (%2 ok)").arg(b.results).arg(b.ok),
        Tr::tr("%1 (%2 ok)").arg(k.results).arg(k.ok), QString());
    row(Tr::tr("Pass rate"), Format::percent(b.passRate), Format::percent(k.passRate),
        Format::figure(p.passRateChangePoints, 1, Tr::tr("points")));
    row(Tr::tr("Error rate"), Format::percent(b.errorRate), Format::percent(k.errorRate),
        QString());
    row(Tr::tr("Incomplete rate"), Format::percent(b.incompleteRate),
        Format::percent(k.incompleteRate), QString());
    row(Tr::tr("Latency p50"), Format::seconds(b.latency.p50), Format::seconds(k.latency.p50),
        Format::figure(p.latencyP50ChangePercent, 1, u"%"_s));
    row(Tr::tr("Latency p95"), Format::seconds(b.latency.p95), Format::seconds(k.latency.p95),
        Format::figure(p.latencyP95ChangePercent, 1, u"%"_s));
    row(Tr::tr("Latency p99"), Format::seconds(b.latency.p99), Format::seconds(k.latency.p99),
        QString());
    row(Tr::tr("First token p95"), Format::seconds(b.ttft.p95), Format::seconds(k.ttft.p95),
        QString());
    row(Tr::tr("Output tokens (mean)"), Format::figure(b.outputTokens, 1),
        Format::figure(k.outputTokens, 1), QString());
    row(Tr::tr("Cost per 1,000 requests"), Format::figure(b.costPer1k, 4),
        Format::figure(k.costPer1k, 4), Format::figure(p.costChangePercent, 1, u"%"_s));
    return html + tableEnd();
}

QString verdictsTable(const Metrics::RunComparison &c)
{
    if (c.verdicts.isEmpty())
        return emptyNote(Tr::tr("The plan has no objective with a measurable target."));
    QString html = tableStart(
            {Tr::tr("Objective"), Tr::tr("Target"), Tr::tr("Measured"), Tr::tr("Verdict")},
            {28, 28, 28, 16}, false);
    for (const Metrics::ObjectiveVerdict &v : c.verdicts) {
        const QString title = v.title.trimmed().isEmpty() ? Tr::tr("(untitled)") : v.title;
        QString measured;
        QString verdict;
        if (v.verdict) {
            measured = esc(Format::figure(v.verdict->interval, 3, Format::verdictUnit(v.target)));
            verdict = u"<span style=\"color:%1; font-weight:600\">%2</span>"_s.arg(
                    colorName(ReportStyle::verdictColor(v.verdict->outcome)),
                    esc(Stats::verdictLabel(v.verdict->outcome)));
        } else {
            measured = muted(esc(v.notJudgedReason));
            verdict = muted(esc(Tr::tr("Not judged")));
        }
        html += u"<tr>"_s + cell(u"<b>%1</b>"_s.arg(esc(title)))
                + cell(esc(PlanLabels::describe(v.target))) + cell(measured) + cell(verdict)
                + u"</tr>"_s;
    }
    return html + tableEnd();
}

QString pairedTable(const Metrics::RunComparison &c)
{
    const Metrics::PairedMetrics &p = c.paired;
    QString html = tableStart({Tr::tr("Paired test"), Tr::tr("Result")}, {30, 70}, false);
    const auto row = [&](const QString &name, const QString &value) {
        html += u"<tr>"_s + cell(esc(name)) + cell(esc(value)) + u"</tr>"_s;
    };
    row(Tr::tr("Assertions (win/tie/loss)"), Format::winTieLoss(p.assertions));
    if (p.hasRatings)
        row(Tr::tr("Ratings (win/tie/loss)"), Format::winTieLoss(p.ratings));
    row(Tr::tr("Pass/fail (McNemar)"),
        Tr::tr("%1 only baseline passed, %2 only candidate passed; %3")
                .arg(p.passCounts.baselineOnly)
                .arg(p.passCounts.candidateOnly)
                .arg(Format::pValue(p.mcnemar)));
    row(Tr::tr("Latency (Welch)"),
        Tr::tr("%1; mean difference %2")
                .arg(Format::pValue(p.latencyWelch),
                     Format::figure(Stats::scaled(p.latencyMeanDifferenceMs, 0.001), 3, u"s"_s)));
    row(Tr::tr("Latency (Mann–Whitney)"), Format::pValue(p.latencyMannWhitney));
    row(Tr::tr("Latency effect size"),
        Tr::tr("Hedges' g %1, rank-biserial %2")
                .arg(Format::number(p.latencyEffect.hedgesG, 2),
                     Format::number(p.latencyEffect.rankBiserial, 2)));
    return html + tableEnd();
}

QString tagsTable(const Metrics::RunComparison &c)
{
    QString html = tableStart({Tr::tr("Tag"), Tr::tr("Cases"), Tr::tr("Baseline pass rate"),
                               Tr::tr("Candidate pass rate")},
                              {28, 12, 30, 30}, false);
    for (qsizetype i = 0; i < c.byTag.size() && i < kMaxTags; ++i) {
        const Metrics::TagBreakdown &t = c.byTag.at(i);
        html += u"<tr>"_s + cell(esc(t.tag)) + cell(QString::number(t.cases))
                + cell(esc(Format::percent(t.baselinePassRate)))
                + cell(esc(Format::percent(t.candidatePassRate))) + u"</tr>"_s;
    }
    html += tableEnd();
    if (c.byTag.size() > kMaxTags)
        html += emptyNote(Tr::tr("%1 more tags are not shown.").arg(c.byTag.size() - kMaxTags));
    return html;
}

QString statusText(CallStatus status)
{
    switch (status) {
    case CallStatus::Ok:
        return QString();
    case CallStatus::Error:
        return Tr::tr("error");
    case CallStatus::Incomplete:
        return Tr::tr("incomplete");
    case CallStatus::Cancelled:
        return Tr::tr("cancelled");
    }
    return QString();
}

QString passText(const std::optional<bool> &passed)
{
    if (!passed)
        return QString();
    return *passed ? Tr::tr("passed") : Tr::tr("failed");
}

QString disagreements(const Metrics::RunComparison &c)
{
    if (c.topDisagreements.isEmpty())
        return emptyNote(Tr::tr("The two variants agree on every paired answer."));
    QString html;
    for (const Metrics::Disagreement &d : c.topDisagreements) {
        QStringList facts{Metrics::describeReasons(d.reasons)};
        if (d.rating)
            facts.append(d.rating == Rating::BaselineBetter    ? Tr::tr("rated: baseline better")
                         : d.rating == Rating::CandidateBetter ? Tr::tr("rated: candidate better")
                         : d.rating == Rating::Tie             ? Tr::tr("rated: tie")
                                                               : Tr::tr("rated: both bad"));
        if (d.baselineStatus == CallStatus::Ok && d.candidateStatus == CallStatus::Ok)
            facts.append(Tr::tr("similarity %1").arg(Format::number(d.similarity, 2)));
        const auto header
                = [&](const QString &who, CallStatus status, const std::optional<bool> &passed) {
                      QStringList parts{who};
                      if (const QString s = statusText(status); !s.isEmpty())
                          parts.append(s);
                      if (const QString p = passText(passed); !p.isEmpty())
                          parts.append(p);
                      return parts.join(u" · "_s);
                  };
        // One table per cell, its title a row of its own and no repeated
        // header (a header row repeated at the top of a page overlaps the
        // text above a table that starts at the foot of the previous one).
        const QString headerCell
                = u"<td width=\"50%\" bgcolor=\"%1\" style=\"font-size:8.5pt; font-weight:600; "
                  "color:%2\">%3</td>"_s;
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                "style=\"border-collapse:collapse; border-color:%1; border-style:solid; "
                "margin-top:8px; margin-bottom:4px\">"_s.arg(colorName(ReportStyle::rule()));
        html += u"<tr><td colspan=\"2\" style=\"border-style:none\"><b>%1</b> %2</td></tr>"_s.arg(
                esc(Tr::tr("Case %1, repeat %2").arg(d.caseId).arg(d.repeat + 1)),
                //: Joins the facts about one disagreement ("texts differ; similarity 0.05")
                muted(esc(u"— "_s + facts.join(Tr::tr("; ")))));
        html += u"<tr>"_s
                + headerCell.arg(
                        colorName(ReportStyle::headerFill()), colorName(ReportStyle::accent()),
                        esc(header(Tr::tr("Baseline"), d.baselineStatus, d.baselinePassed)))
                + headerCell.arg(
                        colorName(ReportStyle::headerFill()), colorName(ReportStyle::accent()),
                        esc(header(Tr::tr("Candidate"), d.candidateStatus, d.candidatePassed)))
                + u"</tr>"_s;
        html += u"<tr>"_s
                + cell(u"<span style=\"font-size:8pt\">%1</span>"_s.arg(answerHtml(d.baselineText)))
                + cell(u"<span style=\"font-size:8pt\">%1</span>"_s.arg(
                        answerHtml(d.candidateText)))
                + u"</tr>"_s;
        html += u"</table>"_s;
    }
    return html;
}

// The first objective with an absolute target on `metrics`, if any.
const Target *absoluteTarget(const Plan &plan, std::initializer_list<TargetMetric> metrics)
{
    for (const Objective &o : plan.objectives) {
        if (!o.target || o.target->reference != TargetReference::Absolute)
            continue;
        for (TargetMetric m : metrics) {
            if (o.target->metric == m)
                return &*o.target;
        }
    }
    return nullptr;
}

} // namespace

QString answerHtml(const QString &text, qsizetype maxChars)
{
    if (text.isEmpty())
        return muted(esc(Tr::tr("(empty)")));
    QString shown = text.size() > maxChars ? text.left(maxChars) : text;
    // Break words too long for a table column.
    QString broken;
    broken.reserve(shown.size() + shown.size() / kMaxWord);
    qsizetype run = 0;
    for (const QChar ch : std::as_const(shown)) {
        broken += ch;
        run = ch.isSpace() ? 0 : run + 1;
        if (run >= kMaxWord) {
            broken += QChar(0x200B); // zero-width space: a line may break here
            run = 0;
        }
    }
    QString html = esc(broken);
    if (text.size() > maxChars)
        html += u" "_s + muted(esc(Tr::tr("… (cut; %1 characters in all)").arg(text.size())));
    return html;
}

Section build(const Metrics::RunComparison &c, const Plan &plan, int sectionNumber)
{
    Section s;
    QString &html = s.html;
    html += heading(sectionNumber, Tr::tr("Results"), true);
    html += u"<p style=\"margin-bottom:6px\">%1</p>"_s.arg(
            esc(Tr::tr("Baseline %1 against candidate %2, paired over %3 cells (same case and "
                       "repeat). Figures show 95 % intervals in brackets; “not enough data” "
                       "marks figures resting on too few answers to judge.")
                        .arg(side(c.baseline), side(c.candidate))
                        .arg(c.paired.pairs)));
    html += subheading(Tr::tr("Summary"));
    html += summaryTable(c);
    html += subheading(Tr::tr("Objectives judged"));
    html += verdictsTable(c);
    html += subheading(Tr::tr("Paired tests"));
    html += pairedTable(c);

    // Charts.
    s.latency
            = ReportCharts::latencyDistribution(c.baseline.endpoint, c.samples.baselineLatencyMs,
                                                c.candidate.endpoint, c.samples.candidateLatencyMs);
    if (const Target *t = absoluteTarget(plan, {TargetMetric::LatencyP50, TargetMetric::LatencyP95,
                                                TargetMetric::LatencyP99})) {
        const bool ms = t->unit.trimmed().compare(u"ms"_s, Qt::CaseInsensitive) == 0;
        s.latency.thresholdMs = ms ? t->value : t->value * 1000.0;
        s.latency.thresholdLabel = Tr::tr("target: %1").arg(PlanLabels::describe(*t));
    }
    s.latency.title = Tr::tr("Latency distribution");
    if (!s.latency.isEmpty())
        html += u"<p style=\"margin-top:6px\">%1</p>"_s.arg(
                marker(ReportChartObject::LatencyDistribution, 0));

    ReportCharts::IntervalBars pass;
    pass.scale = 100.0;
    pass.valueUnit = Tr::tr("pass rate (%)");
    pass.axisMax = 100.0;
    pass.bars = {{c.baseline.endpoint, c.baseline.passRate, ReportStyle::baselineColor()},
                 {c.candidate.endpoint, c.candidate.passRate, ReportStyle::candidateColor()}};
    for (qsizetype i = 0; i < c.byTag.size() && i < 8; ++i) {
        const Metrics::TagBreakdown &t = c.byTag.at(i);
        pass.bars.append({Tr::tr("%1 · %2").arg(t.tag, c.baseline.endpoint), t.baselinePassRate,
                          ReportStyle::baselineColor()});
        pass.bars.append({Tr::tr("%1 · %2").arg(t.tag, c.candidate.endpoint), t.candidatePassRate,
                          ReportStyle::candidateColor()});
    }
    if (const Target *t = absoluteTarget(plan, {TargetMetric::PassRate})) {
        const bool percent = t->unit.trimmed() == u"%"_s
                             || (t->unit.trimmed().isEmpty() && std::abs(t->value) > 1.0);
        pass.threshold = percent ? t->value : t->value * 100.0;
        pass.thresholdLabel = PlanLabels::describe(*t);
    }
    pass.title = c.byTag.isEmpty() ? Tr::tr("Pass rate") : Tr::tr("Pass rate, by tag");
    html += u"<p style=\"margin-top:6px\">%1</p>"_s.arg(
            marker(ReportChartObject::IntervalBars, int(s.bars.size())));
    s.bars.append(pass);

    if (c.baseline.costKnown + c.candidate.costKnown > 0) {
        ReportCharts::IntervalBars cost;
        cost.valueUnit = Tr::tr("cost per 1,000 requests");
        cost.decimals = 4;
        cost.bars = {{c.baseline.endpoint, c.baseline.costPer1k, ReportStyle::baselineColor()},
                     {c.candidate.endpoint, c.candidate.costPer1k, ReportStyle::candidateColor()}};
        if (const Target *t = absoluteTarget(plan, {TargetMetric::CostPer1kRequests})) {
            cost.threshold = t->value;
            cost.thresholdLabel = PlanLabels::describe(*t);
        }
        cost.title = Tr::tr("Cost per 1,000 requests");
        html += u"<p style=\"margin-top:6px\">%1</p>"_s.arg(
                marker(ReportChartObject::IntervalBars, int(s.bars.size())));
        s.bars.append(cost);
    }

    if (!c.byTag.isEmpty()) {
        html += subheading(Tr::tr("Pass rate by tag"));
        html += tagsTable(c);
    }

    html += subheading(Tr::tr("Answers that disagree most"));
    html += disagreements(c);
    return s;
}

} // namespace Cutover::ResultsSection
