#include "core/report/reportdocument.h"

#include "core/plan/planlabels.h"
#include "core/report/reportcharts.h"
#include "core/report/reporthtml_p.h"
#include "core/report/reportstyle.h"
#include "core/report/resultssection.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QHash>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

using namespace ReportHtml;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Report)
};

constexpr QStringView kDateFormat = u"yyyy-MM-dd";

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(kDateFormat) : Tr::tr("not set");
}

// English singular and plural without an English translation file; other
// languages translate both with their own plural forms.
QString counted(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many;
}

QList<Risk> risksByScore(const QList<Risk> &risks)
{
    QList<Risk> sorted = risks;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Risk &a, const Risk &b) { return a.score() > b.score(); });
    return sorted;
}

QString titlePage(const Plan &plan, const ReportOptions &options)
{
    // The layout drops the top margin of a page's first block: an empty
    // line moves the title down instead.
    QString html = u"<p style=\"font-size:40pt\">&#160;</p>"_s;
    html += u"<p style=\"font-size:10pt; font-weight:600; color:%1; "
            "margin-bottom:6px\">%2</p>"_s.arg(colorName(ReportStyle::textMuted()),
                                               esc(Tr::tr("MIGRATION PLAN")));
    html += u"<p style=\"font-size:26pt; font-weight:700; color:%1; margin-bottom:10px\">%2</p>"_s
                    .arg(colorName(ReportStyle::accent()), esc(reportTitle(plan)));
    const QString from
            = plan.fromModel.trimmed().isEmpty() ? Tr::tr("(old model not set)") : plan.fromModel;
    const QString to
            = plan.toModel.trimmed().isEmpty() ? Tr::tr("(new model not set)") : plan.toModel;
    html += u"<p style=\"font-size:15pt; margin-bottom:36px\">%1&#160;&#160;→&#160;&#160;%2</p>"_s
                    .arg(esc(from), esc(to));

    const auto row = [](const QString &key, const QString &valueHtml) {
        return u"<tr><td width=\"28%\" style=\"color:%1\">%2</td><td>%3</td></tr>"_s.arg(
                colorName(ReportStyle::textMuted()), esc(key), valueHtml);
    };
    const auto valueOrNone = [](const QString &value) {
        return value.trimmed().isEmpty() ? none() : esc(value);
    };
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
            "style=\"font-size:10.5pt\">"_s;
    html += row(Tr::tr("Owner"), valueOrNone(plan.owner));
    html += row(Tr::tr("Project"), valueOrNone(options.projectName));
    if (!options.projectFile.isEmpty())
        html += row(Tr::tr("Project file"), esc(options.projectFile));
    html += row(Tr::tr("Date"), esc(options.generatedAt.toString(u"yyyy-MM-dd HH:mm"_s)));
    html += u"</table>"_s;

    // Summary.
    html += u"<p style=\"font-size:13pt; font-weight:600; color:%1; margin-top:36px; "
            "margin-bottom:6px\">%2</p>"_s.arg(colorName(ReportStyle::accent()),
                                               esc(Tr::tr("Summary")));
    const int objectiveCount = int(plan.objectives.size());
    const int withoutTarget
            = int(std::count_if(plan.objectives.cbegin(), plan.objectives.cend(),
                                [](const Objective &o) { return !o.target.has_value(); }));
    QString objectives = counted(objectiveCount, Tr::tr("%n objective", nullptr, objectiveCount),
                                 Tr::tr("%n objectives", nullptr, objectiveCount));
    if (withoutTarget > 0)
        objectives += u", "_s + Tr::tr("%n without a target", nullptr, withoutTarget);

    const int components
            = int(std::count_if(plan.scope.cbegin(), plan.scope.cend(),
                                [](const ScopeItem &s) { return s.kind == ScopeKind::Component; }));
    const int dataItems = int(plan.scope.size()) - components;
    const QString scope = counted(components, Tr::tr("%n component", nullptr, components),
                                  Tr::tr("%n components", nullptr, components))
                          + Tr::tr(", ")
                          + counted(dataItems, Tr::tr("%n data item", nullptr, dataItems),
                                    Tr::tr("%n data items", nullptr, dataItems));

    int levels[4] = {0, 0, 0, 0}; // critical, high, medium, low
    for (const Risk &r : plan.risks) {
        const int s = r.score();
        ++levels[s >= 15 ? 0 : s >= 10 ? 1 : s >= 5 ? 2 : 3];
    }
    const int riskCount = int(plan.risks.size());
    QString risks = counted(riskCount, Tr::tr("%n risk", nullptr, riskCount),
                            Tr::tr("%n risks", nullptr, riskCount));
    if (riskCount > 0) {
        QStringList parts;
        const int scores[4] = {15, 10, 5, 1};
        for (int i = 0; i < 4; ++i)
            parts.append(u"%1 %2"_s.arg(levels[i]).arg(PlanLabels::riskLevel(scores[i])));
        risks += u": "_s + parts.join(u", "_s);
    }

    QDate first;
    QDate last;
    for (const Phase &p : plan.phases) {
        if (!p.start.isValid())
            continue;
        first = first.isValid() ? qMin(first, p.start) : p.start;
        last = last.isValid() ? qMax(last, p.end()) : p.end();
    }
    const int phaseCount = int(plan.phases.size());
    QString phases = counted(phaseCount, Tr::tr("%n phase", nullptr, phaseCount),
                             Tr::tr("%n phases", nullptr, phaseCount));
    if (first.isValid()) {
        //: phases span: first day, last day, number of days
        phases += u", "_s
                  + Tr::tr("%1 to %2 (%3)")
                            .arg(dateText(first), dateText(last),
                                 ReportStyle::dayCount(int(first.daysTo(last)) + 1));
    }
    const int triggers = int(plan.rollback.triggers.size());
    const int steps = int(plan.rollback.steps.size());
    const QString rollback = counted(triggers, Tr::tr("%n trigger", nullptr, triggers),
                                     Tr::tr("%n triggers", nullptr, triggers))
                             + u", "_s
                             + counted(steps, Tr::tr("%n step", nullptr, steps),
                                       Tr::tr("%n steps", nullptr, steps));
    const int hints = int(options.hints.size());
    const QString openPoints = counted(hints, Tr::tr("%n open point", nullptr, hints),
                                       Tr::tr("%n open points", nullptr, hints));

    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
            "style=\"border-collapse:collapse; border-color:%1; border-style:solid; "
            "font-size:10pt\">"_s.arg(colorName(ReportStyle::rule()));
    const auto summaryRow = [](const QString &key, const QString &value) {
        return u"<tr><td width=\"28%\" bgcolor=\"%1\" style=\"font-weight:600\">%2</td>"
               "<td>%3</td></tr>"_s.arg(colorName(ReportStyle::headerFill()), esc(key), esc(value));
    };
    html += summaryRow(Tr::tr("Objectives"), objectives);
    html += summaryRow(Tr::tr("Scope"), scope);
    html += summaryRow(Tr::tr("Timeline"), phases);
    html += summaryRow(Tr::tr("Risks"), risks);
    html += summaryRow(Tr::tr("Rollback plan"), rollback);
    html += summaryRow(Tr::tr("Open points"), openPoints);
    html += u"</table>"_s;
    return html;
}

QString objectivesSection(const Plan &plan)
{
    QString html = heading(1, Tr::tr("Objectives"), true);
    if (plan.objectives.isEmpty())
        return html + emptyNote(Tr::tr("The plan has no objectives yet."));
    html += tableStart({u"#"_s, Tr::tr("Objective"), Tr::tr("Target")}, {5, 50, 45});
    int n = 0;
    for (const Objective &o : plan.objectives) {
        QString title = u"<b>%1</b>"_s.arg(
                esc(o.title.trimmed().isEmpty() ? Tr::tr("(untitled)") : o.title));
        if (!o.description.trimmed().isEmpty())
            title += u"<br/>"_s + muted(esc(o.description));
        const QString target
                = o.target ? esc(PlanLabels::describe(*o.target))
                           : u"<span style=\"color:#b35c00; font-style:italic\">%1</span>"_s.arg(
                                   esc(Tr::tr("No measurable target")));
        html += u"<tr>"_s + cell(QString::number(++n)) + cell(title) + cell(target) + u"</tr>"_s;
    }
    return html + tableEnd();
}

QString scopeSection(const Plan &plan)
{
    QString html = heading(2, Tr::tr("Scope"), false);
    if (plan.scope.isEmpty())
        return html + emptyNote(Tr::tr("Nothing is in scope yet."));
    QList<ScopeItem> items = plan.scope;
    std::stable_sort(items.begin(), items.end(), [](const ScopeItem &a, const ScopeItem &b) {
        return int(a.kind) < int(b.kind);
    });
    html += tableStart({Tr::tr("Item"), Tr::tr("Kind"), Tr::tr("Description"), Tr::tr("Status")},
                       {30, 14, 38, 18});
    for (const ScopeItem &s : items) {
        const QString name = esc(s.name.trimmed().isEmpty() ? Tr::tr("(unnamed)") : s.name);
        const QString status = u"<span style=\"color:%1; font-weight:600\">%2</span>"_s.arg(
                colorName(ReportStyle::scopeColor(s.status)), esc(PlanLabels::label(s.status)));
        html += u"<tr>"_s + cell(u"<b>%1</b>"_s.arg(name)) + cell(esc(PlanLabels::label(s.kind)))
                + cell(s.description.trimmed().isEmpty() ? none() : esc(s.description))
                + cell(status) + u"</tr>"_s;
    }
    return html + tableEnd();
}

QString timelineSection(const Plan &plan, int chartCount)
{
    // Sections with a chart start on a new page; empty ones follow on.
    QString html = heading(3, Tr::tr("Timeline"), !plan.phases.isEmpty());
    if (plan.phases.isEmpty())
        return html + emptyNote(Tr::tr("The plan has no phases yet."));
    if (chartCount == 0)
        html += emptyNote(Tr::tr("No phase has a start date, so there is no chart."));
    for (int i = 0; i < chartCount; ++i)
        html += u"<p style=\"margin-bottom:12px\">%1</p>"_s.arg(
                marker(ReportChartObject::Gantt, i));

    QHash<qint64, QString> names;
    for (const Phase &p : plan.phases)
        names.insert(p.id, p.name.trimmed().isEmpty() ? Tr::tr("(unnamed)") : p.name);

    html += tableStart({Tr::tr("Phase"), Tr::tr("Start"), Tr::tr("End"), Tr::tr("Duration"),
                        Tr::tr("Status"), Tr::tr("Depends on")},
                       {24, 13, 13, 11, 17, 22});
    for (const Phase &p : plan.phases) {
        QStringList deps;
        for (qint64 id : p.dependsOn)
            deps.append(names.value(id, Tr::tr("(missing phase)")));
        const QString status = u"<span style=\"color:%1; font-weight:600\">■</span> %2"_s.arg(
                colorName(ReportStyle::phaseColor(p.status)), esc(PlanLabels::label(p.status)));
        html += u"<tr>"_s + cell(u"<b>%1</b>"_s.arg(esc(names.value(p.id))))
                + cell(esc(dateText(p.start))) + cell(esc(dateText(p.end())))
                + cell(esc(ReportStyle::dayCount(p.durationDays))) + cell(status)
                + cell(deps.isEmpty() ? none() : esc(deps.join(u", "_s))) + u"</tr>"_s;
    }
    return html + tableEnd();
}

QString risksSection(const QList<Risk> &sorted)
{
    QString html = heading(4, Tr::tr("Risks"), !sorted.isEmpty());
    if (sorted.isEmpty())
        return html + emptyNote(Tr::tr("The plan has no risks yet."));
    html += u"<p>%1</p>"_s.arg(marker(ReportChartObject::RiskMatrix, 0));
    html += subheading(Tr::tr("Risks by score"));
    html += tableStart({u"#"_s, Tr::tr("Risk"), Tr::tr("L", "likelihood"), Tr::tr("I", "impact"),
                        Tr::tr("Score"), Tr::tr("Level"), Tr::tr("Mitigation"), Tr::tr("Owner")},
                       {4, 27, 5, 5, 7, 11, 27, 14});
    int n = 0;
    for (const Risk &r : sorted) {
        const int score = r.score();
        const QString level = u"<span style=\"color:%1; font-weight:600\">%2</span>"_s.arg(
                colorName(ReportStyle::riskInk(score)), esc(PlanLabels::riskLevel(score)));
        const QString mitigation
                = r.mitigation.trimmed().isEmpty()
                          ? u"<span style=\"color:#b35c00; font-style:italic\">%1</span>"_s.arg(
                                  esc(Tr::tr("none")))
                          : esc(r.mitigation);
        html += u"<tr>"_s + cell(QString::number(++n))
                + cell(esc(r.description.trimmed().isEmpty() ? Tr::tr("(undescribed)")
                                                             : r.description))
                + cell(QString::number(r.likelihood)) + cell(QString::number(r.impact))
                + cell(u"<span style=\"background-color:%1; font-weight:600\">&#160;%2&#160;</span>"_s
                               .arg(colorName(ReportStyle::riskFill(score)))
                               .arg(score))
                + cell(level) + cell(mitigation)
                + cell(r.owner.trimmed().isEmpty() ? none() : esc(r.owner)) + u"</tr>"_s;
    }
    return html + tableEnd();
}

QString rollbackSection(const RollbackPlan &rollback)
{
    const bool hasContent = !rollback.triggers.isEmpty() || !rollback.steps.isEmpty();
    QString html = heading(5, Tr::tr("Rollback plan"), hasContent);
    if (!rollback.summary.trimmed().isEmpty())
        html += u"<p style=\"margin-bottom:6px\">%1</p>"_s.arg(esc(rollback.summary));
    html += u"<p><span style=\"color:%1\">%2</span> %3</p>"_s.arg(
            colorName(ReportStyle::textMuted()), esc(Tr::tr("Owner:")),
            rollback.owner.trimmed().isEmpty() ? none() : esc(rollback.owner));

    html += subheading(Tr::tr("Triggers"));
    if (rollback.triggers.isEmpty()) {
        html += emptyNote(Tr::tr("No trigger: nothing says when to roll back."));
    } else {
        html += u"<ul style=\"margin-top:0px\">"_s;
        for (const RollbackTrigger &t : rollback.triggers)
            html += u"<li style=\"margin-bottom:3px\">%1</li>"_s.arg(esc(t.condition));
        html += u"</ul>"_s;
    }

    html += subheading(Tr::tr("Steps"));
    if (rollback.steps.isEmpty()) {
        html += emptyNote(Tr::tr("No steps yet."));
    } else {
        html += u"<ol style=\"margin-top:0px\">"_s;
        for (const RollbackStep &s : rollback.steps)
            html += u"<li style=\"margin-bottom:3px\">%1</li>"_s.arg(esc(s.action));
        html += u"</ol>"_s;
    }
    return html;
}

QString notesSection(const Plan &plan)
{
    QString html = heading(6, Tr::tr("Notes"), false);
    if (plan.notes.trimmed().isEmpty())
        return html + emptyNote(Tr::tr("No notes."));
    const QStringList paragraphs = plan.notes.split(u"\n\n"_s);
    for (const QString &p : paragraphs)
        html += u"<p style=\"margin-bottom:6px\">%1</p>"_s.arg(esc(p.trimmed()));
    return html;
}

QString openPointsSection(const QList<PlanHint> &hints)
{
    QString html = heading(7, Tr::tr("Open points"), false);
    if (hints.isEmpty())
        return html + emptyNote(Tr::tr("None: the plan has no open points."));
    html += tableStart({Tr::tr("Severity"), Tr::tr("Open point")}, {14, 86});
    for (const PlanHint &h : hints) {
        const bool warning = h.severity == PlanHint::Severity::Warning;
        const QString severity = u"<span style=\"color:%1; font-weight:600\">%2</span>"_s.arg(
                warning ? u"#b35c00"_s : colorName(ReportStyle::textMuted()),
                esc(warning ? Tr::tr("Warning") : Tr::tr("Note")));
        html += u"<tr>"_s + cell(severity) + cell(esc(h.message)) + u"</tr>"_s;
    }
    return html + tableEnd();
}

} // namespace

QString reportTitle(const Plan &plan)
{
    return plan.title.trimmed().isEmpty() ? Tr::tr("Untitled migration plan") : plan.title;
}

std::unique_ptr<QTextDocument> buildReportDocument(const Plan &plan, const ReportOptions &options,
                                                   QPaintDevice *device, const QSizeF &pageSize)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(ReportStyle::font(9.5));
    doc->setDocumentMargin(0);
    doc->setPageSize(pageSize);
    doc->setUseDesignMetrics(true);

    const QList<ReportCharts::GanttSlice> slices = ReportCharts::ganttSlices(plan.phases);
    const QList<Risk> sortedRisks = risksByScore(plan.risks);
    auto *charts = new ReportChartObject(slices, sortedRisks, pageSize.width(), doc.get());
    doc->documentLayout()->registerHandler(ReportChartObject::kObjectType, charts);

    QString html = u"<html><body>"_s;
    html += titlePage(plan, options);
    html += objectivesSection(plan);
    html += scopeSection(plan);
    html += timelineSection(plan, int(slices.size()));
    html += risksSection(sortedRisks);
    html += rollbackSection(plan.rollback);
    html += notesSection(plan);
    html += openPointsSection(options.hints);
    ResultsSection::Section results;
    if (options.results) {
        results = ResultsSection::build(*options.results, plan, 8);
        html += results.html;
        charts->setResultsCharts(results.latency, results.bars);
    }
    html += u"</body></html>"_s;
    doc->setHtml(html);

    // Swap the markers for the chart objects.
    const auto place = [&](ReportChartObject::Kind kind, int index) {
        QTextCursor cursor = doc->find(marker(kind, index));
        if (!cursor.isNull())
            cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                              charts->format(kind, index));
    };
    for (int i = 0; i < slices.size(); ++i)
        place(ReportChartObject::Gantt, i);
    if (!sortedRisks.isEmpty())
        place(ReportChartObject::RiskMatrix, 0);
    if (options.results) {
        if (!results.latency.isEmpty())
            place(ReportChartObject::LatencyDistribution, 0);
        for (int i = 0; i < results.bars.size(); ++i)
            place(ReportChartObject::IntervalBars, i);
    }
    // The insertions above re-lay out only part of the document; lay out all
    // of it again so that every block has its page.
    doc->setPageSize(pageSize);
    return doc;
}

} // namespace Cutover
