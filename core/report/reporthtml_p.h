#pragma once

// HTML building blocks of the report's document (reportdocument.cpp,
// resultssection.cpp), styled alike.
#include "core/report/reportstyle.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cutover::ReportHtml {

QString esc(const QString &text);
QString colorName(const QColor &color);
QString muted(const QString &html);
QString none();
QString emptyNote(const QString &text);
// A section heading; `newPage` starts it on a new page.
QString heading(int number, const QString &title, bool newPage);
QString subheading(const QString &title);
// A full-width table with a header row; `widths` in percent. The header
// repeats on every page the table spans, unless repeatHeader is false: for
// short tables, where QTextDocument may draw the repeated header on the next
// page even when the table ended on the previous one, over what follows.
QString tableStart(const QStringList &headers, const QList<int> &widths, bool repeatHeader = true);
QString tableEnd();
QString cell(const QString &html, const QString &extraAttributes = QString());
QString marker(int kind, int index);

} // namespace Cutover::ReportHtml
