#pragma once

#include "core/metrics/runmetrics.h"

#include <QAbstractTableModel>
#include <QList>

namespace Cutover {

// The figures of a comparison as a table: one row per figure, the
// baseline's, the candidate's and the change, each with its interval and n,
// "not enough data" where so.
class SummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FigureColumn, BaselineColumn, CandidateColumn, ChangeColumn, ColumnCount };

    explicit SummaryModel(QObject *parent = nullptr);

    void setComparison(const Metrics::RunComparison &comparison);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of a figure by its stable key ("pass_rate", "latency_p95",
    // ...), -1 when absent.
    int rowOf(const QString &key) const;
    // The estimate behind a cell (invalid for text-only cells and the figure
    // column).
    std::optional<Stats::Estimate> estimateAt(int row, int column) const;

    // Tab-separated, one line per row with a header line: figure, then
    // value, low, high, n and status for baseline, candidate and change.
    QString toTsv() const;

private:
    struct Cell
    {
        std::optional<Stats::Estimate> estimate;
        int decimals = 1;
        QString unit;
        QString text; // used when there is no estimate
    };
    struct Row
    {
        QString key;
        QString figure;
        Cell cells[3];
    };

    QString cellText(const Cell &cell) const;

    QList<Row> m_rows;
    QString m_baselineName;
    QString m_candidateName;
};

} // namespace Cutover
