#include "ui/prompts/prompteditor.h"

#include "core/prompts/promptdraft.h"
#include "core/prompts/promptrender.h"
#include "ui/prompts/messagelistmodel.h"
#include "ui/prompts/messagetextedit.h"
#include "ui/prompts/promptlabels.h"
#include "ui/prompts/variablehighlighter.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

PromptEditor::PromptEditor(PromptDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_model(new MessageListModel(draft, this))
    , m_list(new QListView(this))
    , m_role(new QComboBox(this))
    , m_text(new MessageTextEdit(this))
    , m_highlighter(new VariableHighlighter(m_text->document()))
    , m_add(new QToolButton(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_variables(new QLabel(this))
{
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Messages"));
    m_list->setMinimumWidth(180);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);

    m_add->setText(tr("&Add Message"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *addMenu = new QMenu(m_add);
    const QList<ChatRole> roles = PromptLabels::templateRoles();
    for (ChatRole role : roles) {
        QAction *a = addMenu->addAction(PromptLabels::role(role));
        a->setData(int(role));
        connect(a, &QAction::triggered, this, [this, role] { addMessage(int(role)); });
        m_role->addItem(PromptLabels::role(role), int(role));
    }
    m_add->setMenu(addMenu);
    m_add->setToolTip(tr("Add a system, user or example assistant message after the current one"));
    m_remove->setToolTip(tr("Remove the current message (Delete in the list)"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    m_up->setToolTip(tr("Move the current message up (%1)")
                             .arg(m_up->shortcut().toString(QKeySequence::NativeText)));
    m_down->setToolTip(tr("Move the current message down (%1)")
                               .arg(m_down->shortcut().toString(QKeySequence::NativeText)));

    auto *removeAction = new QAction(m_list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &PromptEditor::removeCurrent);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *moveButtons = new QHBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    leftLayout->addLayout(moveButtons);

    m_role->setAccessibleName(tr("Role"));
    m_text->setAccessibleName(tr("Message text"));
    m_text->setPlaceholderText(tr("Write the message. Use {{name}} for a value that changes "
                                  "from case to case."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setFont(mono);
    m_variables->setWordWrap(true);
    m_variables->setTextFormat(Qt::PlainText);
    m_variables->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_variables->setObjectName(u"promptVariables"_s);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *roleRow = new QFormLayout;
    roleRow->addRow(tr("R&ole:"), m_role);
    rightLayout->addLayout(roleRow);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addWidget(m_variables);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_current = current.isValid() ? current.row() : -1;
                showCurrent();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The list was rebuilt (a message added or removed): keep a current row.
        const int rows = m_model->rowCount();
        setCurrentMessage(rows == 0 ? -1 : qBound(0, m_current, rows - 1));
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_readOnly && m_current >= 0)
            m_draft->setText(m_current, m_text->toPlainText());
    });
    connect(m_text, &MessageTextEdit::typingEnded, m_draft, &PromptDraft::closeMergeWindow);
    connect(m_text, &MessageTextEdit::undoRequested, m_draft->undoStack(), &QUndoStack::undo);
    connect(m_text, &MessageTextEdit::redoRequested, m_draft->undoStack(), &QUndoStack::redo);
    connect(m_role, &QComboBox::activated, this, [this](int index) {
        if (!m_readOnly && m_current >= 0)
            m_draft->setRole(m_current, ChatRole(m_role->itemData(index).toInt()));
    });
    connect(m_remove, &QPushButton::clicked, this, &PromptEditor::removeCurrent);
    connect(m_text, &MessageTextEdit::moveRequested, this, &PromptEditor::moveCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_draft, &PromptDraft::changed, this, &PromptEditor::followDraft);

    followDraft();
}

void PromptEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_text->setReadOnly(readOnly);
    updateActions();
}

int PromptEditor::currentMessage() const
{
    return m_current;
}

void PromptEditor::setCurrentMessage(int index)
{
    if (index < 0 || index >= m_model->rowCount()) {
        m_list->setCurrentIndex(QModelIndex());
        m_current = -1;
        showCurrent();
        return;
    }
    m_list->setCurrentIndex(m_model->index(index));
    m_current = index;
    showCurrent();
}

void PromptEditor::addMessage(int role)
{
    if (m_readOnly)
        return;
    const int at = m_current < 0 ? int(m_draft->messages().size()) : m_current + 1;
    m_draft->insertMessage(at, TemplateMessage{ChatRole(role), QString()});
    setCurrentMessage(at);
    // Queued: a menu that chose the role gives the focus back as it closes.
    QMetaObject::invokeMethod(
            m_text, [this] { m_text->setFocus(); }, Qt::QueuedConnection);
}

void PromptEditor::removeCurrent()
{
    if (m_readOnly || m_current < 0)
        return;
    m_draft->removeMessage(m_current);
}

void PromptEditor::moveCurrent(int delta)
{
    const int to = m_current + delta;
    if (m_readOnly || m_current < 0 || to < 0 || to >= m_draft->messages().size())
        return;
    m_draft->moveMessage(m_current, to);
    setCurrentMessage(to);
}

void PromptEditor::showCurrent()
{
    const bool has = m_current >= 0 && m_current < m_draft->messages().size();
    if (has) {
        const TemplateMessage &m = m_draft->messages().at(m_current);
        m_text->replaceText(m.text);
        m_role->setCurrentIndex(m_role->findData(int(m.role)));
    } else {
        m_text->replaceText(QString());
        m_role->setCurrentIndex(-1);
    }
    updateActions();
}

void PromptEditor::followDraft()
{
    if (m_current < 0 && !m_draft->messages().isEmpty()) {
        setCurrentMessage(0);
    } else if (m_current >= m_draft->messages().size()) {
        setCurrentMessage(int(m_draft->messages().size()) - 1);
    } else {
        showCurrent();
    }
    const QStringList names = PromptRender::variables(m_draft->messages());
    QStringList shown;
    for (const QString &n : names)
        shown.append(u"{{"_s + n + u"}}"_s);
    m_variables->setText(names.isEmpty()
                                 ? tr("No variables: write {{name}} where a case's value goes.")
                                 : tr("Variables: %1").arg(shown.join(u", "_s)));
}

void PromptEditor::updateActions()
{
    const bool has = m_current >= 0;
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && has);
    m_up->setEnabled(!m_readOnly && has && m_current > 0);
    m_down->setEnabled(!m_readOnly && has && m_current + 1 < m_draft->messages().size());
    m_role->setEnabled(!m_readOnly && has);
    m_text->setEnabled(has);
}

} // namespace Cutover
