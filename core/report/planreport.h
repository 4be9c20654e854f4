#pragma once

#include "core/metrics/runmetrics.h"
#include "core/plan/plan.h"
#include "core/plan/planvalidator.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Cutover {

// What the plan report prints besides the plan itself.
struct ReportOptions
{
    QString projectName; // shown on the title page and in the page header
    QString projectFile; // the project's file name or path, shown on the title page
    QDateTime generatedAt = QDateTime::currentDateTime(); // tests pass a fixed one
    QList<PlanHint> hints; // usually validatePlan(plan); printed as "Open points"
    // Printed as the Results section (summary with intervals, objective
    // verdicts, charts, top disagreements) when set.
    std::optional<Metrics::RunComparison> results;

    // Called once before the first page (page 0) and after every page with
    // the number of pages written and the total. Return false to cancel: the
    // export then stops with ErrorKind::Cancelled and leaves the destination
    // as it was. Runs in the calling thread.
    std::function<bool(int page, int pageCount)> progress;
};

// The options the app and cutover-cli both use for the project at
// `projectPath`: its name and file name, the plan's validation hints, and
// the results of the project's comparable run (Metrics::defaultSpec: the
// latest run with two endpoints, else the last two runs) when it has one.
// Opens the project read-only (no lock, no writes; a connection of its
// own) to read the results; a project without runs, or one that cannot be
// read, gets no Results section, nor does a run without results, nor a
// comparison cancelled through metrics.cancel.
//
// Reading 100,000 results takes a few seconds. It may run in a worker
// thread (QtConcurrent::run) with metrics.cancel / metrics.progress for a
// progress dialog; writePlanReport() then runs on the GUI thread.
ReportOptions reportOptionsFor(const QString &projectPath, const Plan &plan,
                               const Metrics::Options &metrics = {});

// Writes the migration plan as an A4 PDF: a title page with a summary,
// objectives and targets, scope, the timeline as a Gantt chart and a table,
// the risk matrix and risk table, the rollback plan, notes and open points,
// with a page header and "Page n of m" footers. Charts are vector graphics;
// fonts are embedded (a Latin family first, then CJK families, so that
// Chinese text renders and the PDF's text layer keeps Latin digits).
// Headings and labels are translated (context "Cutover::Report"), so the
// report follows the installed UI translator.
//
// Writes atomically through QSaveFile: on failure or cancellation the old
// file at pdfPath is left intact (or no file is created). Errors name the
// path.
//
// Needs a QGuiApplication (QPdfWriter and QFont need the font database); a
// QCoreApplication is not enough and gives an Error instead of a crash. A
// headless program (cutover-cli) creates a QGuiApplication with the
// offscreen platform before calling this, e.g.
//     qputenv("QT_QPA_PLATFORM", "offscreen"); QGuiApplication app(argc, argv);
// Call from the GUI thread.
Result<void> writePlanReport(const Plan &plan, const ReportOptions &options,
                             const QString &pdfPath);

} // namespace Cutover
