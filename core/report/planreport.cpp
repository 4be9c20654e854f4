#include "core/report/planreport.h"

#include "core/project/projectfile.h"
#include "core/report/reportdocument.h"
#include "core/report/reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Report)
};

constexpr int kDpi = 300;
// Page margins in millimetres; header and footer sit inside the top and
// bottom margins.
constexpr qreal kMarginLeft = 20;
constexpr qreal kMarginRight = 20;
constexpr qreal kMarginTop = 24;
constexpr qreal kMarginBottom = 22;
constexpr qreal kHeaderGap = 5; // between the header rule and the text body
constexpr qreal kFooterGap = 6;

qreal mm(qreal millimetres)
{
    return millimetres * kDpi / 25.4;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void paintHeaderFooter(QPainter *painter, const QRectF &body, int page, int pageCount,
                       const QString &title, const ReportOptions &options)
{
    const qreal unit = kDpi / 72.0;
    const QFont font = ReportStyle::font(7.5);
    const QFontMetricsF metrics(font, painter->device());
    const qreal textHeight = metrics.height();
    painter->save();
    painter->setFont(font);
    const QPen rulePen(ReportStyle::rule(), 0.6 * unit);

    if (page == 0) {
        // The title page: an accent band across the top instead of a header.
        painter->fillRect(QRectF(0, 0, painter->device()->width(), mm(8)), ReportStyle::accent());
    } else {
        const qreal ruleY = body.top() - mm(kHeaderGap);
        const QRectF textRect(body.left(), ruleY - textHeight - 1.5 * unit, body.width(),
                              textHeight);
        painter->setPen(ReportStyle::textMuted());
        const QString project = options.projectName;
        const qreal projectWidth
                = project.isEmpty() ? 0
                                    : qMin(metrics.horizontalAdvance(project), body.width() / 3);
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignBottom,
                          metrics.elidedText(project, Qt::ElideRight, projectWidth));
        painter->drawText(
                textRect, Qt::AlignLeft | Qt::AlignBottom,
                metrics.elidedText(title, Qt::ElideRight, body.width() - projectWidth - 12 * unit));
        painter->setPen(rulePen);
        painter->drawLine(QPointF(body.left(), ruleY), QPointF(body.right(), ruleY));
    }

    const qreal footerY = body.bottom() + mm(kFooterGap);
    painter->setPen(rulePen);
    painter->drawLine(QPointF(body.left(), footerY), QPointF(body.right(), footerY));
    const QRectF footerText(body.left(), footerY + 2 * unit, body.width(), textHeight);
    painter->setPen(ReportStyle::textMuted());
    painter->drawText(footerText, Qt::AlignLeft | Qt::AlignTop,
                      Tr::tr("Generated %1 by Cutover")
                              .arg(options.generatedAt.toString(u"yyyy-MM-dd HH:mm"_s)));
    painter->drawText(footerText, Qt::AlignRight | Qt::AlignTop,
                      Tr::tr("Page %1 of %2").arg(page + 1).arg(pageCount));
    painter->restore();
}

Error cancelled(const QString &pdfPath)
{
    return makeError(ErrorKind::Cancelled,
                     Tr::tr("Writing the report \"%1\" was cancelled; the file was not changed.")
                             .arg(nativePath(pdfPath)));
}

} // namespace

ReportOptions reportOptionsFor(const QString &projectPath, const Plan &plan,
                               const Metrics::Options &metrics)
{
    ReportOptions options;
    const QFileInfo info(projectPath);
    options.projectName = info.completeBaseName();
    options.projectFile = info.fileName();
    options.hints = validatePlan(plan);

    ProjectOpenOptions readOnly;
    readOnly.readOnly = true;
    if (!QFileInfo::exists(projectPath))
        return options;
    auto project = ProjectFile::open(projectPath, readOnly);
    if (!project)
        return options;
    QSqlDatabase db = project.value()->database();
    if (auto spec = Metrics::defaultSpec(db)) {
        auto comparison = Metrics::compare(db, spec.value(), plan, metrics);
        // A run that has not produced anything yet has nothing to report.
        if (comparison && comparison->baseline.results + comparison->candidate.results > 0)
            options.results = std::move(comparison).value();
    }
    db = QSqlDatabase();
    (void) project.value()->close();
    return options;
}

Result<void> writePlanReport(const Plan &plan, const ReportOptions &options, const QString &pdfPath)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(ErrorKind::Generic,
                         Tr::tr("Cannot write the report \"%1\": PDF export needs a graphical "
                                "application object (QGuiApplication). Headless programs use "
                                "the offscreen platform (QT_QPA_PLATFORM=offscreen).")
                                 .arg(nativePath(pdfPath)));
    }

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorKind::Io, Tr::tr("Cannot write the report \"%1\": %2")
                                                .arg(nativePath(pdfPath), file.errorString()));
    }

    const QString title = reportTitle(plan);
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(u"Cutover"_s);

        const QRectF body(mm(kMarginLeft), mm(kMarginTop),
                          writer.width() - mm(kMarginLeft) - mm(kMarginRight),
                          writer.height() - mm(kMarginTop) - mm(kMarginBottom));
        std::unique_ptr<QTextDocument> doc
                = buildReportDocument(plan, options, &writer, body.size());
        const int pageCount = qMax(doc->pageCount(), 1);
        if (options.progress && !options.progress(0, pageCount))
            return cancelled(pdfPath); // QSaveFile discards the temporary file

        QPainter painter;
        if (!painter.begin(&writer)) {
            return makeError(ErrorKind::Io,
                             Tr::tr("Cannot write the report \"%1\": the PDF writer did not start.")
                                     .arg(nativePath(pdfPath)));
        }
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(body.left(), body.top() - page * body.height());
            context.clip = QRectF(0, page * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();
            paintHeaderFooter(&painter, body, page, pageCount, title, options);
            if (options.progress && !options.progress(page + 1, pageCount)) {
                painter.end();
                return cancelled(pdfPath);
            }
        }
        if (!painter.end()) {
            return makeError(ErrorKind::Io, Tr::tr("Cannot write the report \"%1\": %2")
                                                    .arg(nativePath(pdfPath), file.errorString()));
        }
    }
    if (!file.commit()) {
        return makeError(ErrorKind::Io, Tr::tr("Cannot write the report \"%1\": %2")
                                                .arg(nativePath(pdfPath), file.errorString()));
    }
    return {};
}

} // namespace Cutover
