#include "ui/plan/overviewpage.h"

#include "core/plan/plandocument.h"
#include "ui/plan/planfieldbinder.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Cutover {

OverviewPage::OverviewPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_binder(new PlanFieldBinder(document, this))
    , m_title(new QLineEdit(this))
    , m_fromModel(new QLineEdit(this))
    , m_toModel(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    m_title->setPlaceholderText(tr("e.g. Support bot: GPT-4o to Claude Sonnet"));
    m_fromModel->setPlaceholderText(tr("Model in production today"));
    m_toModel->setPlaceholderText(tr("Model to adopt"));
    m_owner->setPlaceholderText(tr("Who drives the migration"));
    m_notes->setPlaceholderText(tr("Context, decisions, open questions…"));
    m_notes->setTabChangesFocus(true);

    m_binder->bind(
            m_title, u"plan/title"_s, tr("Edit Plan Title"), [](const Plan &p) { return p.title; },
            [](Plan &p, const QString &v) { p.title = v; });
    m_binder->bind(
            m_fromModel, u"plan/fromModel"_s, tr("Edit Current Model"),
            [](const Plan &p) { return p.fromModel; },
            [](Plan &p, const QString &v) { p.fromModel = v; });
    m_binder->bind(
            m_toModel, u"plan/toModel"_s, tr("Edit Target Model"),
            [](const Plan &p) { return p.toModel; },
            [](Plan &p, const QString &v) { p.toModel = v; });
    m_binder->bind(
            m_owner, u"plan/owner"_s, tr("Edit Plan Owner"), [](const Plan &p) { return p.owner; },
            [](Plan &p, const QString &v) { p.owner = v; });
    m_binder->bind(
            m_notes, u"plan/notes"_s, tr("Edit Notes"), [](const Plan &p) { return p.notes; },
            [](Plan &p, const QString &v) { p.notes = v; });

    auto *models = new QHBoxLayout;
    models->addWidget(m_fromModel, 1);
    auto *arrow = new QLabel(u"→"_s, this);
    arrow->setAccessibleName(tr("to"));
    models->addWidget(arrow);
    models->addWidget(m_toModel, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("&Title:"), m_title);
    auto *modelsLabel = new QLabel(tr("&Models:"), this);
    modelsLabel->setBuddy(m_fromModel);
    form->addRow(modelsLabel, models);
    form->addRow(tr("O&wner:"), m_owner);
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel);
    form->addRow(m_notes);
}

} // namespace Cutover
