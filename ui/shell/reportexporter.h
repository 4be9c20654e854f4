#pragma once

#include "core/util/result.h"

#include <QString>

class QWidget;

namespace Cutover {

class Project;

// Writes the project's plan report to `pdfPath` behind a progress dialog
// with Cancel: the results for the Results section are read in a worker
// thread (a large project takes seconds), then the pages are written with
// their count shown. The window stays responsive throughout. A cancelled
// export is ErrorKind::Cancelled and leaves any file at pdfPath as it was.
Result<void> exportPlanReport(Project *project, const QString &pdfPath, QWidget *parent);

} // namespace Cutover
