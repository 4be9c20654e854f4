// The Prompts pane: real widgets driven by QTest events on a real project
// file in a temporary directory.

#include "core/endpoints/endpointstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptdraft.h"
#include "core/prompts/promptfile.h"
#include "core/prompts/promptstore.h"
#include "core/runs/casestore.h"
#include "core/util/languages.h"
#include "ui/prompts/messagelistmodel.h"
#include "ui/prompts/messagetextedit.h"
#include "ui/prompts/promptdiffview.h"
#include "ui/prompts/prompteditor.h"
#include "ui/prompts/promptlibraryview.h"
#include "ui/prompts/promptlistmodel.h"
#include "ui/prompts/promptnamedialog.h"
#include "ui/prompts/promptpreview.h"
#include "ui/prompts/promptspane.h"
#include "ui/prompts/variablehighlighter.h"
#include "ui/prompts/versionhistory.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

// Answers the next modal message box with `button`.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

QSqlDatabase db(Project *project)
{
    return project->file()->database();
}

Prompt stored(Project *project, const QString &name)
{
    auto p = PromptStore::load(db(project), name);
    return p ? p.value() : Prompt();
}

QList<TemplateMessage> twoMessages(const QString &system, const QString &user)
{
    return {TemplateMessage{ChatRole::System, system}, TemplateMessage{ChatRole::User, user}};
}

// Clicks the row of the list view / table.
void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void clickMenuAction(QToolButton *button, const std::function<bool(QAction *)> &match)
{
    QMenu *menu = button->menu();
    QTimer::singleShot(0, menu, [menu, match] {
        QTRY_VERIFY(menu->isVisible());
        QAction *action = nullptr;
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            if (match(a))
                action = a;
        }
        QVERIFY(action);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    });
    QTest::mouseClick(button, Qt::LeftButton);
}

// The text of `view` that has `color` as its character background.
QString markedText(QPlainTextEdit *view, const QColor &color)
{
    QString marked;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().background().color() == color
                && f.charFormat().background().style() != Qt::NoBrush)
                marked += f.text() + u'|';
        }
    }
    return marked;
}

bool blockHasBackground(QPlainTextEdit *view, const QString &text, const QColor &color)
{
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text() == text && b.blockFormat().background().color() == color)
            return true;
    }
    return false;
}

} // namespace

class TestPromptsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newPromptThroughTheDialog();
    void editWithKeyboardUndoRedo();
    void shellUndoGroupFollowsTheDraft();
    void messagesAddMoveRemove();
    void saveVersionsAndDiff();
    void restoreAsNewest();
    void variantForEndpoint();
    void unsavedChangesWhenSwitching();
    void previewRendersSampleValues();
    void importExportRoundTrip();
    void importErrorsNameTheFile();
    void descriptionRenameDelete();
    void compareRequested();
    void refreshesOnOutsideWrites();
    void filterAndState();
    void readOnlyProject();
    void screenshot();

private:
    PromptsPane *makePane(Project *project);
    void addPrompt(const QString &name, const QList<TemplateMessage> &messages);
    void typeInto(QWidget *widget, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<PromptsPane> m_pane;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestPromptsPane::init()
{
    Languages::install(u"en"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Project::create(m_dir->filePath(u"p.cutover"_s));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_project = std::move(created).value();
    m_pane.reset(makePane(m_project.get()));
}

void TestPromptsPane::cleanup()
{
    m_testers.clear();
    m_pane.reset();
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
    m_dir.reset();
}

PromptsPane *TestPromptsPane::makePane(Project *project)
{
    auto *pane = new PromptsPane(project);
    pane->resize(1280, 800);
    pane->show();
    pane->activateWindow();
    [&] {
        QVERIFY(QTest::qWaitForWindowActive(pane));
    }();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            pane->library()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            pane->library()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            pane->editor()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    return pane;
}

void TestPromptsPane::addPrompt(const QString &name, const QList<TemplateMessage> &messages)
{
    Prompt p;
    p.name = name;
    PromptVersions::append(p.versions, messages, u"first"_s,
                           QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
    QVERIFY(PromptStore::add(db(m_project.get()), p).ok());
    Q_EMIT m_project->promptsChanged();
}

void TestPromptsPane::typeInto(QWidget *widget, const QString &text)
{
    // A closed popup or message box can leave no window active (offscreen).
    widget->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(widget->window()));
    widget->setFocus();
    QTRY_VERIFY2(
            widget->hasFocus(),
            qPrintable(
                    u"enabled %1 visible %2 active %3 focus %4"_s.arg(widget->isEnabled())
                            .arg(widget->isVisible())
                            .arg(QApplication::activeWindow() == widget->window())
                            .arg(QLatin1StringView(
                                    QApplication::focusWidget()
                                            ? QApplication::focusWidget()->metaObject()->className()
                                            : "none"))));
    QTest::keyClicks(widget, text);
}

void TestPromptsPane::newPromptThroughTheDialog()
{
    QVERIFY(m_pane->newButton()->isEnabled());
    QVERIFY(!m_pane->renameButton()->isEnabled()); // nothing selected yet
    bool checked = false;
    QTimer::singleShot(0, qApp, [&checked] {
        PromptNameDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<PromptNameDialog *>(QApplication::activeModalWidget())));
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), u"tri@ge"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problemLabel()->isVisible());
        QVERIFY(dialog->problemLabel()->text().contains(u"@"_s));
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), u"triage "_s);
        dialog->nameEdit()->insert(u"分类"_s); // QTest types ASCII only
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog->problemLabel()->isVisible());
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        checked = true;
    });
    QTest::mouseClick(m_pane->newButton(), Qt::LeftButton);
    QVERIFY(checked);

    const auto list = PromptStore::list(db(m_project.get()));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).name, u"triage 分类"_s);
    QCOMPARE(list->at(0).latestVersion, 1);
    QCOMPARE(m_pane->currentPrompt(), u"triage 分类"_s);
    QCOMPARE(m_pane->library()->model()->rowCount(), 1);
    QCOMPARE(m_pane->library()->currentName(), u"triage 分类"_s);
    // A new prompt starts with a system and a user message.
    const QList<TemplateMessage> &messages = m_pane->draft()->messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).role, ChatRole::System);
    QCOMPARE(messages.at(1).role, ChatRole::User);
    QCOMPARE(m_pane->editor()->model()->rowCount(), 2);
    QVERIFY(m_pane->renameButton()->isEnabled());

    // The name is taken now: the dialog says so and refuses.
    checked = false;
    QTimer::singleShot(0, qApp, [&checked] {
        PromptNameDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<PromptNameDialog *>(QApplication::activeModalWidget())));
        dialog->nameEdit()->insert(u"triage 分类"_s);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(u"already has"_s));
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Escape);
        checked = true;
    });
    QTest::mouseClick(m_pane->newButton(), Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(PromptStore::list(db(m_project.get()))->size(), 1);
}

void TestPromptsPane::editWithKeyboardUndoRedo()
{
    addPrompt(u"triage"_s, twoMessages(u"Be brief."_s, QString()));
    QCOMPARE(m_pane->currentPrompt(), u"triage"_s); // the first prompt is selected
    PromptEditor *editor = m_pane->editor();
    clickRow(editor->messageList(), editor->model()->index(1));
    QCOMPARE(editor->currentMessage(), 1);
    QCOMPARE(editor->roleCombo()->currentText(), u"User"_s);

    typeInto(editor->textEdit(), u"Sort {{ticket}} by {{urgency}}"_s);
    QCOMPARE(m_pane->draft()->messages().at(1).text, u"Sort {{ticket}} by {{urgency}}"_s);
    QVERIFY(m_pane->draft()->isModified());
    QVERIFY(m_pane->saveButton()->isEnabled());
    QVERIFY(m_pane->draftStateLabel()->text().contains(u"Unsaved"_s));
    QVERIFY(editor->variablesLabel()->text().contains(u"{{ticket}}, {{urgency}}"_s));
    QVERIFY(editor->model()->index(1).data().toString().contains(u"Sort {{ticket}}"_s));

    // The placeholders are highlighted, the rest is not.
    const QTextBlock block = editor->textEdit()->document()->firstBlock();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    QCOMPARE(formats.size(), 2);
    QCOMPARE(formats.at(0).start, 5);
    QCOMPARE(formats.at(0).length, 10);
    QCOMPARE(formats.at(0).format.background(),
             VariableHighlighter::placeholderFormat().background());

    // Typing is one undo step; Ctrl+Z in the text goes to the draft's stack.
    QCOMPARE(m_pane->undoStack()->count(), 1);
    QTest::keyClick(editor->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_pane->draft()->messages().at(1).text, QString());
    QCOMPARE(editor->textEdit()->toPlainText(), QString());
    QVERIFY(!m_pane->draft()->isModified());
    QVERIFY(!m_pane->saveButton()->isEnabled());
    QTest::keyClick(editor->textEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor->textEdit()->toPlainText(), u"Sort {{ticket}} by {{urgency}}"_s);

    // Leaving the field ends the step: more typing is a second one.
    editor->roleCombo()->setFocus();
    QTRY_VERIFY(!editor->textEdit()->hasFocus());
    editor->textEdit()->moveCursor(QTextCursor::End);
    typeInto(editor->textEdit(), u"!"_s);
    QCOMPARE(m_pane->undoStack()->count(), 2);
    m_pane->undoStack()->undo();
    QCOMPARE(editor->textEdit()->toPlainText(), u"Sort {{ticket}} by {{urgency}}"_s);

    // The role, from the keyboard.
    editor->roleCombo()->setFocus();
    QTest::keyClick(editor->roleCombo(), Qt::Key_Down);
    QCOMPARE(m_pane->draft()->messages().at(1).role, ChatRole::Assistant);
    m_pane->undoStack()->undo();
    QCOMPARE(m_pane->draft()->messages().at(1).role, ChatRole::User);
    QCOMPARE(editor->roleCombo()->currentText(), u"User"_s);
}

void TestPromptsPane::shellUndoGroupFollowsTheDraft()
{
    // What the main window does: one QUndoGroup, the pane's stack active
    // while the pane is shown. The stack is the same object across prompts.
    addPrompt(u"alpha"_s, twoMessages(u"A"_s, u"a"_s));
    addPrompt(u"beta"_s, twoMessages(u"B"_s, u"b"_s));
    QUndoStack *stack = m_pane->undoStack();
    QUndoGroup group;
    group.addStack(stack);
    group.setActiveStack(stack);
    QAction *undo = group.createUndoAction(&group);
    QAction *redo = group.createRedoAction(&group);
    QVERIFY(!undo->isEnabled());

    m_pane->editor()->setCurrentMessage(0);
    m_pane->editor()->textEdit()->moveCursor(QTextCursor::End);
    typeInto(m_pane->editor()->textEdit(), u"lpha"_s);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"Undo Edit message 1"_s);
    undo->trigger();
    QCOMPARE(m_pane->draft()->messages().at(0).text, u"A"_s);
    redo->trigger();
    QCOMPARE(m_pane->draft()->messages().at(0).text, u"Alpha"_s);
    QVERIFY(m_pane->saveDraft());
    QVERIFY(!undo->isEnabled()); // a saved version starts a new history

    QVERIFY(m_pane->selectPrompt(u"beta"_s));
    QCOMPARE(m_pane->undoStack(), stack);
    QCOMPARE(group.activeStack(), stack);
    QVERIFY(!undo->isEnabled());
}

void TestPromptsPane::messagesAddMoveRemove()
{
    addPrompt(u"triage"_s, twoMessages(u"S"_s, u"U"_s));
    PromptEditor *editor = m_pane->editor();
    editor->setCurrentMessage(1);
    clickMenuAction(editor->addButton(),
                    [](QAction *a) { return a->data().toInt() == int(ChatRole::Assistant); });
    QCOMPARE(m_pane->draft()->messages().size(), 3);
    QCOMPARE(m_pane->draft()->messages().at(2).role, ChatRole::Assistant);
    QCOMPARE(editor->currentMessage(), 2);
    // The text takes the focus (offscreen, a closed menu leaves no window active).
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QTRY_VERIFY(editor->textEdit()->hasFocus());
    QTest::keyClicks(editor->textEdit(), u"Example answer"_s);
    QCOMPARE(m_pane->draft()->messages().at(2).text, u"Example answer"_s);

    // Alt+Shift+Up moves the current message up.
    QVERIFY(editor->upButton()->isEnabled());
    QVERIFY(m_pane->isActiveWindow());
    QCOMPARE(editor->upButton()->shortcut(), QKeySequence(u"Alt+Shift+Up"_s));
    QTest::keyClick(editor->textEdit(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(m_pane->draft()->messages().at(1).text, u"Example answer"_s);
    QCOMPARE(editor->currentMessage(), 1);
    QVERIFY(editor->upButton()->isEnabled());
    QTest::mouseClick(editor->downButton(), Qt::LeftButton);
    QCOMPARE(m_pane->draft()->messages().at(2).text, u"Example answer"_s);
    QVERIFY(!editor->downButton()->isEnabled());

    // Delete in the list removes the current message; undo brings it back.
    editor->messageList()->setFocus();
    QTRY_VERIFY(editor->messageList()->hasFocus());
    QTest::keyClick(editor->messageList(), Qt::Key_Delete);
    QCOMPARE(m_pane->draft()->messages().size(), 2);
    QCOMPARE(editor->model()->rowCount(), 2);
    QCOMPARE(editor->currentMessage(), 1);
    m_pane->undoStack()->undo();
    QCOMPARE(m_pane->draft()->messages().size(), 3);
    QCOMPARE(m_pane->draft()->messages().at(2).text, u"Example answer"_s);
    while (m_pane->undoStack()->canUndo())
        m_pane->undoStack()->undo();
    QCOMPARE(m_pane->draft()->messages(), twoMessages(u"S"_s, u"U"_s));
    QVERIFY(!m_pane->draft()->isModified());
}

void TestPromptsPane::saveVersionsAndDiff()
{
    addPrompt(u"triage"_s, twoMessages(u"Be brief."_s, u"Sort {{ticket}}"_s));
    PromptEditor *editor = m_pane->editor();
    editor->setCurrentMessage(1);
    editor->textEdit()->moveCursor(QTextCursor::End);
    editor->textEdit()->setFocus();
    QTest::keyClick(editor->textEdit(), Qt::Key_Return);
    typeInto(editor->textEdit(), u"Answer with one word."_s);
    typeInto(m_pane->noteEdit(), u"one word"_s);
    QTest::keyClick(editor->textEdit(), Qt::Key_S, Qt::ControlModifier); // Ctrl+S from the text

    Prompt p = stored(m_project.get(), u"triage"_s);
    QCOMPARE(p.versions.size(), 2);
    QCOMPARE(p.versions.at(1).note, u"one word"_s);
    QCOMPARE(p.versions.at(1).messages.at(1).text, u"Sort {{ticket}}\nAnswer with one word."_s);
    QCOMPARE(p.versions.at(0).messages.at(1).text, u"Sort {{ticket}}"_s); // immutable
    QVERIFY(!m_pane->draft()->isModified());
    QVERIFY(!m_pane->undoStack()->canUndo()); // the draft starts over from the new version
    QVERIFY(m_pane->noteEdit()->text().isEmpty());
    QVERIFY(!m_pane->saveButton()->isEnabled());
    QVERIFY(m_pane->statusLabel()->text().contains(u"version 2"_s));
    QCOMPARE(m_pane->library()->model()->index(0, PromptListModel::Latest).data().toString(),
             u"v2"_s);

    // A second version: change the system message, through the button.
    editor->setCurrentMessage(0);
    editor->textEdit()->selectAll();
    typeInto(editor->textEdit(), u"Be polite."_s);
    QTest::mouseClick(m_pane->saveButton(), Qt::LeftButton);
    p = stored(m_project.get(), u"triage"_s);
    QCOMPARE(p.versions.size(), 3);
    QCOMPARE(p.versions.at(2).note, QString());

    // The history, newest first, in local time.
    m_pane->tabs()->setCurrentIndex(1);
    VersionHistory *history = m_pane->history();
    QTreeWidget *list = history->versionList();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(0), u"v3"_s);
    QCOMPARE(list->topLevelItem(1)->text(2), u"one word"_s);
    QCOMPARE(list->topLevelItem(2)->text(1), VersionHistory::timeText(p.versions.at(0).createdAt));
    QCOMPARE(list->topLevelItem(2)->text(1),
             QLocale().toString(p.versions.at(0).createdAt.toLocalTime(), QLocale::ShortFormat));

    // Viewing an old version is read-only.
    clickRow(list, list->model()->index(2, 0));
    QCOMPARE(history->selectedVersion(), 1);
    QVERIFY(history->versionView()->isReadOnly());
    QVERIFY(history->versionView()->toPlainText().contains(u"Sort {{ticket}}"_s));
    QVERIFY(!history->versionView()->toPlainText().contains(u"one word"_s));

    // Differences between v1 and v3, side by side and unified, coloured.
    history->showDiff(1, 3);
    PromptDiffView *diff = history->diffView();
    QCOMPARE(diff->mode(), PromptDiffView::Mode::SideBySide);
    QVERIFY(diff->leftView()->isVisible());
    QVERIFY(blockHasBackground(diff->leftView(), u"Be brief."_s, PromptDiffView::removedColor()));
    QVERIFY(blockHasBackground(diff->rightView(), u"Be polite."_s, PromptDiffView::addedColor()));
    QVERIFY(blockHasBackground(diff->rightView(), u"Answer with one word."_s,
                               PromptDiffView::addedColor()));
    QCOMPARE(diff->leftView()->blockCount(), diff->rightView()->blockCount()); // rows aligned
    // Within the changed line, only the word that differs is marked.
    QCOMPARE(markedText(diff->leftView(), PromptDiffView::removedWordColor()), u"brief|"_s);
    QCOMPARE(markedText(diff->rightView(), PromptDiffView::addedWordColor()), u"polite|"_s);
    QCOMPARE(diff->summaryLabel()->text(), u"From v1 to v3: lines removed: 1, added: 2."_s);

    diff->modeCombo()->setFocus();
    QTest::keyClick(diff->modeCombo(), Qt::Key_Down);
    QCOMPARE(diff->mode(), PromptDiffView::Mode::Unified);
    QVERIFY(diff->unifiedView()->isVisible());
    QVERIFY(!diff->leftView()->isVisible());
    const QString unified = diff->unifiedView()->toPlainText();
    QVERIFY2(unified.contains(u"- Be brief.\n+ Be polite."_s), qPrintable(unified));
    QVERIFY2(unified.contains(u"+ Answer with one word."_s), qPrintable(unified));
    QVERIFY2(unified.contains(u"  Sort {{ticket}}"_s), qPrintable(unified));
    QVERIFY(blockHasBackground(diff->unifiedView(), u"- Be brief."_s,
                               PromptDiffView::removedColor()));
    QCOMPARE(markedText(diff->unifiedView(), PromptDiffView::removedWordColor()), u"brief|"_s);
    QCOMPARE(markedText(diff->unifiedView(), PromptDiffView::addedWordColor()), u"polite|"_s);

    // Choosing versions in the combos.
    history->fromCombo()->setCurrentIndex(history->fromCombo()->findData(2));
    history->toCombo()->setCurrentIndex(history->toCombo()->findData(3));
    QVERIFY(!diff->unifiedView()->toPlainText().contains(u"+ Answer"_s));
    QVERIFY(diff->unifiedView()->toPlainText().contains(u"+ Be polite."_s));
}

void TestPromptsPane::restoreAsNewest()
{
    addPrompt(u"triage"_s, twoMessages(u"Old"_s, u"U"_s));
    QVERIFY(PromptStore::addVersion(db(m_project.get()), u"triage"_s, QString(),
                                    twoMessages(u"New"_s, u"U"_s), u"changed"_s,
                                    QDateTime::currentDateTimeUtc())
                    .ok());
    Q_EMIT m_project->promptsChanged();
    QCOMPARE(m_pane->draft()->messages().at(0).text, u"New"_s);

    m_pane->tabs()->setCurrentIndex(1);
    QTreeWidget *list = m_pane->history()->versionList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(!m_pane->history()->restoreButton()->isEnabled()); // the newest is selected
    clickRow(list, list->model()->index(1, 0));
    QCOMPARE(m_pane->history()->selectedVersion(), 1);
    QVERIFY(m_pane->history()->restoreButton()->isEnabled());
    QTest::mouseClick(m_pane->history()->restoreButton(), Qt::LeftButton);

    const Prompt p = stored(m_project.get(), u"triage"_s);
    QCOMPARE(p.versions.size(), 3);
    QCOMPARE(p.versions.at(2).messages, p.versions.at(0).messages);
    QCOMPARE(p.versions.at(2).note, u"Restored from version 1"_s);
    QCOMPARE(p.versions.at(1).messages.at(0).text, u"New"_s); // history kept
    QCOMPARE(m_pane->draft()->messages().at(0).text, u"Old"_s);
    QVERIFY(!m_pane->draft()->isModified());
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(m_pane->history()->selectedVersion(), 3);
}

void TestPromptsPane::variantForEndpoint()
{
    Endpoint claude;
    claude.name = u"claude"_s;
    claude.protocol = EndpointProtocol::Anthropic;
    claude.baseUrl = u"https://api.anthropic.com"_s;
    claude.model = u"claude-x"_s;
    QVERIFY(EndpointStore::save(db(m_project.get()), claude).ok());
    Endpoint gpt = claude;
    gpt.name = u"gpt"_s;
    gpt.protocol = EndpointProtocol::OpenAi;
    QVERIFY(EndpointStore::save(db(m_project.get()), gpt).ok());

    addPrompt(u"triage"_s, twoMessages(u"S1"_s, u"U1"_s));
    QVERIFY(PromptStore::addVersion(db(m_project.get()), u"triage"_s, QString(),
                                    twoMessages(u"S2"_s, u"U2"_s), QString(),
                                    QDateTime::currentDateTimeUtc())
                    .ok());
    Q_EMIT m_project->promptsChanged();
    QCOMPARE(m_pane->wordingCombo()->count(), 1);

    clickMenuAction(m_pane->createVariantButton(),
                    [](QAction *a) { return a->data().toString() == u"claude"_s; });
    Prompt p = stored(m_project.get(), u"triage"_s);
    QCOMPARE(p.variants.size(), 1);
    QCOMPARE(p.variants.at(0).endpointName, u"claude"_s);
    QCOMPARE(p.variants.at(0).versions.size(), 1);
    QCOMPARE(p.variants.at(0).versions.at(0).messages, twoMessages(u"S2"_s, u"U2"_s));
    QVERIFY(p.variants.at(0).versions.at(0).note.contains(u"v2"_s));
    QCOMPARE(m_pane->currentWording(), u"claude"_s);
    QCOMPARE(m_pane->wordingCombo()->count(), 2);
    QCOMPARE(m_pane->wordingCombo()->currentText(), u"Variant for claude"_s);
    QCOMPARE(m_pane->library()->model()->index(0, PromptListModel::Variants).data().toString(),
             u"claude"_s);

    // Editing the variant leaves the default wording alone.
    m_pane->editor()->setCurrentMessage(1);
    m_pane->editor()->textEdit()->selectAll();
    typeInto(m_pane->editor()->textEdit(), u"Claude: {{q}}"_s);
    QTest::keyClick(m_pane->editor()->textEdit(), Qt::Key_S, Qt::ControlModifier);
    p = stored(m_project.get(), u"triage"_s);
    QCOMPARE(p.variants.at(0).versions.size(), 2);
    QCOMPARE(p.variants.at(0).versions.at(1).messages.at(1).text, u"Claude: {{q}}"_s);
    QCOMPARE(p.versions.size(), 2);
    QCOMPARE(m_pane->history()->versionList()->topLevelItemCount(), 2);

    // Back to the default wording with the keyboard.
    m_pane->wordingCombo()->setFocus();
    QTest::keyClick(m_pane->wordingCombo(), Qt::Key_Up);
    QTRY_COMPARE(m_pane->currentWording(), QString());
    QCOMPARE(m_pane->draft()->messages(), twoMessages(u"S2"_s, u"U2"_s));

    // An unsaved draft is not lost by switching wordings.
    m_pane->editor()->setCurrentMessage(0);
    m_pane->editor()->textEdit()->moveCursor(QTextCursor::End);
    typeInto(m_pane->editor()->textEdit(), u"x"_s);
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(m_pane->wordingCombo(), Qt::Key_Down);
    QCOMPARE(m_pane->currentWording(), QString());
    QCOMPARE(m_pane->wordingCombo()->currentIndex(), 0);
    QCOMPARE(m_pane->draft()->messages().at(0).text, u"S2x"_s);
    answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(m_pane->wordingCombo(), Qt::Key_Down);
    QCOMPARE(m_pane->currentWording(), u"claude"_s);
    QCOMPARE(m_pane->draft()->messages().at(1).text, u"Claude: {{q}}"_s);
    QCOMPARE(stored(m_project.get(), u"triage"_s).versions.size(), 2);
    QVERIFY(m_pane->selectWording(QString()));

    // The menu marks the endpoint that has a variant.
    QMenu *menu = m_pane->createVariantButton()->menu();
    Q_EMIT menu->aboutToShow();
    int enabled = 0;
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions)
        enabled += a->isEnabled();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(enabled, 1);
    QVERIFY(m_pane->selectWording(u"claude"_s));
    QVERIFY(!m_pane->selectWording(u"nobody"_s));
}

void TestPromptsPane::unsavedChangesWhenSwitching()
{
    addPrompt(u"alpha"_s, twoMessages(u"A"_s, u"a"_s));
    addPrompt(u"beta"_s, twoMessages(u"B"_s, u"b"_s));
    QCOMPARE(m_pane->currentPrompt(), u"alpha"_s);
    QTableView *table = m_pane->library()->table();
    m_pane->editor()->setCurrentMessage(0);
    m_pane->editor()->textEdit()->moveCursor(QTextCursor::End);
    typeInto(m_pane->editor()->textEdit(), u"!"_s);
    QVERIFY(m_pane->hasUnsavedChanges());

    // Cancel: stay on alpha with the draft.
    answerNextMessageBox(QMessageBox::Cancel);
    clickRow(table, m_pane->library()->proxy()->index(1, 0));
    QCOMPARE(m_pane->currentPrompt(), u"alpha"_s);
    QCOMPARE(m_pane->library()->currentName(), u"alpha"_s);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(m_pane->draft()->messages().at(0).text, u"A!"_s);

    // Save: stored as a version, then beta is shown.
    typeInto(m_pane->noteEdit(), u"exclaim"_s);
    answerNextMessageBox(QMessageBox::Save);
    clickRow(table, m_pane->library()->proxy()->index(1, 0));
    QCOMPARE(m_pane->currentPrompt(), u"beta"_s);
    Prompt alpha = stored(m_project.get(), u"alpha"_s);
    QCOMPARE(alpha.versions.size(), 2);
    QCOMPARE(alpha.versions.at(1).note, u"exclaim"_s);
    QCOMPARE(alpha.versions.at(1).messages.at(0).text, u"A!"_s);

    // Discard: nothing stored.
    m_pane->editor()->setCurrentMessage(0);
    typeInto(m_pane->editor()->textEdit(), u"?"_s);
    answerNextMessageBox(QMessageBox::Discard);
    clickRow(table, m_pane->library()->proxy()->index(0, 0));
    QCOMPARE(m_pane->currentPrompt(), u"alpha"_s);
    QCOMPARE(stored(m_project.get(), u"beta"_s).versions.size(), 1);
    QVERIFY(!m_pane->hasUnsavedChanges());
    QCOMPARE(m_pane->draft()->messages().at(0).text, u"A!"_s);
}

void TestPromptsPane::previewRendersSampleValues()
{
    addPrompt(u"triage"_s, twoMessages(u"You sort {{kind}} tickets."_s,
                                       u"Ticket: {{ticket}}\nKind: {{kind}}"_s));
    PromptPreview *preview = m_pane->preview();
    QTableWidget *table = preview->valuesTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"kind"_s);
    QCOMPARE(table->item(1, 0)->text(), u"ticket"_s);
    QVERIFY(preview->missingLabel()->text().contains(u"\"kind\""_s));
    QVERIFY(preview->missingLabel()->text().contains(u"\"ticket\""_s));

    // Type a value into the table.
    typeInto(table, QString());
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *cellEditor = QApplication::focusWidget();
    QVERIFY(cellEditor && cellEditor != table);
    QTest::keyClicks(cellEditor, u"billing"_s);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_COMPARE(preview->values().value(u"kind"_s), u"billing"_s);
    QVERIFY(preview->renderedView()->toPlainText().contains(u"You sort billing tickets."_s));
    QVERIFY(preview->renderedView()->toPlainText().contains(u"Kind: billing"_s));
    QVERIFY(!preview->missingLabel()->text().contains(u"\"kind\""_s));
    QVERIFY(preview->missingLabel()->text().contains(u"\"ticket\""_s));

    // Values from a test case.
    QCOMPARE(preview->caseCombo()->count(), 1);
    QVERIFY(!preview->caseCombo()->isEnabled());
    TestCase c1;
    c1.variables = {{u"kind"_s, u"shipping"_s}, {u"ticket"_s, u"Where is my parcel?"_s}};
    TestCase c2;
    c2.variables = {{u"ticket"_s, u"Hello"_s}, {u"extra"_s, u"x"_s}};
    const auto ids = CaseStore::add(db(m_project.get()), {c1, c2});
    QVERIFY(ids.ok());
    Q_EMIT m_project->casesChanged();
    QCOMPARE(preview->caseCombo()->count(), 3);
    preview->caseCombo()->setFocus();
    QTest::keyClick(preview->caseCombo(), Qt::Key_Down);
    QCOMPARE(preview->values().value(u"kind"_s), u"shipping"_s);
    QVERIFY(preview->renderedView()->toPlainText().contains(u"Ticket: Where is my parcel?"_s));
    QVERIFY(preview->missingLabel()->isHidden());
    QVERIFY(preview->useCase(ids->at(1)));
    QVERIFY(preview->missingLabel()->text().contains(u"\"kind\""_s));
    QVERIFY(preview->unusedLabel()->text().contains(u"extra"_s));
    QVERIFY(!preview->useCase(9999));

    preview->setValue(u"kind"_s, u"billing"_s);
    preview->setValue(u"extra"_s, QString());
    preview->setValue(u"ticket"_s, u"Refund please"_s);
    QVERIFY(preview->missingLabel()->isHidden());
    QVERIFY(preview->renderedView()->toPlainText().contains(u"Ticket: Refund please"_s));

    // The preview follows the draft: a variable no longer used is reported.
    m_pane->editor()->setCurrentMessage(0);
    m_pane->editor()->textEdit()->selectAll();
    typeInto(m_pane->editor()->textEdit(), u"You sort tickets."_s);
    m_pane->editor()->setCurrentMessage(1);
    m_pane->editor()->textEdit()->selectAll();
    typeInto(m_pane->editor()->textEdit(), u"Ticket: {{ticket}}"_s);
    QVERIFY(!preview->unusedLabel()->isHidden());
    QVERIFY(preview->unusedLabel()->text().contains(u"kind"_s));
    QCOMPARE(table->rowCount(), 2); // the unused value stays, marked
    QCOMPARE(preview->renderedView()->toPlainText(),
             u"— System —\nYou sort tickets.\n\n— User —\nTicket: Refund please"_s);
}

void TestPromptsPane::importExportRoundTrip()
{
    Endpoint claude;
    claude.name = u"claude"_s;
    claude.baseUrl = u"https://api.anthropic.com"_s;
    claude.model = u"m"_s;
    QVERIFY(EndpointStore::save(db(m_project.get()), claude).ok());
    addPrompt(u"alpha"_s, twoMessages(u"A"_s, u"{{x}}"_s));
    addPrompt(u"beta"_s, twoMessages(u"B"_s, u"{{y}}"_s));
    QVERIFY(m_pane->selectPrompt(u"alpha"_s));
    QVERIFY(m_pane->createVariant(u"claude"_s));
    QVERIFY(PromptStore::setDescription(db(m_project.get()), u"beta"_s, u"the second"_s).ok());

    const QString all = m_dir->filePath(u"all.json"_s);
    const QString one = m_dir->filePath(u"one.json"_s);
    QVERIFY(m_pane->exportTo(all, true));
    QVERIFY(m_pane->statusLabel()->text().contains(u"all.json"_s));
    QVERIFY(m_pane->exportTo(one, false)); // alpha
    QCOMPARE(PromptFile::read(one)->size(), 1);

    // Into a second project: everything arrives as it was.
    QTemporaryDir otherDir;
    auto other = Project::create(otherDir.filePath(u"q.cutover"_s));
    QVERIFY(other.ok());
    {
        std::unique_ptr<PromptsPane> pane(makePane(other.value().get()));
        QVERIFY(pane->importFrom(all));
        QVERIFY2(pane->statusLabel()->text().contains(u"Imported 2 prompt"_s),
                 qPrintable(pane->statusLabel()->text()));
        QVERIFY(pane->statusLabel()->text().contains(u"claude"_s)); // no such endpoint there
        QCOMPARE(pane->library()->model()->rowCount(), 2);
        for (const QString &name : {u"alpha"_s, u"beta"_s}) {
            Prompt a = stored(m_project.get(), name);
            Prompt b = stored(other.value().get(), name);
            QCOMPARE(b, a);
        }
        QCOMPARE(pane->currentPrompt(), u"alpha"_s);
        QVERIFY(pane->wordingCombo()->itemText(1).contains(u"no such endpoint"_s));
        m_testers.clear();
    }
    QVERIFY(other.value()->close().ok());

    // Into the same project: names are taken, so the copies get new names.
    QVERIFY(m_pane->importFrom(one));
    QVERIFY2(m_pane->statusLabel()->text().contains(u"\"alpha\" → \"alpha (2)\""_s),
             qPrintable(m_pane->statusLabel()->text()));
    QCOMPARE(m_pane->library()->model()->rowCount(), 3);
    QCOMPARE(m_pane->currentPrompt(), u"alpha (2)"_s);
    Prompt copy = stored(m_project.get(), u"alpha (2)"_s);
    Prompt original = stored(m_project.get(), u"alpha"_s);
    copy.name = original.name;
    QCOMPARE(copy, original);
}

void TestPromptsPane::importErrorsNameTheFile()
{
    const QString path = m_dir->filePath(u"broken.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "x", "versions": [{"number": 1, "created_at": "2026-01-02T03:04:05.000Z",)"
            R"( "messages": [{"role": "robot", "text": ""}]}]})");
    f.close();
    QVERIFY(!m_pane->importFrom(path));
    const QString message = m_pane->statusLabel()->text();
    QVERIFY2(message.contains(u"broken.json"_s), qPrintable(message));
    QVERIFY2(message.contains(u"versions[0].messages[0].role"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was imported"_s), qPrintable(message));
    QVERIFY(m_pane->statusLabel()->isVisible());
    QCOMPARE(PromptStore::list(db(m_project.get()))->size(), 0);

    // A name the store refuses: nothing at all is imported.
    Prompt good;
    good.name = u"good"_s;
    PromptVersions::append(good.versions, twoMessages(u"S"_s, u"U"_s), QString(),
                           QDateTime::currentDateTimeUtc());
    Prompt bad = good;
    bad.name = u"bad@name"_s;
    const QString badNames = m_dir->filePath(u"names.json"_s);
    QVERIFY(PromptFile::write(badNames, {good, bad}, true).ok());
    QVERIFY(!m_pane->importFrom(badNames));
    QVERIFY2(m_pane->statusLabel()->text().contains(u"bad@name"_s),
             qPrintable(m_pane->statusLabel()->text()));
    QVERIFY(m_pane->statusLabel()->text().contains(u"names.json"_s));
    QCOMPARE(PromptStore::list(db(m_project.get()))->size(), 0);

    QVERIFY(!m_pane->importFrom(m_dir->filePath(u"missing.json"_s)));
    QVERIFY(m_pane->statusLabel()->text().contains(u"missing.json"_s));
    QVERIFY(!m_pane->exportTo(m_dir->filePath(u"x.json"_s), true)); // nothing to export
}

void TestPromptsPane::descriptionRenameDelete()
{
    addPrompt(u"triage"_s, twoMessages(u"S"_s, u"U"_s));
    m_pane->descriptionEdit()->clear();
    typeInto(m_pane->descriptionEdit(), u"Sorts support tickets"_s);
    QTest::keyClick(m_pane->descriptionEdit(), Qt::Key_Return);
    QCOMPARE(stored(m_project.get(), u"triage"_s).description, u"Sorts support tickets"_s);
    QCOMPARE(m_pane->library()->model()->index(0, 0).data(Qt::ToolTipRole).toString(),
             u"Sorts support tickets"_s);

    // Renaming keeps an unsaved draft.
    m_pane->editor()->setCurrentMessage(1);
    typeInto(m_pane->editor()->textEdit(), u"x"_s);
    QVERIFY(m_pane->renameCurrent(u"sorter"_s));
    QCOMPARE(m_pane->currentPrompt(), u"sorter"_s);
    QCOMPARE(m_pane->library()->currentName(), u"sorter"_s);
    QVERIFY(m_pane->hasUnsavedChanges());
    QCOMPARE(stored(m_project.get(), u"sorter"_s).description, u"Sorts support tickets"_s);
    QVERIFY(!m_pane->renameCurrent(u"a@b"_s));
    QVERIFY(m_pane->statusLabel()->text().contains(u"a@b"_s));

    // F2 in the list renames through the dialog.
    bool renamed = false;
    QTimer::singleShot(0, qApp, [&renamed] {
        PromptNameDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<PromptNameDialog *>(QApplication::activeModalWidget())));
        QCOMPARE(dialog->nameEdit()->text(), u"sorter"_s);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // unchanged
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), u"ticket sorter"_s);
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        renamed = true;
    });
    typeInto(m_pane->library()->table(), QString());
    QTest::keyClick(m_pane->library()->table(), Qt::Key_F2);
    QVERIFY(renamed);
    QCOMPARE(m_pane->currentPrompt(), u"ticket sorter"_s);

    // Delete asks first.
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::mouseClick(m_pane->deleteButton(), Qt::LeftButton);
    QCOMPARE(PromptStore::list(db(m_project.get()))->size(), 1);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(m_pane->deleteButton(), Qt::LeftButton);
    QCOMPARE(PromptStore::list(db(m_project.get()))->size(), 0);
    QCOMPARE(m_pane->currentPrompt(), QString());
    QCOMPARE(m_pane->library()->model()->rowCount(), 0);
    QVERIFY(!m_pane->deleteButton()->isEnabled());
    QVERIFY(!m_pane->undoStack()->canUndo());
}

void TestPromptsPane::compareRequested()
{
    addPrompt(u"triage"_s, twoMessages(u"S"_s, u"U"_s));
    QVERIFY(PromptStore::addVersion(db(m_project.get()), u"triage"_s, QString(),
                                    twoMessages(u"S"_s, u"U2"_s), QString(),
                                    QDateTime::currentDateTimeUtc())
                    .ok());
    Q_EMIT m_project->promptsChanged();
    QSignalSpy spy(m_pane.get(), &PromptsPane::compareRequested);
    QTest::mouseClick(m_pane->compareButton(), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"triage"_s);
    QCOMPARE(spy.at(0).at(1).toInt(), 2);
    // The version chosen in the history.
    m_pane->history()->selectVersion(1);
    QTest::mouseClick(m_pane->compareButton(), Qt::LeftButton);
    QCOMPARE(spy.at(1).at(1).toInt(), 1);
}

void TestPromptsPane::refreshesOnOutsideWrites()
{
    addPrompt(u"triage"_s, twoMessages(u"S"_s, u"U"_s));
    QSignalSpy changed(m_project.get(), &Project::promptsChanged);
    // The pane's own writes announce themselves.
    QVERIFY(m_pane->setDescription(u"d"_s));
    QCOMPARE(changed.size(), 1);

    // A version stored elsewhere (the CLI, another pane) shows up; an
    // unmodified draft follows it, a modified one is kept.
    QVERIFY(PromptStore::addVersion(db(m_project.get()), u"triage"_s, QString(),
                                    twoMessages(u"S"_s, u"U2"_s), u"elsewhere"_s,
                                    QDateTime::currentDateTimeUtc())
                    .ok());
    Q_EMIT m_project->promptsChanged();
    QCOMPARE(m_pane->draft()->messages().at(1).text, u"U2"_s);
    QCOMPARE(m_pane->history()->versionList()->topLevelItemCount(), 2);
    QCOMPARE(m_pane->library()->model()->index(0, PromptListModel::Latest).data().toString(),
             u"v2"_s);

    m_pane->editor()->setCurrentMessage(0);
    typeInto(m_pane->editor()->textEdit(), u"mine "_s);
    QVERIFY(PromptStore::addVersion(db(m_project.get()), u"triage"_s, QString(),
                                    twoMessages(u"S"_s, u"U3"_s), QString(),
                                    QDateTime::currentDateTimeUtc())
                    .ok());
    Q_EMIT m_project->promptsChanged();
    QCOMPARE(m_pane->draft()->messages().at(0).text, u"mine S"_s);
    QCOMPARE(m_pane->history()->versionList()->topLevelItemCount(), 3);
    QVERIFY(m_pane->saveDraft());
    QCOMPARE(stored(m_project.get(), u"triage"_s).versions.size(), 4);

    // Deleted elsewhere: the pane shows nothing selected.
    QVERIFY(PromptStore::remove(db(m_project.get()), u"triage"_s).ok());
    Q_EMIT m_project->promptsChanged();
    QCOMPARE(m_pane->currentPrompt(), QString());
    QCOMPARE(m_pane->library()->model()->rowCount(), 0);
}

void TestPromptsPane::filterAndState()
{
    addPrompt(u"alpha"_s, twoMessages(u"S"_s, u"U"_s));
    addPrompt(u"beta"_s, twoMessages(u"S"_s, u"U"_s));
    QVERIFY(PromptStore::setDescription(db(m_project.get()), u"beta"_s, u"Refund replies"_s).ok());
    Q_EMIT m_project->promptsChanged();
    typeInto(m_pane->editor()->textEdit(), QString());
    QTest::keyClick(m_pane->editor()->textEdit(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_pane->library()->filterEdit()->hasFocus());
    QTest::keyClicks(m_pane->library()->filterEdit(), u"refund"_s);
    QCOMPARE(m_pane->library()->proxy()->rowCount(), 1);
    QCOMPARE(m_pane->library()->proxy()->index(0, 0).data().toString(), u"beta"_s);
    QCOMPARE(m_pane->currentPrompt(), u"alpha"_s); // filtering does not switch prompts
    m_pane->library()->filterEdit()->clear();
    QCOMPARE(m_pane->library()->proxy()->rowCount(), 2);

    m_pane->tabs()->setCurrentIndex(1);
    const QByteArray state = m_pane->saveState();
    m_pane->tabs()->setCurrentIndex(0);
    QVERIFY(m_pane->restoreState(state));
    QCOMPARE(m_pane->tabs()->currentIndex(), 1);
    QVERIFY(!m_pane->restoreState(QByteArray("junk")));
}

void TestPromptsPane::readOnlyProject()
{
    addPrompt(u"triage"_s, twoMessages(u"S"_s, u"Hello {{name}}"_s));
    QVERIFY(PromptStore::addVersion(db(m_project.get()), u"triage"_s, QString(),
                                    twoMessages(u"S"_s, u"Hi {{name}}"_s), QString(),
                                    QDateTime::currentDateTimeUtc())
                    .ok());
    // A second open of the same file is read-only (the first holds the lock).
    auto second = Project::open(m_project->path());
    QVERIFY(second.ok());
    QVERIFY(second.value()->isReadOnly());
    std::unique_ptr<PromptsPane> pane(makePane(second.value().get()));

    QVERIFY(pane->readOnlyBanner()->isVisible());
    const QLabel *banner = pane->readOnlyBanner()->findChild<QLabel *>();
    QVERIFY(banner->text().contains(second.value()->readOnlyReason()));
    QVERIFY(banner->text().contains(u"not change them"_s));
    QVERIFY(!m_pane->readOnlyBanner()->isVisible());
    QCOMPARE(pane->currentPrompt(), u"triage"_s);
    QCOMPARE(pane->draft()->messages().at(1).text, u"Hi {{name}}"_s);
    QVERIFY(!pane->newButton()->isEnabled());
    QVERIFY(!pane->importButton()->isEnabled());
    QVERIFY(!pane->renameButton()->isEnabled());
    QVERIFY(!pane->deleteButton()->isEnabled());
    QVERIFY(!pane->createVariantButton()->isEnabled());
    QVERIFY(!pane->saveButton()->isEnabled());
    QVERIFY(pane->descriptionEdit()->isReadOnly());
    QVERIFY(pane->editor()->textEdit()->isReadOnly());
    QVERIFY(!pane->editor()->addButton()->isEnabled());
    QVERIFY(!pane->editor()->removeButton()->isEnabled());
    QVERIFY(!pane->editor()->roleCombo()->isEnabled());
    QVERIFY(pane->exportButton()->isEnabled());
    QVERIFY(pane->compareButton()->isEnabled());

    pane->editor()->setCurrentMessage(1);
    typeInto(pane->editor()->textEdit(), u"typed"_s);
    QTest::keyClick(pane->editor()->textEdit(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!pane->draft()->isModified());
    QVERIFY(!pane->undoStack()->canUndo());
    QVERIFY(!pane->saveDraft());
    QVERIFY(!pane->createPrompt(u"x"_s));
    QVERIFY(!pane->deleteCurrent(true));
    QVERIFY(!pane->restoreVersion(1));
    QVERIFY(!pane->importFrom(m_dir->filePath(u"x.json"_s)));

    // Viewable: history, diff, preview, export.
    pane->tabs()->setCurrentIndex(1);
    QCOMPARE(pane->history()->versionList()->topLevelItemCount(), 2);
    QVERIFY(!pane->history()->restoreButton()->isEnabled());
    pane->history()->selectVersion(1);
    QVERIFY(!pane->history()->restoreButton()->isEnabled());
    pane->history()->showDiff(1, 2);
    QVERIFY(blockHasBackground(pane->history()->diffView()->rightView(), u"Hi {{name}}"_s,
                               PromptDiffView::addedColor()));
    QCOMPARE(pane->preview()->valuesTable()->rowCount(), 1);
    QVERIFY(pane->exportTo(m_dir->filePath(u"ro.json"_s), true));
    QCOMPARE(PromptFile::read(m_dir->filePath(u"ro.json"_s))->size(), 1);
    QCOMPARE(stored(m_project.get(), u"triage"_s).versions.size(), 2);

    if (const QString dir = qEnvironmentVariable("CUTOVER_SCREENSHOT_DIR"); !dir.isEmpty()) {
        pane->tabs()->setCurrentIndex(0);
        QVERIFY(pane->grab().save(dir + u"/prompts-ui-readonly.png"_s));
    }
    m_testers.clear();
    pane.reset();
    QVERIFY(second.value()->close().ok());
}

void TestPromptsPane::screenshot()
{
    const QString dir = qEnvironmentVariable("CUTOVER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set CUTOVER_SCREENSHOT_DIR to write screenshots.");
    Endpoint claude;
    claude.name = u"claude"_s;
    claude.baseUrl = u"https://api.anthropic.com"_s;
    claude.model = u"m"_s;
    QVERIFY(EndpointStore::save(db(m_project.get()), claude).ok());
    addPrompt(u"support triage"_s,
              twoMessages(u"You sort {{product}} support tickets by urgency. Answer with one "
                          "word: low, normal or urgent."_s,
                          u"Ticket from {{customer}}:\n{{ticket}}"_s));
    addPrompt(u"refund reply"_s, twoMessages(u"You write refund replies."_s, u"{{request}}"_s));
    QVERIFY(m_pane->selectPrompt(u"support triage"_s));
    QVERIFY(m_pane->createVariant(u"claude"_s));
    QVERIFY(m_pane->selectWording(QString()));
    m_pane->editor()->setCurrentMessage(1);
    m_pane->editor()->textEdit()->moveCursor(QTextCursor::End);
    m_pane->editor()->textEdit()->setFocus();
    QTest::keyClick(m_pane->editor()->textEdit(), Qt::Key_Return);
    typeInto(m_pane->editor()->textEdit(), u"Reply in {{language}}."_s);
    m_pane->editor()->setCurrentMessage(0);
    m_pane->editor()->textEdit()->moveCursor(QTextCursor::Start);
    m_pane->editor()->textEdit()->moveCursor(QTextCursor::NextWord);
    QTest::keyClick(m_pane->editor()->textEdit(), Qt::Key_Delete);
    QTest::keyClick(m_pane->editor()->textEdit(), Qt::Key_Delete);
    QTest::keyClick(m_pane->editor()->textEdit(), Qt::Key_Delete);
    QTest::keyClick(m_pane->editor()->textEdit(), Qt::Key_Delete);
    QTest::keyClicks(m_pane->editor()->textEdit(), u"triage"_s);
    m_pane->preview()->setValue(u"product"_s, u"Acme Pay"_s);
    m_pane->preview()->setValue(u"ticket"_s, u"My card was charged twice."_s);
    QVERIFY(m_pane->saveDraft());
    QVERIFY(m_pane->grab().save(dir + u"/prompts-ui-edit.png"_s));
    m_pane->tabs()->setCurrentIndex(1);
    m_pane->history()->showDiff(1, 2);
    QVERIFY(m_pane->grab().save(dir + u"/prompts-ui-diff.png"_s));
    m_pane->history()->diffView()->setMode(PromptDiffView::Mode::Unified);
    QVERIFY(m_pane->grab().save(dir + u"/prompts-ui-unified.png"_s));
}

QTEST_MAIN(TestPromptsPane)
#include "tst_promptspane.moc"
