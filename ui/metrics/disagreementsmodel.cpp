#include "ui/metrics/disagreementsmodel.h"

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

constexpr int kShownCharacters = 160;

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > kShownCharacters)
        line = line.left(kShownCharacters - 1) + u'…';
    return line;
}

} // namespace

DisagreementsModel::DisagreementsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DisagreementsModel::setDisagreements(const QList<Metrics::Disagreement> &disagreements,
                                          const QString &baselineName, const QString &candidateName)
{
    beginResetModel();
    m_rows = disagreements;
    m_baselineName = baselineName;
    m_candidateName = candidateName;
    endResetModel();
}

int DisagreementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisagreementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisagreementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Metrics::Disagreement &d = m_rows.at(index.row());
    const auto answer = [](const QString &text, const std::optional<bool> &passed) {
        const QString mark = !passed ? QString() : *passed ? tr("passed") : tr("failed");
        return mark.isEmpty() ? text : tr("[%1] %2").arg(mark, text);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CaseColumn:
            return d.repeat > 0 ? tr("%1 (repeat %2)").arg(d.caseId).arg(d.repeat + 1)
                                : QString::number(d.caseId);
        case ReasonColumn:
            return Metrics::describeReasons(d.reasons);
        case BaselineColumn:
            return oneLine(answer(d.baselineText, d.baselinePassed));
        case CandidateColumn:
            return oneLine(answer(d.candidateText, d.candidatePassed));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case BaselineColumn:
            return answer(d.baselineText, d.baselinePassed);
        case CandidateColumn:
            return answer(d.candidateText, d.candidatePassed);
        case ReasonColumn:
            return tr("Similarity of the answers: %1").arg(d.similarity, 0, 'f', 2);
        }
        break;
    }
    return QVariant();
}

QVariant DisagreementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case ReasonColumn:
        return tr("Why");
    case BaselineColumn:
        return m_baselineName.isEmpty() ? tr("Baseline") : m_baselineName;
    case CandidateColumn:
        return m_candidateName.isEmpty() ? tr("Candidate") : m_candidateName;
    }
    return QVariant();
}

} // namespace Cutover
