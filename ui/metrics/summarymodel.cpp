#include "ui/metrics/summarymodel.h"

#include "ui/metrics/figureformat.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Cutover {

SummaryModel::SummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SummaryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_baselineName.clear();
    m_candidateName.clear();
    endResetModel();
}

void SummaryModel::setComparison(const Metrics::RunComparison &c)
{
    using Stats::Estimate;
    using Stats::scaled;
    QList<Row> rows;
    const auto est = [](const Estimate &e, int decimals, const QString &unit) {
        Cell cell;
        cell.estimate = e;
        cell.decimals = decimals;
        cell.unit = unit;
        return cell;
    };
    const auto text = [](const QString &t) {
        Cell cell;
        cell.text = t;
        return cell;
    };
    const QString pct = u" %"_s;
    const QString ms = tr(" ms");
    const QString points = tr(" points");
    const Cell none = text(QString());

    const auto rate = [&](const QString &key, const QString &figure, const Estimate &b,
                          const Estimate &cand, const Cell &change) {
        rows.append({key,
                     figure,
                     {est(scaled(b, 100), 1, pct), est(scaled(cand, 100), 1, pct), change}});
    };
    rate(u"pass_rate"_s, tr("Pass rate"), c.baseline.passRate, c.candidate.passRate,
         est(c.paired.passRateChangePoints, 1, points));
    rate(u"error_rate"_s, tr("Error rate"), c.baseline.errorRate, c.candidate.errorRate, none);
    rate(u"incomplete_rate"_s, tr("Incomplete rate"), c.baseline.incompleteRate,
         c.candidate.incompleteRate, none);

    const auto dist = [&](const QString &key, const QString &figure, const Estimate &b,
                          const Estimate &cand, const Cell &change) {
        rows.append({key, figure, {est(b, 0, ms), est(cand, 0, ms), change}});
    };
    dist(u"latency_mean"_s, tr("Latency, mean"), c.baseline.latency.mean, c.candidate.latency.mean,
         est(c.paired.latencyMeanDifferenceMs, 0, ms));
    dist(u"latency_p50"_s, tr("Latency p50"), c.baseline.latency.p50, c.candidate.latency.p50,
         est(c.paired.latencyP50ChangePercent, 1, pct));
    dist(u"latency_p90"_s, tr("Latency p90"), c.baseline.latency.p90, c.candidate.latency.p90,
         none);
    dist(u"latency_p95"_s, tr("Latency p95"), c.baseline.latency.p95, c.candidate.latency.p95,
         est(c.paired.latencyP95ChangePercent, 1, pct));
    dist(u"latency_p99"_s, tr("Latency p99"), c.baseline.latency.p99, c.candidate.latency.p99,
         none);
    dist(u"ttft_p50"_s, tr("Time to first token p50"), c.baseline.ttft.p50, c.candidate.ttft.p50,
         none);
    dist(u"ttft_p95"_s, tr("Time to first token p95"), c.baseline.ttft.p95, c.candidate.ttft.p95,
         none);

    rows.append({u"input_tokens"_s,
                 tr("Input tokens per answer"),
                 {est(c.baseline.inputTokens, 0, QString()),
                  est(c.candidate.inputTokens, 0, QString()), none}});
    rows.append({u"output_tokens"_s,
                 tr("Output tokens per answer"),
                 {est(c.baseline.outputTokens, 0, QString()),
                  est(c.candidate.outputTokens, 0, QString()), none}});
    rows.append({u"cost_per_request"_s,
                 tr("Cost per request"),
                 {est(c.baseline.costPerRequest, 5, QString()),
                  est(c.candidate.costPerRequest, 5, QString()),
                  est(c.paired.costChangePercent, 1, pct)}});
    rows.append({u"cost_per_1k"_s,
                 tr("Cost per 1,000 requests"),
                 {est(c.baseline.costPer1k, 2, QString()), est(c.candidate.costPer1k, 2, QString()),
                  est(c.paired.costChangePercent, 1, pct)}});

    const auto wtl = [](const Stats::WinTieLoss &w) {
        //: candidate wins / ties / losses
        return tr("%1 / %2 / %3").arg(w.wins).arg(w.ties).arg(w.losses);
    };
    rows.append({u"assertions_wtl"_s,
                 tr("Assertions: candidate better / tie / worse"),
                 {none, text(wtl(c.paired.assertions)),
                  text(FigureFormat::test(c.paired.assertions.signTest, tr("sign test")))}});
    if (c.paired.hasRatings) {
        rows.append({u"ratings_wtl"_s,
                     tr("Ratings: candidate better / tie / worse"),
                     {none, text(wtl(c.paired.ratings)),
                      text(FigureFormat::test(c.paired.ratings.signTest, tr("sign test")))}});
    }
    rows.append({u"pass_fail_pairs"_s,
                 tr("Pass/fail on the same cases"),
                 {none, none, text(FigureFormat::test(c.paired.mcnemar, tr("McNemar")))}});
    rows.append({u"latency_tests"_s,
                 tr("Latency difference"),
                 {none, none,
                  text(FigureFormat::test(c.paired.latencyWelch, tr("Welch")) + u"; "_s
                       + FigureFormat::test(c.paired.latencyMannWhitney, tr("Mann–Whitney")))}});
    rows.append({u"results"_s,
                 tr("Results (errors, incomplete, cancelled)"),
                 {text(tr("%1 (%2, %3, %4)")
                               .arg(c.baseline.results)
                               .arg(c.baseline.errors)
                               .arg(c.baseline.incomplete)
                               .arg(c.baseline.cancelled)),
                  text(tr("%1 (%2, %3, %4)")
                               .arg(c.candidate.results)
                               .arg(c.candidate.errors)
                               .arg(c.candidate.incomplete)
                               .arg(c.candidate.cancelled)),
                  text(tr("%1 pairs").arg(c.paired.pairs))}});

    beginResetModel();
    m_rows = rows;
    m_baselineName = c.baseline.endpoint;
    m_candidateName = c.candidate.endpoint;
    endResetModel();
}

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SummaryModel::cellText(const Cell &cell) const
{
    if (cell.estimate)
        return FigureFormat::estimate(*cell.estimate, cell.decimals, cell.unit);
    return cell.text;
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (index.column() == FigureColumn) {
        if (role == Qt::DisplayRole)
            return row.figure;
        return QVariant();
    }
    const Cell &cell = row.cells[index.column() - 1];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case Qt::ToolTipRole:
        if (cell.estimate) {
            const Stats::Estimate &e = *cell.estimate;
            return tr("%1\nn = %2, %3 % interval, %4")
                    .arg(cellText(cell))
                    .arg(e.n)
                    .arg(e.confidence * 100.0, 0, 'f', 0)
                    .arg(Stats::statusLabel(e.status));
        }
        return cell.text.isEmpty() ? QVariant() : QVariant(cell.text);
    case Qt::ForegroundRole:
        if (cell.estimate && !cell.estimate->isOk())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FigureColumn:
        return tr("Figure");
    case BaselineColumn:
        return m_baselineName.isEmpty() ? tr("Baseline") : tr("Baseline: %1").arg(m_baselineName);
    case CandidateColumn:
        return m_candidateName.isEmpty() ? tr("Candidate")
                                         : tr("Candidate: %1").arg(m_candidateName);
    case ChangeColumn:
        return tr("Change");
    }
    return QVariant();
}

int SummaryModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return int(i);
    }
    return -1;
}

std::optional<Stats::Estimate> SummaryModel::estimateAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column <= FigureColumn || column >= ColumnCount)
        return std::nullopt;
    return m_rows.at(row).cells[column - 1].estimate;
}

QString SummaryModel::toTsv() const
{
    QStringList header{tr("Figure")};
    for (const QString &side : {headerData(BaselineColumn, Qt::Horizontal).toString(),
                                headerData(CandidateColumn, Qt::Horizontal).toString(),
                                headerData(ChangeColumn, Qt::Horizontal).toString()}) {
        header << side << tr("%1 low").arg(side) << tr("%1 high").arg(side) << tr("%1 n").arg(side)
               << tr("%1 status").arg(side);
    }
    QStringList lines{header.join(u'\t')};
    for (const Row &row : m_rows) {
        QStringList fields{row.figure};
        for (const Cell &cell : row.cells) {
            if (cell.estimate) {
                const Stats::Estimate &e = *cell.estimate;
                fields << FigureFormat::plain(e.value, cell.decimals + 2)
                       << FigureFormat::plain(e.low, cell.decimals + 2)
                       << FigureFormat::plain(e.high, cell.decimals + 2) << QString::number(e.n)
                       << Stats::statusLabel(e.status);
            } else {
                fields << cell.text << QString() << QString() << QString() << QString();
            }
        }
        for (QString &f : fields)
            f.replace(u'\t', u' ').replace(u'\n', u' ');
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace Cutover
