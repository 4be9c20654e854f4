#include "ui/plan/scopepage.h"

#include "core/plan/planlabels.h"
#include "ui/plan/plandelegates.h"
#include "ui/plan/planitemtable.h"
#include "ui/plan/scopemodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace Cutover {

ScopePage::ScopePage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new ScopeModel(document, this))
    , m_table(new PlanItemTable(m_model,
                                {tr("Add Scope Item"), tr("Remove Scope Item"),
                                 tr("Nothing in scope yet. List the components and the data "
                                    "the migration touches.")},
                                nullptr, this))
{
    QList<std::pair<QString, int>> kinds;
    for (ScopeKind kind : {ScopeKind::Component, ScopeKind::Data})
        kinds.append({PlanLabels::label(kind), int(kind)});
    QList<std::pair<QString, int>> statuses;
    for (ScopeStatus status : {ScopeStatus::NotStarted, ScopeStatus::InProgress, ScopeStatus::Done,
                               ScopeStatus::Blocked, ScopeStatus::OutOfScope})
        statuses.append({PlanLabels::label(status), int(status)});
    QTableView *view = m_table->view();
    view->setItemDelegateForColumn(ScopeModel::KindColumn, new EnumComboDelegate(kinds, this));
    view->setItemDelegateForColumn(ScopeModel::StatusColumn, new EnumComboDelegate(statuses, this));
    m_table->setEditColumn(ScopeModel::NameColumn);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(ScopeModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScopeModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScopeModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ScopeModel::StatusColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

} // namespace Cutover
