#include "core/prompts/promptdraft.h"

#include <QSignalSpy>
#include <QtTest>

#include <functional>

using namespace Cutover;
using namespace Qt::StringLiterals;

using Messages = QList<TemplateMessage>;
using Edit = std::function<void(PromptDraft &)>;
Q_DECLARE_METATYPE(Edit)

class TestPromptDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editUndoRedo_data();
    void editUndoRedo();
    void typingMergesUntilWindowCloses();
    void resetClearsHistory();
};

namespace {

const Messages kBase{{ChatRole::System, u"sys"_s}, {ChatRole::User, u"{{q}}"_s}};

} // namespace

void TestPromptDraft::editUndoRedo_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Messages>("after");
    QTest::addColumn<int>("steps"); // undo steps pushed

    QTest::addRow("set text") << Edit([](PromptDraft &d) {
        d.setText(1, u"Q: {{q}}"_s);
    }) << Messages{{ChatRole::System, u"sys"_s}, {ChatRole::User, u"Q: {{q}}"_s}}
                              << 1;
    QTest::addRow("set role") << Edit([](PromptDraft &d) { d.setRole(0, ChatRole::User); })
                              << Messages{{ChatRole::User, u"sys"_s}, {ChatRole::User, u"{{q}}"_s}}
                              << 1;
    QTest::addRow("tool role refused")
            << Edit([](PromptDraft &d) { d.setRole(0, ChatRole::Tool); }) << kBase << 0;
    QTest::addRow("insert few-shot") << Edit([](PromptDraft &d) {
        d.insertMessage(1, {ChatRole::User, u"2+2?"_s});
        d.insertMessage(2, {ChatRole::Assistant, u"4"_s});
    })
                                     << Messages{{ChatRole::System, u"sys"_s},
                                                 {ChatRole::User, u"2+2?"_s},
                                                 {ChatRole::Assistant, u"4"_s},
                                                 {ChatRole::User, u"{{q}}"_s}}
                                     << 2;
    QTest::addRow("append") << Edit([](PromptDraft &d) {
        d.insertMessage(2, {ChatRole::Assistant, u"ok"_s});
    })
                            << Messages{{ChatRole::System, u"sys"_s},
                                        {ChatRole::User, u"{{q}}"_s},
                                        {ChatRole::Assistant, u"ok"_s}}
                            << 1;
    QTest::addRow("remove") << Edit([](PromptDraft &d) { d.removeMessage(0); })
                            << Messages{{ChatRole::User, u"{{q}}"_s}} << 1;
    QTest::addRow("move") << Edit([](PromptDraft &d) { d.moveMessage(1, 0); })
                          << Messages{{ChatRole::User, u"{{q}}"_s}, {ChatRole::System, u"sys"_s}}
                          << 1;
    QTest::addRow("replace all") << Edit([](PromptDraft &d) {
        d.replaceAll({{ChatRole::User, u"x"_s}}, u"Paste"_s);
    }) << Messages{{ChatRole::User, u"x"_s}}
                                 << 1;
    QTest::addRow("out of range ignored") << Edit([](PromptDraft &d) {
        d.setText(5, u"x"_s);
        d.removeMessage(-1);
        d.moveMessage(0, 2);
        d.insertMessage(3, {ChatRole::User, u"x"_s});
    }) << kBase << 0;
    QTest::addRow("no-op ignored") << Edit([](PromptDraft &d) {
        d.setText(0, u"sys"_s);
        d.setRole(1, ChatRole::User);
        d.replaceAll(kBase, u"same"_s);
    }) << kBase << 0;
}

void TestPromptDraft::editUndoRedo()
{
    QFETCH(Edit, edit);
    QFETCH(Messages, after);
    QFETCH(int, steps);
    PromptDraft draft;
    draft.reset(kBase);
    QSignalSpy changed(&draft, &PromptDraft::changed);
    edit(draft);
    QCOMPARE(draft.messages(), after);
    QCOMPARE(draft.undoStack()->count(), steps);
    QCOMPARE(draft.isModified(), after != kBase);
    QCOMPARE(changed.count(), steps);
    while (draft.undoStack()->canUndo())
        draft.undoStack()->undo();
    QCOMPARE(draft.messages(), kBase);
    QVERIFY(!draft.isModified());
    while (draft.undoStack()->canRedo())
        draft.undoStack()->redo();
    QCOMPARE(draft.messages(), after);
}

void TestPromptDraft::typingMergesUntilWindowCloses()
{
    PromptDraft draft;
    draft.reset(kBase);
    draft.setText(1, u"{{q}} a"_s);
    draft.setText(1, u"{{q}} ab"_s);
    draft.setText(1, u"{{q}} abc"_s);
    QCOMPARE(draft.undoStack()->count(), 1);
    QCOMPARE(draft.undoStack()->undoText(), u"Edit message 2"_s);
    draft.setText(0, u"sys!"_s); // another message: a new step
    QCOMPARE(draft.undoStack()->count(), 2);
    draft.closeMergeWindow();
    draft.setText(0, u"sys!!"_s); // same message after focus left: a new step
    QCOMPARE(draft.undoStack()->count(), 3);
    draft.undoStack()->undo();
    QCOMPARE(draft.messages().at(0).text, u"sys!"_s);
    draft.undoStack()->undo();
    draft.undoStack()->undo();
    QCOMPARE(draft.messages(), kBase);

    // Typing back to the original text makes the merged step obsolete.
    PromptDraft back;
    back.reset(kBase);
    back.setText(0, u"sysX"_s);
    back.setText(0, u"sys"_s);
    QCOMPARE(back.undoStack()->count(), 0);
    QVERIFY(!back.isModified());
}

void TestPromptDraft::resetClearsHistory()
{
    PromptDraft draft;
    draft.reset(kBase);
    draft.setText(0, u"new"_s);
    QVERIFY(draft.isModified());
    // Saved as a new version: the draft starts from it.
    const Messages saved = draft.messages();
    QSignalSpy changed(&draft, &PromptDraft::changed);
    draft.reset(saved);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(draft.base(), saved);
    QVERIFY(!draft.isModified());
    QVERIFY(!draft.undoStack()->canUndo());
    // The merge window of the old history does not reach across a reset.
    draft.setText(0, u"newer"_s);
    QCOMPARE(draft.undoStack()->count(), 1);
    draft.undoStack()->undo();
    QCOMPARE(draft.messages(), saved);
}

QTEST_GUILESS_MAIN(TestPromptDraft)
#include "tst_promptdraft.moc"
