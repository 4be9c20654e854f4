#include "ui/plan/hintspage.h"

#include "core/plan/plandocument.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Cutover {

HintsPage::HintsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_list->setToolTip(tr("Double-click or press Enter to go to the item"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_hints.size())
            Q_EMIT hintActivated(m_hints.at(row));
    });
    connect(m_document, &PlanDocument::changed, this, &HintsPage::refresh);
    refresh();
}

void HintsPage::refresh()
{
    const QList<PlanHint> hints = validatePlan(m_document->plan());
    m_summary->setText(hints.isEmpty()
                               ? tr("No hints: the plan covers everything the checks look for.")
                               : tr("Worth a look before the review: %1").arg(hints.size()));
    // Rebuild the list only when the hints changed, so the selection stays.
    if (hints == m_hints && m_list->count() == hints.size())
        return;
    const int currentRow = m_list->currentRow();
    m_hints = hints;
    m_list->clear();
    QStyle *style = QApplication::style();
    for (const PlanHint &hint : std::as_const(m_hints)) {
        auto *item = new QListWidgetItem(
                style->standardIcon(hint.severity == PlanHint::Severity::Warning
                                            ? QStyle::SP_MessageBoxWarning
                                            : QStyle::SP_MessageBoxInformation),
                hint.message, m_list);
        item->setToolTip(hint.message);
    }
    if (currentRow >= 0 && m_list->count() > 0)
        m_list->setCurrentRow(qMin(currentRow, m_list->count() - 1));
    Q_EMIT hintsChanged(int(m_hints.size()));
}

} // namespace Cutover
