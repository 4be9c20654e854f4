#include "ui/plan/riskspage.h"

#include "core/plan/planlabels.h"
#include "ui/plan/plancolors.h"
#include "ui/plan/plandelegates.h"
#include "ui/plan/planitemtable.h"
#include "ui/plan/riskmatrix.h"
#include "ui/plan/risksmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

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

    // Below the table: the matrix, and beside it what it means.
    m_matrix->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *matrixTitle = new QLabel(tr("Risk matrix"), side);
    QFont bold = matrixTitle->font();
    bold.setBold(true);
    matrixTitle->setFont(bold);
    sideLayout->addWidget(matrixTitle);
    auto *explanation = new QLabel(tr("Each cell counts the risks with that likelihood and "
                                      "impact. Click a cell to show only its risks; click it "
                                      "again to show all."),
                                   side);
    explanation->setWordWrap(true);
    sideLayout->addWidget(explanation);
    auto *legend = new QGridLayout;
    legend->setHorizontalSpacing(8);
    const std::pair<int, int> bands[] = {{1, 4}, {5, 9}, {10, 14}, {15, 25}};
    int legendRow = 0;
    for (const auto &[low, high] : bands) {
        auto *swatch = new QLabel(side);
        const int size = fontMetrics().height();
        swatch->setPixmap(PlanColors::swatch(PlanColors::riskScore(low)).pixmap(size, size));
        legend->addWidget(swatch, legendRow, 0);
        legend->addWidget(new QLabel(PlanLabels::riskLevel(low), side), legendRow, 1);
        //: Range of risk scores, e.g. "score 5–9"
        legend->addWidget(new QLabel(tr("score %1–%2").arg(low).arg(high), side), legendRow, 2);
        ++legendRow;
    }
    legend->setColumnStretch(3, 1);
    sideLayout->addLayout(legend);
    sideLayout->addWidget(m_filterBar);
    sideLayout->addStretch(1);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->setSpacing(16);
    bottomLayout->addWidget(m_matrix, 0, Qt::AlignTop);
    bottomLayout->addWidget(side, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"risksSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

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
