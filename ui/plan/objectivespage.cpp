#include "ui/plan/objectivespage.h"

#include "ui/plan/objectivesmodel.h"
#include "ui/plan/planitemtable.h"
#include "ui/plan/targeteditor.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

ObjectivesPage::ObjectivesPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new ObjectivesModel(document, this))
    , m_table(new PlanItemTable(m_model,
                                {tr("Add Objective"), tr("Remove Objective"),
                                 tr("No objectives yet. Say what the migration must achieve.")},
                                nullptr, this))
    , m_target(new TargetEditor(document, this))
{
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setSectionResizeMode(ObjectivesModel::TitleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ObjectivesModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ObjectivesModel::TargetColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ObjectivesModel::VerdictColumn, QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"objectivesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_target);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table, &PlanItemTable::currentIdChanged, m_target, &TargetEditor::setObjectiveId);
}

} // namespace Cutover
