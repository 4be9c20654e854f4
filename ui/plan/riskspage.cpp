#include "ui/plan/riskspage.h"

#include "core/plan/planlabels.h"
#include "ui/plan/plandelegates.h"
#include "ui/plan/planitemtable.h"
#include "ui/plan/riskmatrix.h"
#include "ui/plan/risksmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Cutover {

RisksPage::RisksPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RisksModel(document, this))
    , m_proxy(new RiskFilterProxy(this))
    , m_matrix(new RiskMatrix(this))
    , m_filterBar(new QWidget(this))
    , m_filterLabel(new QLabel(m_filterBar))
{
    m_proxy->setSourceModel(m_model);
    m_table = new PlanItemTable(
            m_model,
            {tr("Add Risk"), tr("Remove Risk"),
             tr("No risks listed. What could go wrong, and what would you do about it?")},
            m_proxy, this);
    m_table->setMovable(false);

    QTableView *view = m_table->view();
    view->setSortingEnabled(true);
    view->sortByColumn(RisksModel::ScoreColumn, Qt::DescendingOrder);
    view->setItemDelegateForColumn(RisksModel::LikelihoodColumn,
                                   new SpinBoxDelegate(1, 5, QString(), this));
    view->setItemDelegateForColumn(RisksModel::ImpactColumn,
                                   new SpinBoxDelegate(1, 5, QString(), this));
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < RisksModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RisksModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RisksModel::MitigationColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);

    auto *clear = new QPushButton(tr("Show All"), m_filterBar);
    clear->setToolTip(tr("Clear the matrix filter"));
    auto *barLayout = new QHBoxLayout(m_filterBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_filterLabel, 1);
    barLayout->addWidget(clear);
    m_filterLabel->setWordWrap(true);
    connect(clear, &QPushButton::clicked, this, [this] { setCellFilter(0, 0); });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_filterBar);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *matrixTitle = new QLabel(tr("Risk matrix"), right);
    QFont bold = matrixTitle->font();
    bold.setBold(true);
    matrixTitle->setFont(bold);
    rightLayout->addWidget(matrixTitle);
    rightLayout->addWidget(m_matrix);
    auto *legend = new QLabel(tr("Click a cell to filter the table."), right);
    legend->setWordWrap(true);
    legend->setEnabled(false);
    rightLayout->addWidget(legend);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_matrix->setRisks(document->plan().risks);
    connect(document, &PlanDocument::changed, this, [this](PlanDocument::Sections sections) {
        if (sections & PlanDocument::Risks) {
            m_matrix->setRisks(m_document->plan().risks);
            updateFilterBar();
        }
    });
    connect(m_matrix, &RiskMatrix::cellSelected, this, &RisksPage::setCellFilter);
    updateFilterBar();
}

void RisksPage::setCellFilter(int likelihood, int impact)
{
    m_proxy->setCell(likelihood, impact);
    m_model->setNewRiskCell(likelihood, impact);
    m_matrix->setSelectedCell(likelihood, impact);
    updateFilterBar();
}

bool RisksPage::selectRisk(qint64 id)
{
    if (m_table->selectId(id))
        return true;
    setCellFilter(0, 0);
    return m_table->selectId(id);
}

void RisksPage::updateFilterBar()
{
    const int likelihood = m_proxy->likelihood();
    const int impact = m_proxy->impact();
    m_filterBar->setVisible(m_proxy->isFiltering());
    if (!m_proxy->isFiltering())
        return;
    m_filterLabel->setText(tr("Only risks with likelihood %1 and impact %2 (%3): %4")
                                   .arg(likelihood)
                                   .arg(impact)
                                   .arg(PlanLabels::riskLevel(likelihood * impact))
                                   .arg(m_matrix->riskCount(likelihood, impact)));
}

} // namespace Cutover
