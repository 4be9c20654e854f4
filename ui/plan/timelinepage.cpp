#include "ui/plan/timelinepage.h"

#include "core/plan/planlabels.h"
#include "ui/plan/ganttchart.h"
#include "ui/plan/phasesmodel.h"
#include "ui/plan/plandelegates.h"
#include "ui/plan/planitemtable.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

TimelinePage::TimelinePage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PhasesModel(document, this))
    , m_table(new PlanItemTable(m_model,
                                {tr("Add Phase"), tr("Remove Phase"),
                                 tr("No phases yet. Break the migration into phases with dates.")},
                                nullptr, this))
    , m_chart(new GanttChart(this))
{
    QList<std::pair<QString, int>> statuses;
    for (PhaseStatus status :
         {PhaseStatus::Planned, PhaseStatus::InProgress, PhaseStatus::Done, PhaseStatus::Blocked})
        statuses.append({PlanLabels::label(status), int(status)});
    QTableView *view = m_table->view();
    view->setItemDelegateForColumn(PhasesModel::StartColumn, new DateDelegate(this));
    view->setItemDelegateForColumn(PhasesModel::DurationColumn,
                                   new SpinBoxDelegate(1, 3650, QString(), this));
    view->setItemDelegateForColumn(PhasesModel::StatusColumn,
                                   new EnumComboDelegate(statuses, this));
    view->setItemDelegateForColumn(
            PhasesModel::DependsOnColumn,
            new IdSetDelegate(
                    [this](const QModelIndex &index) {
                        const qint64 self = index.data(PhasesModel::IdRole).toLongLong();
                        auto names = m_model->phaseNames();
                        names.removeIf([self](const auto &entry) { return entry.first == self; });
                        return names;
                    },
                    this));
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < PhasesModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PhasesModel::DependsOnColumn, QHeaderView::Stretch);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"timelineSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_chart->setPhases(document->plan().phases);
    connect(document, &PlanDocument::changed, this, [this](PlanDocument::Sections sections) {
        if (sections & PlanDocument::Phases)
            m_chart->setPhases(m_document->plan().phases);
    });
    connect(m_table, &PlanItemTable::currentIdChanged, m_chart, &GanttChart::setSelectedId);
    connect(m_chart, &GanttChart::phaseClicked, this, [this](qint64 id) {
        m_table->selectId(id);
        m_table->view()->setFocus(Qt::MouseFocusReason);
    });
}

} // namespace Cutover
