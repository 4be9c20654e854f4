// The Test Cases pane on real project files: the lazy model under
// QAbstractItemModelTester with 10,000 cases, in-place edits with key
// events and undo, add/delete, assertions, filters, and CSV/JSONL import
// (good, broken with file:line, cancelled while storing).

#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/runs/casestore.h"
#include "ui/runs/assertioneditor.h"
#include "ui/runs/casesmodel.h"
#include "ui/runs/casespane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestCasesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lazyModelWithTenThousandCases();
    void filters_data();
    void filters();
    void editInPlaceAndUndo();
    void addAndDeleteWithUndo();
    void assertionEditor();
    void importGoodFileAndUndo();
    void importConversations();
    void importReportsFileAndLine_data();
    void importReportsFileAndLine();
    void cancelWhileStoring();
    void readOnlyProject();
    void screenshot();

private:
    QList<TestCase> makeCases(int n) const;
    QSqlDatabase db() const { return m_project->file()->database(); }
    QString write(const QString &name, const QByteArray &data) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QList<TestCase> TestCasesPane::makeCases(int n) const
{
    QList<TestCase> cases;
    cases.reserve(n);
    for (int i = 1; i <= n; ++i) {
        TestCase c;
        c.variables.insert(u"question"_s, u"question %1"_s.arg(i));
        c.variables.insert(u"lang"_s, i % 2 ? u"en"_s : u"中文"_s);
        if (i % 3 == 0)
            c.reference = u"answer %1"_s.arg(i);
        c.tags = {i % 5 == 0 ? u"billing"_s : u"general"_s};
        c.assertions = {Assertion::contains({u"%1"_s.arg(i)}, ContainsMode::All)};
        cases.append(c);
    }
    return cases;
}

QString TestCasesPane::write(const QString &name, const QByteArray &data) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return QString();
    return path;
}

void TestCasesPane::init()
{
    const QString path
            = m_dir.filePath(u"%1.cutover"_s.arg(QString::fromUtf8(QTest::currentTestFunction())));
    QFile::remove(path);
    auto p = Project::create(path);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    m_project = std::move(p).value();
}

void TestCasesPane::cleanup()
{
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
}

void TestCasesPane::lazyModelWithTenThousandCases()
{
    constexpr int kCases = 10000;
    QVERIFY(CaseStore::add(db(), makeCases(kCases)).ok()); // one transaction

    CasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &CasesModel::reloaded);
    QElapsedTimer clock;
    clock.start();
    model.setDatabase(db(), m_project->path());
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
    qInfo("ids, variables and tags of %d cases read in %lld ms", kCases, clock.elapsed());
    QCOMPARE(model.rowCount(), kCases);
    // id, lang, question, reference, tags, assertions, threshold
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.variableNames(), (QStringList{u"lang"_s, u"question"_s}));
    QCOMPARE(model.tags(), (QStringList{u"billing"_s, u"general"_s}));
    QCOMPARE(model.cachedPages(), 0); // nothing read until asked for

    // Reading a row reads its page only.
    QCOMPARE(model.data(model.index(9999, 0)).toLongLong(), 10000);
    QCOMPARE(model.data(model.index(9999, model.variableColumn(u"question"_s))).toString(),
             u"question 10000"_s);
    QCOMPARE(model.cachedPages(), 1);
    QCOMPARE(model.data(model.index(2, model.referenceColumn())).toString(), u"answer 3"_s);
    QVERIFY(model.data(model.index(0, model.referenceColumn())).isNull());
    QCOMPARE(model.data(model.index(4, model.tagsColumn())).toString(), u"billing"_s);
    QVERIFY(model.data(model.index(4, model.assertionsColumn())).toString().contains(u"5"_s));
    QCOMPARE(model.data(model.index(4, model.thresholdColumn()), Qt::EditRole).toDouble(), 1.0);
    QCOMPARE(model.cachedPages(), 2);

    // Walking every row keeps at most kMaxPages pages in memory.
    for (int row = 0; row < kCases; row += 37)
        QVERIFY(!model.data(model.index(row, 1)).toString().isEmpty());
    QVERIFY(model.cachedPages() <= CasesModel::kMaxPages);

    // In a view: scrolling to the end stays quick (only visible rows are read).
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    clock.restart();
    view.scrollToBottom();
    view.grab();
    view.scrollToTop();
    view.grab();
    qInfo("scrolled 10,000 cases to the end and back in %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 2000);

    // A filter re-reads the ids; the tester checks the reset.
    model.setFilter(CaseStore::Filter{QString(), u"billing"_s});
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
    QCOMPARE(model.rowCount(), kCases / 5);
    QCOMPARE(model.idAt(0), 5);
    QCOMPARE(model.rowOf(10000), kCases / 5 - 1);
    QCOMPARE(model.rowOf(7), -1);
}

void TestCasesPane::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("expected");
    QTest::addRow("all") << QString() << QString() << 40;
    QTest::addRow("text") << u"question 1"_s << QString() << 11; // 1, 10..19
    QTest::addRow("chinese") << u"中文"_s << QString() << 20;
    QTest::addRow("tag") << QString() << u"billing"_s << 8;
    QTest::addRow("tag and text") << u"question 1"_s << u"billing"_s << 2; // 10, 15
    QTest::addRow("nothing") << u"no such words"_s << QString() << 0;
}

void TestCasesPane::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(int, expected);
    QVERIFY(CaseStore::add(db(), makeCases(40)).ok());
    CasesPane pane(m_project.get());
    pane.show();
    QTRY_COMPARE(pane.model()->rowCount(), 40);
    QTRY_COMPARE(pane.tagCombo()->count(), 3); // all tags, billing, general
    if (!tag.isEmpty()) {
        pane.tagCombo()->setCurrentIndex(pane.tagCombo()->findData(tag));
        Q_EMIT pane.tagCombo()->activated(pane.tagCombo()->currentIndex());
    }
    if (!text.isEmpty()) {
        pane.filterEdit()->setFocus();
        // QTest types Latin-1 only; other text goes in as an input method would.
        if (text.at(0).unicode() < 0x80)
            QTest::keyClicks(pane.filterEdit(), text);
        else
            pane.filterEdit()->insert(text);
    }
    QTRY_COMPARE(pane.model()->rowCount(), expected);
    QTRY_VERIFY(!pane.model()->isLoading());
    QCOMPARE(pane.model()->rowCount(), expected);
    if (!text.isEmpty() || !tag.isEmpty())
        QVERIFY(pane.countLabel()->text().contains(u"match"_s));
}

void TestCasesPane::editInPlaceAndUndo()
{
    QVERIFY(CaseStore::add(db(), makeCases(30)).ok());
    CasesPane pane(m_project.get());
    QAction *undo = pane.undoStack()->createUndoAction(&pane);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane.addAction(undo);
    QAction *redo = pane.undoStack()->createRedoAction(&pane);
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane.addAction(redo);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 30);
    QSignalSpy changed(m_project.get(), &Project::casesChanged);

    // Type a new question for case 3: select the cell, F2, type, Enter.
    QTableView *table = pane.table();
    const QModelIndex cell = pane.model()->index(2, pane.model()->variableColumn(u"question"_s));
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Wie geht's? "_s);
    qobject_cast<QLineEdit *>(editor)->insert(u"你好"_s); // as an input method would
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(CaseStore::load(db(), 3)->variables.value(u"question"_s), u"Wie geht's? 你好"_s);
    QCOMPARE(pane.model()->data(cell).toString(), u"Wie geht's? 你好"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(pane.undoStack()->count(), 1);

    // The pass threshold: a number from 0 to 1; anything else is refused.
    const QModelIndex threshold = pane.model()->index(2, pane.model()->thresholdColumn());
    QVERIFY(!pane.model()->setData(threshold, 1.5));
    QVERIFY(pane.model()->setData(threshold, 0.75));
    QCOMPARE(CaseStore::load(db(), 3)->passThreshold, 0.75);
    // Tags typed as text.
    QVERIFY(pane.model()->setData(pane.model()->index(2, pane.model()->tagsColumn()),
                                  u"a; b, a ,"_s));
    QCOMPARE(CaseStore::load(db(), 3)->tags, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(pane.undoStack()->count(), 3);

    // Ctrl+Z three times: back to the original case, in the file and the view.
    table->setFocus();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane.undoStack()->index(), 2 - i);
    }
    const TestCase original = makeCases(3).at(2);
    TestCase stored = CaseStore::load(db(), 3).value();
    stored.id = 0;
    QCOMPARE(stored.variables, original.variables);
    QCOMPARE(stored.tags, original.tags);
    QCOMPARE(stored.passThreshold, original.passThreshold);
    QCOMPARE(stored, original);
    QCOMPARE(pane.model()->data(cell).toString(), u"question 3"_s);
    QVERIFY(changed.size() >= 6);
    // Redo brings the first edit back.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(CaseStore::load(db(), 3)->variables.value(u"question"_s), u"Wie geht's? 你好"_s);
}

void TestCasesPane::addAndDeleteWithUndo()
{
    QVERIFY(CaseStore::add(db(), makeCases(5)).ok());
    CasesPane pane(m_project.get());
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 5);

    QTest::mouseClick(pane.addButton(), Qt::LeftButton);
    QCOMPARE(pane.model()->rowCount(), 6);
    QCOMPARE(pane.model()->idAt(5), 6);
    // The new case has every variable (empty) and is being edited.
    TestCase added = CaseStore::load(db(), 6).value();
    QCOMPARE(added.variables.keys(), (QStringList{u"lang"_s, u"question"_s}));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, u"fr"_s);
    QTest::keyClick(editor, Qt::Key_Tab); // commits and moves on
    QTRY_COMPARE(CaseStore::load(db(), 6)->variables.value(u"lang"_s), u"fr"_s);

    // Select rows 2 and 3 (cases 2, 3) and press Delete (confirmed in code).
    pane.table()->selectionModel()->select(
            QItemSelection(pane.model()->index(1, 0), pane.model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    pane.deleteSelected(true);
    QCOMPARE(pane.model()->rowCount(), 4);
    QCOMPARE(CaseStore::ids(db()).value(), (QList<qint64>{1, 4, 5, 6}));

    pane.undoStack()->undo(); // the delete
    QCOMPARE(CaseStore::ids(db()).value(), (QList<qint64>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(pane.model()->rowCount(), 6);
    QCOMPARE(pane.model()->data(pane.model()->index(2, 2)).toString(), u"question 3"_s);
    pane.undoStack()->undo(); // the edit
    pane.undoStack()->undo(); // the add
    QCOMPARE(CaseStore::ids(db()).value(), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(pane.model()->rowCount(), 5);
    pane.undoStack()->redo(); // the add again, under its own id
    QCOMPARE(CaseStore::ids(db()).value(), (QList<qint64>{1, 2, 3, 4, 5, 6}));
    // A new case never reuses an id.
    pane.undoStack()->undo();
    QTest::mouseClick(pane.addButton(), Qt::LeftButton);
    QCOMPARE(pane.model()->idAt(pane.model()->rowCount() - 1), 7);
}

void TestCasesPane::assertionEditor()
{
    QVERIFY(CaseStore::add(db(), makeCases(3)).ok());

    AssertionEditor editor({Assertion::equals(u"yes"_s)}, 1.0);
    QCOMPARE(editor.list()->count(), 1);
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    QCOMPARE(editor.list()->count(), 2);
    QCOMPARE(editor.list()->currentRow(), 1);
    editor.needlesEdit()->setFocus();
    QTest::keyClicks(editor.needlesEdit(), u"refund"_s);
    QTest::keyClick(editor.needlesEdit(), Qt::Key_Return);
    editor.needlesEdit()->insertPlainText(u"退款"_s);
    editor.weightSpin()->setValue(2);
    editor.thresholdSpin()->setValue(0.5);
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(editor.assertions(),
             (QList<Assertion>{Assertion::equals(u"yes"_s),
                               Assertion::contains({u"refund"_s, u"退款"_s}, ContainsMode::Any)
                                       .withWeight(2)}));
    QCOMPARE(editor.passThreshold(), 0.5);

    // A regex that does not compile keeps the dialog open and says so.
    AssertionEditor bad({}, 1.0);
    QTest::mouseClick(bad.addButton(), Qt::LeftButton);
    bad.kindCombo()->setCurrentIndex(bad.kindCombo()->findData(int(AssertionKind::Regex)));
    QVERIFY(bad.textEdit()->isVisibleTo(&bad));
    QVERIFY(!bad.needlesEdit()->isVisibleTo(&bad));
    QTest::keyClicks(bad.textEdit(), u"(unclosed"_s);
    bad.accept();
    QVERIFY(bad.result() != QDialog::Accepted);
    QVERIFY(!bad.problemLabel()->isHidden());
    QVERIFY(bad.problemLabel()->text().startsWith(u"Assertion 1"_s));

    // Stored through the pane, undoable.
    CasesPane pane(m_project.get());
    QTRY_COMPARE(pane.model()->rowCount(), 3);
    QVERIFY(pane.setAssertions(2, editor.assertions(), 0.5));
    QCOMPARE(CaseStore::load(db(), 2)->assertions, editor.assertions());
    QCOMPARE(CaseStore::load(db(), 2)->passThreshold, 0.5);
    QVERIFY(pane.model()
                    ->data(pane.model()->index(1, pane.model()->assertionsColumn()))
                    .toString()
                    .contains(u"2"_s));
    pane.undoStack()->undo();
    QCOMPARE(CaseStore::load(db(), 2)->assertions, makeCases(2).at(1).assertions);
}

void TestCasesPane::importGoodFileAndUndo()
{
    // 2,500 cases: three chunks of storing.
    QByteArray csv = "question,context,expected,tags,pass_threshold\n";
    for (int i = 1; i <= 2500; ++i)
        csv += "\"Q " + QByteArray::number(i) + ", please\",ctx,A" + QByteArray::number(i)
               + ",\"imported;batch\",0.5\n";
    const QString path = write(u"cases.csv"_s, csv);
    QVERIFY(!path.isEmpty());
    CasesPane pane(m_project.get());
    pane.show();
    QTRY_VERIFY(!pane.model()->isLoading());
    QSignalSpy finished(&pane, &CasesPane::importFinished);
    QSignalSpy changed(m_project.get(), &Project::casesChanged);
    QSignalSpy progress(pane.importProgress(), &QProgressBar::valueChanged);
    pane.importFile(path);
    QVERIFY(pane.isImporting());
    QVERIFY(!pane.importButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(finished.constFirst().at(1).toString()));
    QVERIFY(finished.constFirst().at(1).toString().contains(u"2500"_s)
            || finished.constFirst().at(1).toString().contains(u"2,500"_s));
    QVERIFY(progress.size() >= 3);
    QCOMPARE(CaseStore::count(db()).value(), 2500);
    QVERIFY(changed.size() >= 1);
    QTRY_COMPARE(pane.model()->rowCount(), 2500);
    QTRY_COMPARE(pane.model()->variableNames(), (QStringList{u"context"_s, u"question"_s}));
    const TestCase first = pane.model()->caseAt(0).value();
    QCOMPARE(first.variables.value(u"question"_s), u"Q 1, please"_s);
    QCOMPARE(first.reference, std::optional<QString>(u"A1"_s));
    QCOMPARE(first.tags, (QStringList{u"imported"_s, u"batch"_s}));
    QCOMPARE(first.passThreshold, 0.5);
    QVERIFY(pane.importButton()->isEnabled());

    // One undo step takes the whole import back; redo restores it.
    QCOMPARE(pane.undoStack()->count(), 1);
    pane.undoStack()->undo();
    QCOMPARE(CaseStore::count(db()).value(), 0);
    QCOMPARE(pane.model()->rowCount(), 0);
    pane.undoStack()->redo();
    QCOMPARE(CaseStore::count(db()).value(), 2500);
    QCOMPARE(pane.model()->rowCount(), 2500);
}

void TestCasesPane::importConversations()
{
    // Two stored OpenAI conversations and one without a user turn.
    const QString path = write(u"logs.jsonl"_s,
                               "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                               "{\"role\":\"user\",\"content\":\"Hi\"},"
                               "{\"role\":\"assistant\",\"content\":\"Hello!\"}]}\n"
                               "{\"messages\":[{\"role\":\"user\",\"content\":\"Refund?\"},"
                               "{\"role\":\"assistant\",\"content\":\"Yes.\"}]}\n"
                               "{\"messages\":[{\"role\":\"assistant\",\"content\":\"Alone\"}]}\n");
    QVERIFY(!path.isEmpty());
    CasesPane pane(m_project.get());
    pane.show();
    QTRY_VERIFY(!pane.model()->isLoading());
    QVERIFY(pane.importConversationsButton()->isEnabled());
    QSignalSpy finished(&pane, &CasesPane::importFinished);
    pane.importFile(path, CasesPane::Source::Conversations);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(finished.constFirst().at(1).toString()));
    QCOMPARE(CaseStore::count(db()).value(), 2);
    QTRY_COMPARE(pane.model()->rowCount(), 2);
    const TestCase first = pane.model()->caseAt(0).value();
    QCOMPARE(first.variables.value(u"system"_s), u"Be brief."_s);
    QCOMPARE(first.variables.value(u"input"_s), u"Hi"_s);
    QCOMPARE(first.reference, std::optional<QString>(u"Hello!"_s));
    // The conversation that could not become a case is reported, not dropped silently.
    QVERIFY2(pane.messageLabel()->text().contains(u"3"_s), qPrintable(pane.messageLabel()->text()));
}

void TestCasesPane::importReportsFileAndLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    QTest::addRow("csv with a field too many") << u"broken.csv"_s << u"broken.csv:3:"_s;
    QTest::addRow("jsonl with a cut line") << u"broken.jsonl"_s << u"broken.jsonl:2:"_s;
    QTest::addRow("unknown type") << u"cases.txt"_s << u"cases.txt"_s;
}

void TestCasesPane::importReportsFileAndLine()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QVERIFY(CaseStore::add(db(), makeCases(2)).ok());
    const QString path
            = qEnvironmentVariable("CUTOVER_SOURCE_DIR") + u"/tests/runsui/data/"_s + file;
    CasesPane pane(m_project.get());
    pane.show();
    QSignalSpy finished(&pane, &CasesPane::importFinished);
    pane.importFile(path);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(message.contains(where), qPrintable(message));
    QVERIFY(pane.messageLabel()->isVisible());
    QCOMPARE(pane.messageLabel()->text(), message);
    QCOMPARE(CaseStore::count(db()).value(), 2); // nothing added
    QCOMPARE(pane.undoStack()->count(), 0);
    QVERIFY(!pane.isImporting());
}

void TestCasesPane::cancelWhileStoring()
{
    QByteArray jsonl;
    for (int i = 0; i < 3500; ++i)
        jsonl += "{\"q\":\"case " + QByteArray::number(i) + "\",\"n\":" + QByteArray::number(i)
                 + "}\n";
    const QString path = write(u"many.jsonl"_s, jsonl);
    CasesPane pane(m_project.get());
    pane.show();
    QSignalSpy finished(&pane, &CasesPane::importFinished);
    // Press Cancel as soon as the first chunk is stored.
    connect(pane.importProgress(), &QProgressBar::valueChanged, &pane, [&pane](int value) {
        if (pane.importProgress()->maximum() == 3500 && value >= CasesPane::kImportChunk
            && pane.cancelImportButton()->isVisible())
            QTest::mouseClick(pane.cancelImportButton(), Qt::LeftButton);
    });
    pane.importFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(finished.constFirst().at(1).toString().contains(u"cancelled"_s));
    QCOMPARE(CaseStore::count(db()).value(), 0); // all or nothing
    QCOMPARE(pane.undoStack()->count(), 0);
    // The ids handed out meanwhile are not reused.
    QCOMPARE(CaseStore::add(db(), makeCases(1))->first(), CasesPane::kImportChunk + 1);

    // Cancelled while the file is still being read: nothing is stored either.
    pane.importFile(path);
    QVERIFY(pane.isImporting());
    QTest::mouseClick(pane.cancelImportButton(), Qt::LeftButton);
    QVERIFY(!pane.isImporting());
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QVERIFY(pane.importButton()->isEnabled());
    QCOMPARE(CaseStore::count(db()).value(), 1);
}

void TestCasesPane::readOnlyProject()
{
    // A file made by a newer Cutover opens read-only: cases show, nothing changes them.
    QVERIFY(CaseStore::add(db(), makeCases(3)).ok());
    const QString path = m_project->path();
    QVERIFY(m_project->close().ok());
    m_project.reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    auto p = Project::open(path);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    m_project = std::move(p).value();
    QVERIFY(m_project->isReadOnly());
    CasesPane pane(m_project.get());
    pane.show();
    QTRY_COMPARE(pane.model()->rowCount(), 3);
    QVERIFY(!pane.addButton()->isEnabled());
    QVERIFY(!pane.importButton()->isEnabled());
    pane.table()->selectRow(0);
    QVERIFY(!pane.deleteButton()->isEnabled());
    QVERIFY(!pane.assertionsButton()->isEnabled());
    QVERIFY(!(pane.model()->flags(pane.model()->index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!pane.model()->setData(pane.model()->index(0, 1), u"x"_s));
    pane.addCase();
    pane.deleteSelected(true);
    QCOMPARE(pane.model()->rowCount(), 3);
    QCOMPARE(pane.undoStack()->count(), 0);
}

void TestCasesPane::screenshot()
{
    QVERIFY(CaseStore::add(db(), makeCases(60)).ok());
    CasesPane pane(m_project.get());
    pane.resize(1100, 520);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(pane.model()->rowCount(), 60);
    pane.table()->selectRow(2);
    const QString out = qEnvironmentVariable("CUTOVER_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(pane.grab().save(out + u"/runs-ui-cases.png"_s));
    QVERIFY(!pane.grab().isNull());
    AssertionEditor editor(
            {Assertion::contains({u"refund"_s, u"退款"_s}, ContainsMode::All),
             Assertion::similarToReference(SimilarityMeasure::Jaccard, 0.6).withWeight(2),
             Assertion::maxLatency(3000)},
            0.75);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    if (!out.isEmpty())
        QVERIFY(editor.grab().save(out + u"/runs-ui-assertions.png"_s));
}

QTEST_MAIN(TestCasesPane)
#include "tst_casespane.moc"
