#pragma once

#include "core/plan/plan.h"
#include "core/plan/plandocument.h"
#include "core/plan/planvalidator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <functional>

namespace Cutover {

// Helpers for the id-keyed lists of a Plan.
namespace PlanLists {

template<class T>
qsizetype indexOfId(const QList<T> &list, qint64 id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

template<class T>
void removeIds(QList<T> &list, const QList<qint64> &ids)
{
    list.removeIf([&ids](const T &item) { return ids.contains(item.id); });
}

template<class T>
void move(QList<T> &list, qint64 id, int delta)
{
    const qsizetype from = indexOfId(list, id);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= list.size())
        return;
    list.move(from, to);
}

template<class T>
QList<qint64> ids(const QList<T> &list)
{
    QList<qint64> result;
    result.reserve(list.size());
    for (const T &item : list)
        result.append(item.id);
    return result;
}

// Inserts `item` at `row` (appends when row is out of range).
template<class T>
void insertAt(QList<T> &list, int row, const T &item)
{
    if (row < 0 || row > list.size())
        list.append(item);
    else
        list.insert(row, item);
}

} // namespace PlanLists

// Base of the Plan pane's table models: one row per item of one list of the
// plan, identified by the item's id. Keeps a snapshot of the plan so that
// rows stay consistent while the document changes; on PlanDocument::changed
// it emits dataChanged for the rows that differ when the set of ids is the
// same, and resets otherwise. Edits go through PlanDocument::edit.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 id of the row's item
        HintRole,                  // QStringList of validation hints about the item
        SortRole,                  // value to sort by (numbers for numeric columns)
    };

    PlanTableModel(PlanDocument *document, PlanDocument::Section section, QObject *parent);

    PlanDocument *document() const { return m_document; }
    PlanDocument::Section section() const { return m_section; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    QStringList hintsFor(qint64 id) const { return m_hints.value(id); }
    bool isEditable() const { return !m_document->isReadOnly(); }

    // Undoable operations on the items. insertItem returns the new item's id
    // (0 when the document is read-only).
    virtual qint64 insertItem(int row) = 0;
    virtual void removeItems(const QList<qint64> &ids) = 0;
    virtual void moveItem(qint64 id, int delta) = 0;

protected:
    // Subclass constructors call this last (it calls the virtual idsOf()).
    void initialize();

    const Plan &plan() const { return m_plan; }
    virtual QList<qint64> idsOf(const Plan &plan) const = 0;
    virtual bool sameRow(const Plan &a, const Plan &b, int row) const = 0;
    virtual bool isColumnEditable(int column) const = 0;

    // Decoration and tooltip for the first column of items with hints;
    // an invalid QVariant for other roles.
    QVariant hintData(const QModelIndex &index, int role) const;

    // The shared part of setData: refuses anything but Qt::EditRole on a
    // valid, editable cell; otherwise pushes one undoable edit named `text`
    // that calls mutate(item, plan) on the row's item, found again by id in
    // listOf(plan) (nothing happens when it is gone). `listOf` is the Plan
    // member holding the model's items (&Plan::risks) or a function of a
    // Plan & returning a reference to that list.
    template<class ListOf, class Mutate>
    bool editRow(const QModelIndex &index, int role, const QString &text, ListOf listOf,
                 Mutate mutate)
    {
        if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
            || !(flags(index) & Qt::ItemIsEditable))
            return false;
        const qint64 id = idAt(index.row());
        m_document->edit(text, [id, listOf, mutate](Plan &p) {
            auto &list = std::invoke(listOf, p);
            const qsizetype i = PlanLists::indexOfId(list, id);
            if (i >= 0)
                mutate(list[i], p);
        });
        return true;
    }

    // Removes the items `ids` from listOf(plan) as one undoable edit named
    // `text`, then calls after(plan) in the same step.
    template<class ListOf, class After>
    void removeRows(const QString &text, const QList<qint64> &ids, ListOf listOf, After after)
    {
        m_document->edit(text, [&ids, listOf, after](Plan &p) {
            PlanLists::removeIds(std::invoke(listOf, p), ids);
            after(p);
        });
    }
    template<class ListOf>
    void removeRows(const QString &text, const QList<qint64> &ids, ListOf listOf)
    {
        removeRows(text, ids, listOf, [](Plan &) {});
    }

    // Moves the item `id` by `delta` places in listOf(plan) as one undoable
    // edit named `text`.
    template<class ListOf>
    void moveRow(const QString &text, qint64 id, int delta, ListOf listOf)
    {
        m_document->edit(text, [id, delta, listOf](Plan &p) {
            PlanLists::move(std::invoke(listOf, p), id, delta);
        });
    }

private:
    void refresh();
    QHash<qint64, QStringList> hintsOf(const Plan &plan) const;

    PlanDocument *m_document;
    PlanDocument::Section m_section;
    Plan m_plan;
    QList<qint64> m_ids;
    QHash<qint64, QStringList> m_hints;
};

} // namespace Cutover
