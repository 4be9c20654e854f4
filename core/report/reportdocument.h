#pragma once

#include "core/plan/plan.h"
#include "core/report/planreport.h"

#include <QSizeF>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace Cutover {

// The report's content as a QTextDocument laid out for `device` (the PDF
// writer) in pages of `pageSize` device pixels, one page per pageSize
// height. The charts are inline objects painted by a ReportChartObject that
// the document owns. Page header and footer are not part of the document.
std::unique_ptr<QTextDocument> buildReportDocument(const Plan &plan, const ReportOptions &options,
                                                   QPaintDevice *device, const QSizeF &pageSize);

// The plan's title, or a translated stand-in when it has none.
QString reportTitle(const Plan &plan);

} // namespace Cutover
