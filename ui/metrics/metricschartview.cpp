#include "ui/metrics/metricschartview.h"

#include "ui/metrics/chartdata.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::ChartData {

QColor variantColor(int index)
{
    // Colour-blind safe (Okabe & Ito 2008): blue, orange, bluish green,
    // reddish purple, sky blue.
    static const QColor colors[]
            = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
               QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9)};
    return colors[qMax(0, index) % std::size(colors)];
}

QColor thresholdColor()
{
    return QColor(0xd5, 0x5e, 0x00); // vermillion
}

} // namespace Cutover::ChartData

namespace Cutover {

MetricsChartView::MetricsChartView(const QString &title, QWidget *parent)
    : QChartView(parent)
    , m_exportPng(new QAction(tr("Export as &PNG…"), this))
    , m_exportSvg(new QAction(tr("Export as &SVG…"), this))
    , m_copyImage(new QAction(tr("&Copy Image"), this))
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(title);
    setAccessibleName(title);
    chart()->setAnimationOptions(QChart::NoAnimation); // live updates must not lag
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumSize(280, 200);

    connect(m_exportPng, &QAction::triggered, this, [this] { exportInteractively(false); });
    connect(m_exportSvg, &QAction::triggered, this, [this] { exportInteractively(true); });
    connect(m_copyImage, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setImage(toImage()); });
}

QString MetricsChartView::title() const
{
    return chart()->title();
}

void MetricsChartView::setEmptyMessage(const QString &message)
{
    m_emptyMessage = message;
    chart()->legend()->setVisible(message.isEmpty());
    for (QAbstractAxis *axis : chart()->axes())
        axis->setVisible(message.isEmpty());
    for (QAbstractSeries *series : chart()->series())
        series->setVisible(message.isEmpty());
    viewport()->update();
}

qsizetype MetricsChartView::drawnPointCount() const
{
    qsizetype n = 0;
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            n += xy->count();
    }
    return n;
}

void MetricsChartView::render(QPainter *painter, QSize size) const
{
    // QGraphicsView::render is not const; rendering does not change the view.
    auto *self = const_cast<MetricsChartView *>(this);
    self->QGraphicsView::render(painter, QRectF(QPointF(0, 0), QSizeF(size)), viewport()->rect());
}

QImage MetricsChartView::toImage(QSize size) const
{
    if (!size.isValid())
        size = viewport()->size();
    const qreal ratio = devicePixelRatioF();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter, size);
    return image;
}

Result<void> MetricsChartView::exportPng(const QString &path, QSize size) const
{
    const QImage image = toImage(size);
    if (!image.save(path, "PNG")) {
        return makeError(ErrorKind::Io, tr("Could not write the image %1. Check that the folder "
                                           "exists and that you may write there.")
                                                .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Result<void> MetricsChartView::exportSvg(const QString &path, QSize size) const
{
    if (!size.isValid())
        size = viewport()->size();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title());
    generator.setDescription(tr("Chart exported from Cutover"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        return makeError(ErrorKind::Io, tr("Could not write the drawing %1. Check that the folder "
                                           "exists and that you may write there.")
                                                .arg(QDir::toNativeSeparators(path)));
    }
    render(&painter, size);
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        return makeError(ErrorKind::Io,
                         tr("Could not write the drawing %1.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

QString MetricsChartView::fileBaseName() const
{
    QString name = title();
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\s]+"_s), u"-"_s);
    return name.isEmpty() ? u"chart"_s : name.toLower();
}

void MetricsChartView::exportInteractively(bool svg)
{
    const QString suggested = QDir::home().filePath(fileBaseName() + (svg ? u".svg"_s : u".png"_s));
    const QString path = QFileDialog::getSaveFileName(
            this, svg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"), suggested,
            svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Result<void> written = svg ? exportSvg(path) : exportPng(path);
    if (!written)
        QMessageBox::warning(this, tr("Export Failed"), written.error().message);
}

void MetricsChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_exportPng);
    menu.addAction(m_exportSvg);
    menu.addSeparator();
    menu.addAction(m_copyImage);
    menu.exec(event->globalPos());
}

void MetricsChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_emptyMessage.isEmpty())
        return;
    painter->save();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    QRectF area = chart()->plotArea();
    if (area.width() < 50 || area.height() < 30)
        area = chart()->geometry().adjusted(8, 32, -8, -8);
    painter->drawText(area.adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                      m_emptyMessage);
    painter->restore();
}

void MetricsChartView::setNiceRange(QValueAxis *axis, double low, double high, int ticks,
                                    double floor, double ceiling)
{
    if (!(high > low))
        high = low + 1.0;
    const double rough = (high - low) / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10.0 * magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    }
    const double niceLow = std::max(floor, std::floor(low / step) * step);
    const double niceHigh = std::min(ceiling, std::ceil(high / step) * step);
    axis->setRange(niceLow, niceHigh > niceLow ? niceHigh : niceLow + step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
}

void MetricsChartView::clearChart()
{
    chart()->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

QLineSeries *MetricsChartView::makeThresholdSeries(const QString &label)
{
    auto *series = new QLineSeries;
    series->setName(label);
    QPen pen(ChartData::thresholdColor());
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    return series;
}

} // namespace Cutover
