#include "ui/shell/panehost.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace Cutover {

PaneHost::PaneHost(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    m_list->setObjectName(u"paneList"_s);
    m_list->setAccessibleName(tr("Sections"));
    m_list->setViewMode(QListView::ListMode);
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(2);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_list->setAutoFillBackground(true);
    m_list->setBackgroundRole(QPalette::AlternateBase);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_ids.size())
            return;
        m_stack->setCurrentIndex(row);
        Q_EMIT currentPaneChanged(m_ids.at(row));
    });
}

void PaneHost::addPane(const QString &id, const QIcon &icon, const QString &title, QWidget *pane)
{
    auto *item = new QListWidgetItem(icon, title, m_list);
    item->setSizeHint(QSize(item->sizeHint().width(), 36));
    m_ids.append(id);
    m_stack->addWidget(pane);
    // Fit the list to its longest title (titles differ per language).
    int width = 0;
    for (int i = 0; i < m_list->count(); ++i)
        width = qMax(width, m_list->fontMetrics().horizontalAdvance(m_list->item(i)->text()));
    m_list->setFixedWidth(width + m_list->iconSize().width() + 48);
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

void PaneHost::removeAllPanes()
{
    m_list->clear();
    m_ids.clear();
    while (m_stack->count() > 0) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
}

QString PaneHost::currentPaneId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

bool PaneHost::setCurrentPane(const QString &id)
{
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    return true;
}

QWidget *PaneHost::pane(const QString &id) const
{
    const int row = int(m_ids.indexOf(id));
    return row < 0 ? nullptr : m_stack->widget(row);
}

} // namespace Cutover
