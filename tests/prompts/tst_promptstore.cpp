// PromptStore's library edits (description, rename, delete) on a real
// project file; adding and loading are covered by tests/runs/tst_runstores.

#include "core/project/projectfile.h"
#include "core/prompts/promptstore.h"
#include "core/runs/runstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

Prompt makePrompt(const QString &name)
{
    const QDateTime t0(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    Prompt p;
    p.name = name;
    p.description = u"first"_s;
    PromptVersions::append(p.versions, {TemplateMessage{ChatRole::User, u"Hi {{x}}"_s}}, u"v1"_s,
                           t0);
    PromptVersions::append(p.versions, {TemplateMessage{ChatRole::User, u"Hello {{x}}"_s}}, u"v2"_s,
                           t0.addSecs(5));
    PromptVariant v{u"claude"_s, 0, {}};
    PromptVersions::append(v.versions, {TemplateMessage{ChatRole::System, u"Be brief"_s}},
                           QString(), t0);
    p.variants.append(v);
    return p;
}

} // namespace

class TestPromptStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setDescription();
    void renameMovesEverything();
    void renameRefusals_data();
    void renameRefusals();
    void removeDeletesOnlyThatPrompt();
    void runsBlockRenameAndDelete();

private:
    QSqlDatabase db() const { return m_project->database(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectFile> m_project;
};

void TestPromptStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto p = ProjectFile::create(m_dir->filePath(u"p.cutover"_s));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    m_project = std::move(p).value();
    QVERIFY(PromptStore::add(db(), makePrompt(u"triage"_s)).ok());
    // A name that sorts right after "triage" must not be touched by its edits.
    QVERIFY(PromptStore::add(db(), makePrompt(u"triage2"_s)).ok());
}

void TestPromptStore::cleanup()
{
    QVERIFY(m_project->close().ok());
    m_project.reset();
    m_dir.reset();
}

void TestPromptStore::setDescription()
{
    QVERIFY(PromptStore::setDescription(db(), u"triage"_s, u"Sorts tickets\nby urgency"_s).ok());
    QCOMPARE(PromptStore::load(db(), u"triage"_s)->description, u"Sorts tickets\nby urgency"_s);
    QCOMPARE(PromptStore::load(db(), u"triage2"_s)->description, u"first"_s);
    QCOMPARE(PromptStore::load(db(), u"triage"_s)->versions.size(), 2);
    const auto missing = PromptStore::setDescription(db(), u"nope"_s, u"x"_s);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"nope"_s));
}

void TestPromptStore::renameMovesEverything()
{
    Prompt before = PromptStore::load(db(), u"triage"_s).value();
    QVERIFY(PromptStore::rename(db(), u"triage"_s, u"分类 triage"_s).ok());
    QVERIFY(!PromptStore::load(db(), u"triage"_s).ok());
    Prompt after = PromptStore::load(db(), u"分类 triage"_s).value();
    before.name = after.name;
    QCOMPARE(after, before);
    QCOMPARE(PromptStore::load(db(), u"triage2"_s)->versions.size(), 2);
    const auto list = PromptStore::list(db());
    QCOMPARE(list->size(), 2);
    // Versions keep being numbered after the renamed history.
    QCOMPARE(PromptStore::addVersion(db(), u"分类 triage"_s, QString(), {}, QString(),
                                     QDateTime::currentDateTimeUtc())
                     .value(),
             3);
    QVERIFY(PromptStore::rename(db(), u"triage2"_s, u"triage2"_s).ok()); // no change
}

void TestPromptStore::renameRefusals_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("taken") << u"triage"_s << u"triage2"_s << u"triage2"_s;
    QTest::addRow("empty") << u"triage"_s << u"  "_s << u"cannot be a prompt name"_s;
    QTest::addRow("at sign") << u"triage"_s << u"a@b"_s << u"a@b"_s;
    QTest::addRow("line break") << u"triage"_s << u"a\nb"_s << u"line break"_s;
    QTest::addRow("unknown") << u"nope"_s << u"other"_s << u"nope"_s;
}

void TestPromptStore::renameRefusals()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, mentions);
    const auto r = PromptStore::rename(db(), from, to);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    QCOMPARE(PromptStore::list(db())->size(), 2);
    QCOMPARE(PromptStore::load(db(), u"triage"_s)->versions.size(), 2);
}

void TestPromptStore::removeDeletesOnlyThatPrompt()
{
    QVERIFY(PromptStore::remove(db(), u"triage"_s).ok());
    QVERIFY(!PromptStore::load(db(), u"triage"_s).ok());
    const auto list = PromptStore::list(db());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).name, u"triage2"_s);
    QCOMPARE(PromptStore::load(db(), u"triage2"_s)->variants.size(), 1);
    QVERIFY(!PromptStore::remove(db(), u"triage"_s).ok());
    // The name is free again.
    QVERIFY(PromptStore::add(db(), makePrompt(u"triage"_s)).ok());
}

void TestPromptStore::runsBlockRenameAndDelete()
{
    RunInfo run;
    run.promptName = u"triage"_s;
    run.promptVersion = 2;
    run.endpoints = {u"a"_s, u"b"_s};
    run.createdAt = QDateTime::currentDateTimeUtc();
    const auto id = RunStore::createRun(db(), run);
    QVERIFY(id.ok());
    QCOMPARE(PromptStore::runsUsing(db(), u"triage"_s).value(), QList<qint64>{id.value()});
    QVERIFY(PromptStore::runsUsing(db(), u"triage2"_s)->isEmpty());

    const auto renamed = PromptStore::rename(db(), u"triage"_s, u"other"_s);
    QVERIFY(!renamed.ok());
    QVERIFY2(renamed.error().message.contains(QString::number(id.value())),
             qPrintable(renamed.error().message));
    const auto removed = PromptStore::remove(db(), u"triage"_s);
    QVERIFY(!removed.ok());
    QVERIFY(PromptStore::load(db(), u"triage"_s).ok());
    QVERIFY(PromptStore::remove(db(), u"triage2"_s).ok());
}

QTEST_GUILESS_MAIN(TestPromptStore)
#include "tst_promptstore.moc"
