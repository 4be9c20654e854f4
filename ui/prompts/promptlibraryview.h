#pragma once

#include "core/prompts/promptstore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Cutover {

class PromptListModel;

// The prompt library as a filterable, sortable table (name, latest version,
// variants, updated). The filter matches names and descriptions.
class PromptLibraryView final : public QWidget
{
    Q_OBJECT

public:
    explicit PromptLibraryView(QWidget *parent = nullptr);

    void setPrompts(const QList<PromptStore::PromptSummary> &prompts);

    QString currentName() const;
    // Selects the prompt (clearing a filter that hides it); false if absent.
    bool selectPrompt(const QString &name);

    PromptListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    // The selection moved to `name` (empty: nothing selected) from `previous`.
    void currentChanged(const QString &name, const QString &previous);

private:
    PromptListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_empty;
    QString m_current;
    bool m_filtering = false;
};

} // namespace Cutover
