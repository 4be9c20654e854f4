#include "ui/plan/rollbackpage.h"

#include "ui/plan/planfieldbinder.h"
#include "ui/plan/planitemtable.h"
#include "ui/plan/rollbacklistmodel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

RollbackPage::RollbackPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_binder(new PlanFieldBinder(document, this))
    , m_summary(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_triggersModel(new RollbackListModel(document, RollbackListModel::List::Triggers, this))
    , m_stepsModel(new RollbackListModel(document, RollbackListModel::List::Steps, this))
    , m_triggers(new PlanItemTable(m_triggersModel,
                                   {tr("Add Trigger"), tr("Remove Trigger"),
                                    tr("No triggers. Which condition sends traffic back to the "
                                       "old model?")},
                                   nullptr, this))
    , m_steps(new PlanItemTable(m_stepsModel,
                                {tr("Add Step"), tr("Remove Step"),
                                 tr("No steps. What exactly does the on-call engineer do?")},
                                nullptr, this))
{
    m_summary->setPlaceholderText(tr("e.g. Automatic rollback when a guard fails"));
    m_owner->setPlaceholderText(tr("Who decides and acts"));
    m_binder->bind(
            m_summary, u"rollback/summary"_s, tr("Edit Rollback Summary"),
            [](const Plan &p) { return p.rollback.summary; },
            [](Plan &p, const QString &v) { p.rollback.summary = v; });
    m_binder->bind(
            m_owner, u"rollback/owner"_s, tr("Edit Rollback Owner"),
            [](const Plan &p) { return p.rollback.owner; },
            [](Plan &p, const QString &v) { p.rollback.owner = v; });

    for (PlanItemTable *table : {m_triggers, m_steps}) {
        table->view()->verticalHeader()->setVisible(true);
        table->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("O&wner:"), m_owner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"rollbackSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titled(tr("Triggers"), m_triggers, splitter));
    splitter->addWidget(titled(tr("Steps, in order"), m_steps, splitter));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
}

} // namespace Cutover
