#include "cliapp.h"
#include "core/metrics/metricsformat.h"
#include "core/metrics/runmetrics.h"
#include "core/plan/planlabels.h"
#include "core/plan/planstore.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {
namespace {

using Metrics::Format::figure;
using Metrics::Format::number;
using Metrics::Format::percent;
using Metrics::Format::pValue;
using Metrics::Format::seconds;
using Metrics::Format::winTieLoss;

// Columns a terminal gives the text: East Asian wide and full-width
// characters (CJK, Hangul, full-width forms) take two.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                          || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                          || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// Rows of cells, each column padded to its widest cell (in terminal columns).
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], displayWidth(row.at(i)));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row.at(i);
            if (i + 1 < row.size())
                line += QString(widths.at(i) - displayWidth(row.at(i)) + 3, u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);
        text += u"  "_s + line + u'\n';
    }
    return text;
}

QString sideName(qint64 run, const QString &endpoint)
{
    return Tr::tr("%1 (run %2)").arg(endpoint).arg(run);
}

QString humanReport(const Metrics::RunComparison &c)
{
    const Metrics::VariantMetrics &b = c.baseline;
    const Metrics::VariantMetrics &k = c.candidate;
    const Metrics::PairedMetrics &p = c.paired;
    QString text;
    text += Tr::tr("Baseline:  %1\nCandidate: %2\n\n")
                    .arg(sideName(b.runId, b.endpoint), sideName(k.runId, k.endpoint));

    QList<QStringList> rows;
    rows.append({QString(), Tr::tr("Baseline"), Tr::tr("Candidate"), Tr::tr("Change")});
    rows.append({Tr::tr("Results"), Tr::tr("%1 (%2 ok)").arg(b.results).arg(b.ok),
                 Tr::tr("%1 (%2 ok)").arg(k.results).arg(k.ok), QString()});
    rows.append({Tr::tr("Pass rate"), percent(b.passRate), percent(k.passRate),
                 figure(p.passRateChangePoints, 1, Tr::tr("points"))});
    rows.append({Tr::tr("Error rate"), percent(b.errorRate), percent(k.errorRate), QString()});
    rows.append({Tr::tr("Incomplete rate"), percent(b.incompleteRate), percent(k.incompleteRate),
                 QString()});
    rows.append({Tr::tr("Latency p50"), seconds(b.latency.p50), seconds(k.latency.p50),
                 figure(p.latencyP50ChangePercent, 1, u"%"_s)});
    rows.append({Tr::tr("Latency p90"), seconds(b.latency.p90), seconds(k.latency.p90), QString()});
    rows.append({Tr::tr("Latency p95"), seconds(b.latency.p95), seconds(k.latency.p95),
                 figure(p.latencyP95ChangePercent, 1, u"%"_s)});
    rows.append({Tr::tr("Latency p99"), seconds(b.latency.p99), seconds(k.latency.p99), QString()});
    rows.append({Tr::tr("Latency mean"), seconds(b.latency.mean), seconds(k.latency.mean),
                 figure(Stats::scaled(p.latencyMeanDifferenceMs, 0.001), 3, u"s"_s)});
    rows.append({Tr::tr("First token p50"), seconds(b.ttft.p50), seconds(k.ttft.p50), QString()});
    rows.append({Tr::tr("First token p95"), seconds(b.ttft.p95), seconds(k.ttft.p95), QString()});
    rows.append({Tr::tr("Input tokens (mean)"), figure(b.inputTokens, 1), figure(k.inputTokens, 1),
                 QString()});
    rows.append({Tr::tr("Output tokens (mean)"), figure(b.outputTokens, 1),
                 figure(k.outputTokens, 1), QString()});
    rows.append({Tr::tr("Cost per request"), figure(b.costPerRequest, 6),
                 figure(k.costPerRequest, 6), figure(p.costChangePercent, 1, u"%"_s)});
    rows.append({Tr::tr("Cost per 1,000 requests"), figure(b.costPer1k, 4), figure(k.costPer1k, 4),
                 QString()});
    text += table(rows);
    text += Tr::tr("  Intervals are 95 %; changes are candidate against baseline.\n\n");

    text += Tr::tr("Paired over %1 cells (same case and repeat)\n").arg(p.pairs);
    QList<QStringList> paired;
    paired.append({Tr::tr("Assertions"), winTieLoss(p.assertions)});
    if (p.hasRatings)
        paired.append({Tr::tr("Ratings"), winTieLoss(p.ratings)});
    paired.append({Tr::tr("Pass/fail (McNemar)"),
                   Tr::tr("%1 only baseline passed, %2 only candidate passed; %3")
                           .arg(p.passCounts.baselineOnly)
                           .arg(p.passCounts.candidateOnly)
                           .arg(pValue(p.mcnemar))});
    paired.append({Tr::tr("Latency (Welch)"), pValue(p.latencyWelch)});
    paired.append({Tr::tr("Latency (Mann–Whitney)"), pValue(p.latencyMannWhitney)});
    paired.append({Tr::tr("Effect size"), Tr::tr("Hedges' g %1, rank-biserial %2")
                                                  .arg(number(p.latencyEffect.hedgesG, 2),
                                                       number(p.latencyEffect.rankBiserial, 2))});
    text += table(paired);

    if (!c.verdicts.isEmpty()) {
        text += Tr::tr("\nObjectives\n");
        QList<QStringList> verdicts;
        for (const Metrics::ObjectiveVerdict &v : c.verdicts) {
            const QString title = v.title.isEmpty() ? Tr::tr("(untitled)") : v.title;
            if (!v.verdict) {
                verdicts.append({Tr::tr("Not judged"), title, PlanLabels::describe(v.target),
                                 v.notJudgedReason});
                continue;
            }
            verdicts.append({Stats::verdictLabel(v.verdict->outcome), title,
                             PlanLabels::describe(v.target),
                             Tr::tr("measured %1")
                                     .arg(figure(v.verdict->interval, 3,
                                                 Metrics::Format::verdictUnit(v.target)))});
        }
        text += table(verdicts);
    }

    if (!c.byTag.isEmpty()) {
        text += Tr::tr("\nPass rate by tag\n");
        QList<QStringList> tags;
        tags.append({Tr::tr("Tag"), Tr::tr("Cases"), Tr::tr("Baseline"), Tr::tr("Candidate")});
        for (const Metrics::TagBreakdown &t : c.byTag)
            tags.append({t.tag, QString::number(t.cases), percent(t.baselinePassRate),
                         percent(t.candidatePassRate)});
        text += table(tags);
    }
    return text;
}

// "3,5" or "3" → run ids; nullopt when malformed.
std::optional<QList<qint64>> parseRuns(const QString &value)
{
    QList<qint64> runs;
    for (const QString &part : value.split(u',')) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        runs.append(id);
    }
    if (runs.isEmpty() || runs.size() > 2)
        return std::nullopt;
    return runs;
}

} // namespace

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"stats <path>"_s);
    const QCommandLineOption runs(
            u"runs"_s,
            Tr::tr("Compare these runs: one run (its first two endpoints) or two runs "
                   "(baseline first). Default: the latest run with two endpoints."),
            u"A[,B]"_s);
    const QCommandLineOption baseline(u"baseline"_s, Tr::tr("The baseline's endpoint."),
                                      u"endpoint"_s);
    const QCommandLineOption candidate(u"candidate"_s, Tr::tr("The candidate's endpoint."),
                                       u"endpoint"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print one JSON object instead of text."));
    parser.addOptions({runs, baseline, candidate, json});
    if (int code = parse(parser, u"stats"_s,
                         Tr::tr("Compare two variants of a project's runs: pass rate, errors, "
                                "latency, tokens and cost with 95 % intervals, paired tests, "
                                "and the plan's objectives judged met, not met or "
                                "inconclusive. Opens the project read-only; never writes to "
                                "it."),
                         arguments, 1, 1);
        code >= 0)
        return code;

    Metrics::SpecRequest request;
    if (parser.isSet(runs)) {
        const auto ids = parseRuns(parser.value(runs));
        if (!ids)
            return fail(UsageError,
                        Tr::tr("stats: --runs takes one or two run numbers, e.g. --runs 3 or "
                               "--runs 3,5 (see: cutover-cli stats --help)"));
        request.runs = *ids;
    }
    request.baselineEndpoint = parser.value(baseline);
    request.candidateEndpoint = parser.value(candidate);

    ProjectOpenOptions options;
    options.readOnly = true;
    auto opened = ProjectFile::open(parser.positionalArguments().constFirst(), options);
    if (!opened)
        return fail(opened.error());
    QSqlDatabase db = opened.value()->database();
    auto plan = PlanStore::load(db);
    if (!plan)
        return fail(plan.error());
    // Opened read-only, an older project is not upgraded and may lack the
    // tables runs live in.
    const auto failed = [&](const Error &error) {
        if (opened.value()->schemaVersion() >= opened.value()->currentSchemaVersion())
            return fail(error);
        return fail(BadInput,
                    Tr::tr("%1 The project was saved by an older Cutover (schema version %2, "
                           "this one writes %3): open it in Cutover once to upgrade it.")
                            .arg(error.message)
                            .arg(opened.value()->schemaVersion())
                            .arg(opened.value()->currentSchemaVersion()));
    };
    auto spec = Metrics::resolveSpec(db, request);
    if (!spec)
        return failed(spec.error());
    auto comparison = Metrics::compare(db, spec.value(), plan.value());
    if (!comparison)
        return failed(comparison.error());

    if (parser.isSet(json)) {
        QJsonObject root = Metrics::toJson(comparison.value());
        root.insert(u"project"_s, opened.value()->path());
        outBytes(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }
    out(Tr::tr("Project:   %1\n").arg(QDir::toNativeSeparators(opened.value()->path()))
        + humanReport(comparison.value()));
    return Success;
}

} // namespace Cutover::Cli
