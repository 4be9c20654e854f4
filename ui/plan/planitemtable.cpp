#include "ui/plan/planitemtable.h"

#include "ui/plan/plantablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

enum class Glyph { Plus, Minus, Up, Down };

// Small monochrome glyphs drawn in the palette's text colour, used when the
// icon theme has none.
QIcon glyphIcon(Glyph glyph, const QPalette &palette)
{
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        for (int size : {16, 32}) {
            const QColor color
                    = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                    QPalette::ButtonText);
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 16.0, size / 16.0);
            QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            p.setPen(pen);
            switch (glyph) {
            case Glyph::Plus:
                p.drawLine(QPointF(8, 3), QPointF(8, 13));
                p.drawLine(QPointF(3, 8), QPointF(13, 8));
                break;
            case Glyph::Minus:
                p.drawLine(QPointF(3, 8), QPointF(13, 8));
                break;
            case Glyph::Up:
                p.drawPolyline(QPolygonF({QPointF(3.5, 10), QPointF(8, 5.5), QPointF(12.5, 10)}));
                break;
            case Glyph::Down:
                p.drawPolyline(QPolygonF({QPointF(3.5, 6), QPointF(8, 10.5), QPointF(12.5, 6)}));
                break;
            }
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QString withShortcuts(const QString &text, const QList<QKeySequence> &keys)
{
    QStringList names;
    for (const QKeySequence &key : keys)
        names.append(key.toString(QKeySequence::NativeText));
    //: Tooltip of a button: action name and its keyboard shortcut(s)
    return PlanItemTable::tr("%1 (%2)").arg(text, names.join(PlanItemTable::tr(", ")));
}

QToolButton *makeButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

PlanItemTable::PlanItemTable(PlanTableModel *model, Texts texts, QAbstractProxyModel *proxy,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(texts.empty, m_view->viewport()))
{
    const QPalette glyphPalette = palette();

    m_add = new QAction(QIcon::fromTheme(u"list-add"_s, glyphIcon(Glyph::Plus, glyphPalette)),
                        texts.add, this);
    m_add->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(u"Ctrl+Shift+N"_s)});
    m_remove
            = new QAction(QIcon::fromTheme(u"list-remove"_s, glyphIcon(Glyph::Minus, glyphPalette)),
                          texts.remove, this);
    m_remove->setShortcuts({QKeySequence(QKeySequence::Delete)});
    m_moveUp = new QAction(QIcon::fromTheme(u"go-up"_s, glyphIcon(Glyph::Up, glyphPalette)),
                           tr("Move Up"), this);
    m_moveUp->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_moveDown = new QAction(QIcon::fromTheme(u"go-down"_s, glyphIcon(Glyph::Down, glyphPalette)),
                             tr("Move Down"), this);
    m_moveDown->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down)});
    for (QAction *action : {m_add, m_remove, m_moveUp, m_moveDown}) {
        action->setToolTip(withShortcuts(action->text(), action->shortcuts()));
        // Only while the table itself has focus: an open cell editor keeps
        // Delete and Alt+arrows for itself.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &PlanItemTable::addItem);
    connect(m_remove, &QAction::triggered, this, &PlanItemTable::removeSelected);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(makeButton(m_add, this));
    buttons->addWidget(makeButton(m_remove, this));
    // Arrows speak for themselves; the tooltip names them.
    m_moveUpButton = makeButton(m_moveUp, this);
    m_moveUpButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_moveDownButton = makeButton(m_moveDown, this);
    m_moveDownButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    buttons->addWidget(m_moveUpButton);
    buttons->addWidget(m_moveDownButton);
    buttons->addStretch(1);

    m_view->setModel(m_proxy ? static_cast<QAbstractItemModel *>(m_proxy) : m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->viewport()->installEventFilter(this);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    QAbstractItemModel *shown = m_view->model();
    connect(shown, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_idBeforeReset = currentId(); });
    connect(shown, &QAbstractItemModel::modelReset, this, [this] {
        if (m_idBeforeReset != 0)
            selectId(m_idBeforeReset);
        updateActions();
        updateEmptyLabel();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(shown, signal, this, [this] {
            updateActions();
            updateEmptyLabel();
        });
    }
    connect(shown, &QAbstractItemModel::layoutChanged, this, &PlanItemTable::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanItemTable::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        Q_EMIT currentIdChanged(currentId());
    });
    connect(m_model->document(), &PlanDocument::readOnlyChanged, this,
            &PlanItemTable::updateActions);
    updateActions();
    updateEmptyLabel();
}

void PlanItemTable::setMovable(bool movable)
{
    m_movable = movable;
    m_moveUpButton->setVisible(movable);
    m_moveDownButton->setVisible(movable);
    updateActions();
}

QModelIndex PlanItemTable::sourceIndex(const QModelIndex &viewIndex) const
{
    return m_proxy ? m_proxy->mapToSource(viewIndex) : viewIndex;
}

QModelIndex PlanItemTable::viewIndex(const QModelIndex &sourceIndex) const
{
    return m_proxy ? m_proxy->mapFromSource(sourceIndex) : sourceIndex;
}

qint64 PlanItemTable::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->idAt(sourceIndex(current).row());
}

QList<qint64> PlanItemTable::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(m_model->idAt(sourceIndex(row).row()));
    if (ids.isEmpty() && currentId() != 0)
        ids.append(currentId());
    return ids;
}

bool PlanItemTable::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = viewIndex(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void PlanItemTable::addItem()
{
    if (!m_model->isEditable())
        return;
    // After the current item in plan order, or at the end.
    const qint64 current = currentId();
    const int row = current != 0 ? m_model->rowOfId(current) + 1 : m_model->rowCount();
    const qint64 id = m_model->insertItem(row);
    if (id == 0 || !selectId(id))
        return;
    m_view->setFocus(Qt::OtherFocusReason);
    const QModelIndex cell = viewIndex(m_model->index(m_model->rowOfId(id), m_editColumn));
    m_view->setCurrentIndex(cell);
    m_view->edit(cell);
}

void PlanItemTable::removeSelected()
{
    if (!m_model->isEditable())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Select the row that takes the place of the first removed one.
    int nextRow = m_model->rowCount();
    for (qint64 id : ids)
        nextRow = qMin(nextRow, m_model->rowOfId(id));
    m_model->removeItems(ids);
    const int rows = m_model->rowCount();
    if (rows > 0)
        selectId(m_model->idAt(qMin(nextRow, rows - 1)));
}

void PlanItemTable::moveCurrent(int delta)
{
    if (!m_model->isEditable() || !m_movable)
        return;
    const qint64 id = currentId();
    if (id == 0)
        return;
    const int column = m_view->currentIndex().column();
    m_model->moveItem(id, delta);
    const QModelIndex cell = viewIndex(m_model->index(m_model->rowOfId(id), qMax(column, 0)));
    m_view->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
}

void PlanItemTable::updateActions()
{
    const bool editable = m_model->isEditable();
    const qint64 id = currentId();
    const int row = id != 0 ? m_model->rowOfId(id) : -1;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && (id != 0 || m_view->selectionModel()->hasSelection()));
    m_moveUp->setEnabled(editable && m_movable && row > 0);
    m_moveDown->setEnabled(editable && m_movable && row >= 0 && row < m_model->rowCount() - 1);
}

void PlanItemTable::updateEmptyLabel()
{
    m_emptyLabel->setVisible(m_view->model()->rowCount() == 0 && !m_emptyLabel->text().isEmpty());
    m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
}

bool PlanItemTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        updateEmptyLabel();
    return QWidget::eventFilter(watched, event);
}

} // namespace Cutover
