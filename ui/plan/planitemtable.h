#pragma once

#include <QWidget>

class QAbstractProxyModel;
class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace Cutover {

class PlanTableModel;

// A table of plan items with Add, Remove, Move Up and Move Down buttons.
// Keyboard (when the table has focus): Insert or Ctrl+Shift+N adds after the
// current row, Delete removes the selected rows, Alt+Up / Alt+Down move the
// current row. Every operation is one undoable PlanDocument edit. Keeps the
// current item selected across model resets (undo, redo, import).
class PlanItemTable final : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString add;    // "Add Objective"
        QString remove; // "Remove Objective"
        QString empty;  // shown over an empty table: "No objectives yet."
    };

    // The view shows `proxy` when given (its source must be `model`).
    PlanItemTable(PlanTableModel *model, Texts texts, QAbstractProxyModel *proxy = nullptr,
                  QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PlanTableModel *model() const { return m_model; }

    // Moving makes no sense when the table is sorted (risks).
    void setMovable(bool movable);
    // The column that opens for editing after Add.
    void setEditColumn(int column) { m_editColumn = column; }

    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Selects and shows the item; false when it is not in the (filtered) view.
    bool selectId(qint64 id);

    QAction *addItemAction() const { return m_add; }
    QAction *removeItemAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

public Q_SLOTS:
    void addItem();
    void removeSelected();
    void moveCurrent(int delta);

Q_SIGNALS:
    void currentIdChanged(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex sourceIndex(const QModelIndex &viewIndex) const;
    QModelIndex viewIndex(const QModelIndex &sourceIndex) const;
    void updateActions();
    void updateEmptyLabel();

    PlanTableModel *m_model;
    QAbstractProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QToolButton *m_moveUpButton;
    QToolButton *m_moveDownButton;
    bool m_movable = true;
    int m_editColumn = 0;
    qint64 m_idBeforeReset = 0;
};

} // namespace Cutover
