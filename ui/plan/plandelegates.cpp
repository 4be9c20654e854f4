#include "ui/plan/plandelegates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Cutover {

EnumComboDelegate::EnumComboDelegate(QList<std::pair<QString, int>> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget *EnumComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : m_choices)
        combo->addItem(label, value);
    // Commit as soon as the user picks a value.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<EnumComboDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void EnumComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int i = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(qMax(i, 0));
}

void EnumComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentData().toInt() != index.data(Qt::EditRole).toInt())
        model->setData(index, combo->currentData(), Qt::EditRole);
}

SpinBoxDelegate::SpinBoxDelegate(int minimum, int maximum, QString suffix, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_suffix(std::move(suffix))
{}

QWidget *SpinBoxDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(m_minimum, m_maximum);
    spin->setSuffix(m_suffix);
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignCenter);
    return spin;
}

void SpinBoxDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void SpinBoxDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    if (spin->value() != index.data(Qt::EditRole).toInt())
        model->setData(index, spin->value(), Qt::EditRole);
}

DateDelegate::DateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setFrame(false);
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate date = index.data(Qt::EditRole).toDate();
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : QDate::currentDate());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    const QDate date = static_cast<QDateEdit *>(editor)->date();
    if (date != index.data(Qt::EditRole).toDate())
        model->setData(index, date, Qt::EditRole);
}

IdSetDelegate::IdSetDelegate(Choices choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget *IdSetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &index) const
{
    auto *list = new QListWidget(parent);
    list->setAutoFillBackground(true);
    list->setToolTip(tr("Space checks or unchecks, Enter applies, Esc cancels"));
    const auto choices = m_choices(index);
    for (const auto &[id, label] : choices) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
    // Space toggles the current item (QListWidget does this natively).
    return list;
}

void IdSetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *list = static_cast<QListWidget *>(editor);
    const QVariantList ids = index.data(Qt::EditRole).toList();
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
    }
}

void IdSetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    auto *list = static_cast<QListWidget *>(editor);
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    QVariantList value;
    for (qint64 id : std::as_const(ids))
        value.append(id);
    if (value != index.data(Qt::EditRole).toList())
        model->setData(index, value, Qt::EditRole);
}

void IdSetDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &) const
{
    // Drop down below the cell like a combo box popup, as tall as the choices.
    auto *list = static_cast<QListWidget *>(editor);
    const int rows = qMax(1, list->count());
    const int rowHeight = qMax(list->sizeHintForRow(0), option.rect.height());
    const int height = qMin(rows * rowHeight + 2 * list->frameWidth(), 8 * rowHeight);
    QRect rect = option.rect;
    rect.setHeight(height);
    rect.setWidth(qMax(rect.width(), list->sizeHintForColumn(0) + 2 * list->frameWidth() + 24));
    if (editor->parentWidget() && rect.bottom() > editor->parentWidget()->height())
        rect.moveBottom(qMax(height, editor->parentWidget()->height()));
    editor->setGeometry(rect);
}

} // namespace Cutover
