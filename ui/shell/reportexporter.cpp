#include "ui/shell/reportexporter.h"

#include "core/project/project.h"
#include "core/report/planreport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace Cutover {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ReportExporter)
};

} // namespace

Result<void> exportPlanReport(Project *project, const QString &pdfPath, QWidget *parent)
{
    QProgressDialog dialog(Tr::tr("Reading the results…"), Tr::tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(Tr::tr("Export Plan Report"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setValue(0);

    // The shared state outlives this function if the worker is still
    // finishing a page of rows when the user cancels.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto read = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    Metrics::Options metrics;
    metrics.cancel = cancel.get();
    metrics.progress = [read, total](qint64 done, qint64 all) {
        read->store(done);
        total->store(all);
    };
    const QString projectPath = project->path();
    const Plan plan = project->plan()->plan();
    QFutureWatcher<ReportOptions> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<ReportOptions>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [cancel] { cancel->store(true); });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &dialog, [&] {
        const qint64 all = total->load();
        if (all > 0) {
            dialog.setMaximum(1000);
            dialog.setValue(int(1000 * read->load() / all));
            dialog.setLabelText(
                    Tr::tr("Reading the results: %1 of %2…").arg(read->load()).arg(all));
        }
    });
    ticker.start(100);
    watcher.setFuture(QtConcurrent::run([projectPath, plan, metrics, cancel] {
        ReportOptions options = reportOptionsFor(projectPath, plan, metrics);
        return options;
    }));
    loop.exec();
    ticker.stop();
    if (cancel->load())
        return makeError(ErrorKind::Cancelled, Tr::tr("The export was cancelled."));

    ReportOptions options = watcher.result();
    dialog.setLabelText(Tr::tr("Writing the pages…"));
    options.progress = [&dialog](int page, int pageCount) {
        dialog.setMaximum(qMax(1, pageCount));
        dialog.setValue(page);
        dialog.setLabelText(Tr::tr("Writing page %1 of %2…").arg(page).arg(pageCount));
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
    return writePlanReport(plan, options, pdfPath);
}

} // namespace Cutover
