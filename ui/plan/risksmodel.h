#pragma once

#include "ui/plan/plantablemodel.h"

#include <QSortFilterProxyModel>

namespace Cutover {

// The plan's risks with likelihood, impact (1..5), the derived score and
// level, mitigation and owner.
class RisksModel final : public PlanTableModel
{
    Q_OBJECT

public:
    enum Column {
        DescriptionColumn,
        LikelihoodColumn,
        ImpactColumn,
        ScoreColumn,
        LevelColumn,
        MitigationColumn,
        OwnerColumn,
        ColumnCount
    };
    enum RiskRole {
        LikelihoodRole = SortRole + 1, // int 1..5
        ImpactRole,                    // int 1..5
    };

    explicit RisksModel(PlanDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Likelihood and impact of risks added from now on (the risk matrix
    // cell being looked at, so that a new risk shows up in it).
    void setNewRiskCell(int likelihood, int impact);

    qint64 insertItem(int row) override;
    void removeItems(const QList<qint64> &ids) override;
    void moveItem(qint64 id, int delta) override;

protected:
    QList<qint64> idsOf(const Plan &plan) const override;
    bool sameRow(const Plan &a, const Plan &b, int row) const override;
    bool isColumnEditable(int column) const override;

private:
    int m_newLikelihood = 3;
    int m_newImpact = 3;
};

// Sorts the risks by PlanTableModel::SortRole and, when a cell of the risk
// matrix is chosen, shows only the risks in that cell.
class RiskFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RiskFilterProxy(QObject *parent = nullptr);

    // 0, 0 clears the filter.
    void setCell(int likelihood, int impact);
    int likelihood() const { return m_likelihood; }
    int impact() const { return m_impact; }
    bool isFiltering() const { return m_likelihood > 0; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_likelihood = 0;
    int m_impact = 0;
};

} // namespace Cutover
