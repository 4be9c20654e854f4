#include "ui/prompts/promptlibraryview.h"

#include "ui/prompts/promptlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

// Matches the filter against the name and the description.
class PromptFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString needle = filterRegularExpression().pattern();
        if (needle.isEmpty())
            return true;
        const auto *model = static_cast<const PromptListModel *>(sourceModel());
        if (row >= model->prompts().size() || parent.isValid())
            return false;
        const PromptStore::PromptSummary &p = model->prompts().at(row);
        return p.name.contains(needle, Qt::CaseInsensitive)
               || p.description.contains(needle, Qt::CaseInsensitive);
    }
};

} // namespace

PromptLibraryView::PromptLibraryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PromptListModel(this))
    , m_proxy(new PromptFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PromptListModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setPlaceholderText(tr("Filter by name or description"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter prompts"));

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PromptListModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Prompts"));
    m_table->setMinimumWidth(240);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No prompts yet. Create one with New, or import a JSON file."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Filtering only hides rows: the view may move its current row to a
        // neighbour, which must not switch prompts.
        m_filtering = true;
        m_proxy->setFilterFixedString(text.trimmed());
        const int row = m_model->rowOf(m_current);
        const QModelIndex index
                = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->setCurrentIndex(index);
        if (!index.isValid())
            m_table->clearSelection();
        m_filtering = false;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A filter that hides the current prompt does not change it.
                if (m_filtering || !current.isValid())
                    return;
                const QString name = current.data(PromptListModel::NameRole).toString();
                if (name == m_current)
                    return;
                const QString previous = m_current;
                m_current = name;
                Q_EMIT currentChanged(name, previous);
            });
    m_empty->setVisible(true);
}

void PromptLibraryView::setPrompts(const QList<PromptStore::PromptSummary> &prompts)
{
    m_model->setPrompts(prompts);
    m_table->resizeColumnsToContents();
    m_empty->setVisible(prompts.isEmpty());
    m_table->setVisible(!prompts.isEmpty());
    // Keep the current prompt selected if it is still there.
    if (m_current.isEmpty())
        return;
    const int row = m_model->rowOf(m_current);
    if (row < 0) {
        const QString previous = m_current;
        m_current.clear();
        Q_EMIT currentChanged(QString(), previous);
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid() && m_table->currentIndex() != index)
        m_table->setCurrentIndex(index);
}

QString PromptLibraryView::currentName() const
{
    return m_current;
}

bool PromptLibraryView::selectPrompt(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (m_table->currentIndex() != index)
        m_table->setCurrentIndex(index);
    return true;
}

} // namespace Cutover
