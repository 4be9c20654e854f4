#pragma once

#include "core/prompts/promptstore.h"

#include <QAbstractTableModel>

namespace Cutover {

// The prompt library as a read-only table: name, latest version of the
// default wording, endpoints with their own variant, last update (local
// time). The pane reloads it from PromptStore::list() and hands it over.
class PromptListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Latest, Variants, Updated, ColumnCount };
    // Qt::UserRole on any column: the prompt's name. SortRole: a sortable value.
    static constexpr int NameRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PromptListModel(QObject *parent = nullptr);

    // Keeps rows that stay (by name) in place where it can: unchanged lists
    // emit nothing, so selections and scroll positions survive refreshes.
    void setPrompts(const QList<PromptStore::PromptSummary> &prompts);
    const QList<PromptStore::PromptSummary> &prompts() const { return m_prompts; }
    int rowOf(const QString &name) const; // -1 if absent
    QStringList names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PromptStore::PromptSummary> m_prompts;
};

} // namespace Cutover
