#pragma once

#include <QList>
#include <QStyledItemDelegate>

#include <functional>
#include <utility>

namespace Cutover {

// Edits an enum column as a combo box of (label, int value) pairs; the
// model's Qt::EditRole holds the int value.
class EnumComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    EnumComboDelegate(QList<std::pair<QString, int>> choices, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<std::pair<QString, int>> m_choices;
};

// Edits an int column with a spin box in [minimum, maximum].
class SpinBoxDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SpinBoxDelegate(int minimum, int maximum, QString suffix, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    int m_minimum;
    int m_maximum;
    QString m_suffix;
};

// Edits a QDate column with a date edit and a calendar popup.
class DateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DateDelegate(QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

// Edits a set of ids (QVariantList in Qt::EditRole) as a list of checkable
// choices, e.g. the phases a phase depends on. `choices` gives (id, label)
// for the row being edited.
class IdSetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = std::function<QList<std::pair<qint64, QString>>(const QModelIndex &)>;

    IdSetDelegate(Choices choices, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace Cutover
