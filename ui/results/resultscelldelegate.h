#pragma once

#include <QStyledItemDelegate>

namespace Cutover {

// Paints the cells of the results matrix (no widgets per cell): for an
// endpoint, a verdict badge, the "k/N passed" count when the run has repeats,
// latency and cost on the first line and the answer's start below; for the
// case column, its id, its rating and its variables.
class ResultsCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ResultsCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height of a row: a line of badges and two lines of text.
    static int rowHeight(const QFontMetrics &metrics);

    // Texts shared with tests.
    static QString badgeText(const QModelIndex &index);
    static QString metricsText(const QModelIndex &index);
};

} // namespace Cutover
