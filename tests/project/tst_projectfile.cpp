#include "core/plan/planstore.h"
#include "core/project/projectfile.h"
#include "core/project/sqliteheader.h"
#include "core/version.h"
#include "tests/support/testplans.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

const QString kChild = QString::fromLocal8Bit(CUTOVER_PROJECT_WRITER_CHILD);
const QString kFixtures = QString::fromLocal8Bit(CUTOVER_PROJECT_FIXTURES);

template<typename T>
QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path())
            .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// A closed project at `path` holding `plan`.
bool makeProject(const QString &path, const Plan &plan = TestPlans::full(),
                 const ProjectFile::OpenOptions &options = {})
{
    auto p = ProjectFile::create(path, options);
    if (!p) {
        qWarning("%s", qPrintable(p.error().message));
        return false;
    }
    if (auto r = PlanStore::save(p.value()->database(), plan); !r) {
        qWarning("%s", qPrintable(r.error().message));
        return false;
    }
    return p.value()->close().ok();
}

QList<Schema::Migration> withSynthetic(const QStringList &statements)
{
    QList<Schema::Migration> list = Schema::migrations();
    list.append(Schema::Migration{Schema::kCurrentVersion + 1, statements});
    return list;
}

QStringList tables(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsOpensAndReopens();
    void createRefusesExistingPath();
    void planRoundTrip_data();
    void planRoundTrip();
    void refusesWithoutWriting_data();
    void refusesWithoutWriting();
    void refusesMissingFileWithoutCreatingIt();
    void newerVersionOpensReadOnly();
    void migratesAfterBackup();
    void failedMigrationLeavesFileUnchanged();
    void fixtureOfEachSchemaVersionOpens_data();
    void fixtureOfEachSchemaVersionOpens();
    void saveAsWritesConsistentCopy();
    void saveAsSkipsOpenWriteTransaction();
    void saveAsWhileAnotherThreadWrites();
    void leavesNoSideFilesAfterClose();
    void secondInstanceInProcessIsReadOnly();
    void secondInstanceInOtherProcessIsReadOnly();
    void secondInstanceThroughSymlinkIsReadOnly();
    void staleLockAfterKillIsTakenOver();
    void survivesKillNineAtRandomPoints();
    void diskFullKeepsLastCommittedState();
    void writeErrorKeepsLastCommittedState();
    void additionalConnectionSharesFile();
};

void TestProjectFile::createsOpensAndReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.cutover"_s);
    {
        auto p = ProjectFile::create(path);
        QVERIFY2(p.ok(), qPrintable(why(p)));
        QCOMPARE(p.value()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!p.value()->isReadOnly());
        QCOMPARE(p.value()->readOnlyReason(), ProjectFile::ReadOnlyReason::None);
        QCOMPARE(p.value()->schemaVersion(), Schema::kCurrentVersion);
        QVERIFY(p.value()->database().isOpen());
        QVERIFY(QFileInfo::exists(path + u".lock"_s));
        QCOMPARE(p.value()->meta(u"created_by"_s).value(), QString::fromLatin1(kVersion));
        const QDateTime created = QDateTime::fromString(p.value()->meta(u"created_at"_s).value(),
                                                        Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(p.value()->meta(u"missing"_s).value().isNull());
        QVERIFY2(p.value()->setMeta(u"k"_s, u"v 值"_s).ok(), "setMeta");
        QVERIFY2(p.value()->setMeta(u"k"_s, u"v2"_s).ok(), "setMeta again");
        QSqlQuery q(p.value()->database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
        QVERIFY(q.value(0).toInt() >= 1000);
        q = QSqlQuery();
        QVERIFY(p.value()->close().ok());
        QVERIFY(!p.value()->isOpen());
        QVERIFY(!QFileInfo::exists(path + u".lock"_s));
    }
    const Result<SqliteHeader> h = SqliteHeaderReader::read(path);
    QVERIFY2(h.ok(), qPrintable(why(h)));
    QCOMPARE(h->applicationId, Schema::kApplicationId);
    QCOMPARE(int(h->userVersion), Schema::kCurrentVersion);
    QCOMPARE(h->writeVersion, quint8(1));

    auto again = ProjectFile::open(path);
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(again.value()->meta(u"k"_s).value(), u"v2"_s);
    QCOMPARE(again.value()->migratedFromVersion(), 0);
    QVERIFY(again.value()->migrationBackupPath().isEmpty());
    const Result<IntegrityReport> report = again.value()->integrityCheck();
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
}

void TestProjectFile::createRefusesExistingPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"exists.cutover"_s);
    QVERIFY(writeAll(path, "keep me"));
    auto refused = ProjectFile::create(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Io);
    QVERIFY2(refused.error().message.contains(u"exists.cutover"_s), qPrintable(why(refused)));
    QCOMPARE(readAll(path), QByteArray("keep me"));

    ProjectFile::OpenOptions overwrite;
    overwrite.overwrite = true;
    auto made = ProjectFile::create(path, overwrite);
    QVERIFY2(made.ok(), qPrintable(why(made)));
    QCOMPARE(made.value()->schemaVersion(), Schema::kCurrentVersion);

    // A path held by another instance is refused even with overwrite.
    auto held = ProjectFile::create(path, overwrite);
    QVERIFY(!held.ok());
    QCOMPARE(held.error().kind, ErrorKind::Locked);
    QVERIFY(made.value()->close().ok());
    QCOMPARE(entries(dir), QStringList{u"exists.cutover"_s});

    QVERIFY(!ProjectFile::create(dir.filePath(u"no/such/dir/x.cutover"_s)).ok());
}

void TestProjectFile::planRoundTrip_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addRow("full") << TestPlans::full();
    QTest::addRow("minimal") << TestPlans::minimal();
    QTest::addRow("empty") << Plan();
}

void TestProjectFile::planRoundTrip()
{
    QFETCH(Plan, plan);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.cutover"_s);
    {
        auto p = ProjectFile::create(path);
        QVERIFY2(p.ok(), qPrintable(why(p)));
        QVERIFY2(PlanStore::save(p.value()->database(), TestPlans::full()).ok(), "first save");
        // Saving again replaces the plan entirely.
        auto saved = PlanStore::save(p.value()->database(), plan);
        QVERIFY2(saved.ok(), qPrintable(why(saved)));
        const Result<Plan> loaded = PlanStore::load(p.value()->database());
        QVERIFY2(loaded.ok(), qPrintable(why(loaded)));
        QCOMPARE(loaded.value(), plan);
    }
    auto p = ProjectFile::open(path);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    const Result<Plan> loaded = PlanStore::load(p.value()->database());
    QVERIFY2(loaded.ok(), qPrintable(why(loaded)));
    QCOMPARE(loaded.value(), plan);
    QVERIFY(p.value()->integrityCheck()->ok);
}

void TestProjectFile::refusesWithoutWriting_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("empty") << u"empty"_s << int(ErrorKind::NotCutover) << u"is empty"_s;
    QTest::addRow("text") << u"text"_s << int(ErrorKind::NotCutover) << u"not an SQLite"_s;
    QTest::addRow("foreign") << u"foreign"_s << int(ErrorKind::NotCutover)
                             << u"another application"_s;
    QTest::addRow("plain sqlite") << u"plain"_s << int(ErrorKind::NotCutover)
                                  << u"application id 0x00000000"_s;
    QTest::addRow("cut by a byte")
            << u"cut1"_s << int(ErrorKind::Corrupt) << u"not a whole number"_s;
    QTest::addRow("cut by a page") << u"cutpage"_s << int(ErrorKind::Corrupt) << u"truncated"_s;
    QTest::addRow("cut in the header")
            << u"cutheader"_s << int(ErrorKind::Corrupt) << u"inside the database header"_s;
    QTest::addRow("impossible page size")
            << u"pagesize"_s << int(ErrorKind::Corrupt) << u"impossible page size"_s;
    QTest::addRow("no schema version")
            << u"noversion"_s << int(ErrorKind::Corrupt) << u"no schema version"_s;
    // Whether the damage is met while reading the schema or by the integrity
    // check depends on how many pages the schema spans; either way it is refused
    // as damaged.
    QTest::addRow("corrupt pages")
            << u"corrupt"_s << int(ErrorKind::Corrupt) << u"is damaged and was not opened"_s;
    QTest::addRow("corrupt schema")
            << u"corruptschema"_s << int(ErrorKind::Corrupt) << u"is damaged and was not opened"_s;
}

void TestProjectFile::refusesWithoutWriting()
{
    QFETCH(QString, kind);
    QFETCH(int, errorKind);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"subject.cutover"_s);
    if (kind == u"empty"_s) {
        QVERIFY(writeAll(path, {}));
    } else if (kind == u"text"_s) {
        QVERIFY(writeAll(path, "title: my plan\nowner: me\n"));
    } else if (kind == u"foreign"_s || kind == u"plain"_s) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE things (x)"_s));
            QVERIFY(q.exec(u"INSERT INTO things VALUES (1)"_s));
            if (kind == u"foreign"_s)
                QVERIFY(q.exec(u"PRAGMA application_id = 1179602760"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
    } else {
        QVERIFY(makeProject(path));
        QByteArray bytes = readAll(path);
        const Result<SqliteHeader> h = SqliteHeaderReader::read(path);
        QVERIFY(h.ok());
        const qsizetype page = h->pageSize;
        QVERIFY(bytes.size() >= 4 * page);
        if (kind == u"cut1"_s)
            bytes.chop(1);
        else if (kind == u"cutpage"_s)
            bytes.chop(page);
        else if (kind == u"cutheader"_s)
            bytes.truncate(60);
        else if (kind == u"pagesize"_s)
            bytes[17] = char(bytes.at(17) + 1); // offset 16: big-endian page size
        else if (kind == u"noversion"_s)
            bytes.replace(60, 4, QByteArray(4, '\0')); // offset 60: user_version
        else if (kind == u"corrupt"_s) {
            // Scribble over the b-tree page headers and cells of every page
            // but the first.
            for (qsizetype at = page; at < bytes.size(); at += page)
                bytes.replace(at, 200, QByteArray(200, '\xa5'));
        } else if (kind == u"corruptschema"_s) {
            // The schema table's cells on page 1, after the b-tree page header.
            bytes.replace(110, 190, QByteArray(190, '\xa5'));
        }
        QVERIFY(writeAll(path, bytes));
    }
    const QDateTime old(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const QByteArray before = readAll(path);
    const QStringList filesBefore = entries(dir);

    auto p = ProjectFile::open(path);
    QVERIFY(!p.ok());
    QCOMPARE(int(p.error().kind), errorKind);
    QVERIFY2(p.error().message.contains(messagePart), qPrintable(why(p)));
    QVERIFY2(p.error().message.contains(u"subject.cutover"_s), qPrintable(why(p)));

    QCOMPARE(readAll(path), before);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), old);
    QCOMPARE(entries(dir), filesBefore);

    // Read-only opening refuses the same way.
    ProjectFile::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto ro = ProjectFile::open(path, readOnly);
    QVERIFY(!ro.ok());
    QCOMPARE(int(ro.error().kind), errorKind);
    QCOMPARE(readAll(path), before);
    QCOMPARE(entries(dir), filesBefore);
}

void TestProjectFile::refusesMissingFileWithoutCreatingIt()
{
    QTemporaryDir dir;
    auto p = ProjectFile::open(dir.filePath(u"gone.cutover"_s));
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ErrorKind::Io);
    QVERIFY2(p.error().message.contains(u"gone.cutover"_s), qPrintable(why(p)));
    QVERIFY(entries(dir).isEmpty());
}

void TestProjectFile::newerVersionOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.cutover"_s);
    ProjectFile::OpenOptions future;
    future.migrations = withSynthetic({u"CREATE TABLE from_the_future (x TEXT)"_s});
    QVERIFY(makeProject(path, TestPlans::full(), future));
    const QByteArray before = readAll(path);

    {
        auto p = ProjectFile::open(path);
        QVERIFY2(p.ok(), qPrintable(why(p)));
        ProjectFile &f = *p.value();
        QVERIFY(f.isReadOnly());
        QCOMPARE(f.readOnlyReason(), ProjectFile::ReadOnlyReason::NewerVersion);
        QVERIFY2(f.readOnlyMessage().contains(u"newer version of Cutover"_s),
                 qPrintable(f.readOnlyMessage()));
        QVERIFY(f.readOnlyMessage().contains(u"future.cutover"_s));
        QCOMPARE(f.schemaVersion(), Schema::kCurrentVersion + 1);
        const Result<Plan> plan = PlanStore::load(f.database());
        QVERIFY2(plan.ok(), qPrintable(why(plan)));
        QCOMPARE(plan.value(), TestPlans::full());

        const Result<void> save = PlanStore::save(f.database(), TestPlans::minimal());
        QVERIFY(!save.ok());
        QCOMPARE(save.error().kind, ErrorKind::ReadOnly);
        const Result<void> meta = f.setMeta(u"x"_s, u"y"_s);
        QVERIFY(!meta.ok());
        QCOMPARE(meta.error().kind, ErrorKind::ReadOnly);
        QSqlQuery q(f.database());
        QVERIFY(!q.exec(u"DELETE FROM plan_risks"_s));
        q = QSqlQuery();
        QVERIFY(f.integrityCheck()->ok);
        QVERIFY(f.close().ok());
    }
    QCOMPARE(readAll(path), before);
    QCOMPARE(entries(dir), QStringList{u"future.cutover"_s});
}

void TestProjectFile::migratesAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.cutover"_s);
    QVERIFY(makeProject(path));
    const QByteArray before = readAll(path);

    ProjectFile::OpenOptions next;
    next.migrations = withSynthetic(
            {u"CREATE TABLE synthetic_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"_s,
             u"INSERT INTO synthetic_notes (text) SELECT title FROM plan_info"_s,
             u"INSERT INTO meta (key, value) VALUES ('synthetic', 'yes')"_s});
    const int target = Schema::kCurrentVersion + 1;
    QString backup;
    {
        auto p = ProjectFile::open(path, next);
        QVERIFY2(p.ok(), qPrintable(why(p)));
        ProjectFile &f = *p.value();
        QVERIFY(!f.isReadOnly());
        QCOMPARE(f.schemaVersion(), target);
        QCOMPARE(f.currentSchemaVersion(), target);
        QCOMPARE(f.migratedFromVersion(), Schema::kCurrentVersion);
        backup = f.migrationBackupPath();
        QCOMPARE(backup, path + u".v%1.bak"_s.arg(Schema::kCurrentVersion));
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(f.meta(u"synthetic"_s).value(), u"yes"_s);
        QSqlQuery q(f.database());
        QVERIFY(q.exec(u"SELECT text FROM synthetic_notes"_s) && q.next());
        QCOMPARE(q.value(0).toString(), TestPlans::full().title);
        q = QSqlQuery();
        QCOMPARE(PlanStore::load(f.database()).value(), TestPlans::full());
        QVERIFY(f.close().ok());
    }
    const Result<SqliteHeader> h = SqliteHeaderReader::read(path);
    QCOMPARE(int(h->userVersion), target);

    // The backup is the old file, complete and openable by the old build.
    const Result<SqliteHeader> b = SqliteHeaderReader::read(backup);
    QVERIFY2(b.ok(), qPrintable(why(b)));
    QCOMPARE(int(b->userVersion), Schema::kCurrentVersion);
    QCOMPARE(b->writeVersion, quint8(1));
    {
        auto old = ProjectFile::open(backup);
        QVERIFY2(old.ok(), qPrintable(why(old)));
        QVERIFY(!old.value()->isReadOnly());
        QCOMPARE(old.value()->schemaVersion(), Schema::kCurrentVersion);
        QCOMPARE(PlanStore::load(old.value()->database()).value(), TestPlans::full());
        QVERIFY(!tables(old.value()->database()).contains(u"synthetic_notes"_s));
    }
    Q_UNUSED(before);

    // A second migration of another copy does not overwrite the first backup.
    const QString path2 = dir.filePath(u"old2.cutover"_s);
    QVERIFY(makeProject(path2));
    QVERIFY(QFile::copy(backup, path2 + u".v%1.bak"_s.arg(Schema::kCurrentVersion)));
    auto p2 = ProjectFile::open(path2, next);
    QVERIFY2(p2.ok(), qPrintable(why(p2)));
    QCOMPARE(p2.value()->migrationBackupPath(),
             path2 + u".v%1-2.bak"_s.arg(Schema::kCurrentVersion));
}

void TestProjectFile::failedMigrationLeavesFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.cutover"_s);
    QVERIFY(makeProject(path));
    const QByteArray before = readAll(path);

    ProjectFile::OpenOptions broken;
    broken.migrations = withSynthetic({u"CREATE TABLE synthetic_notes (id INTEGER PRIMARY KEY)"_s,
                                       u"DELETE FROM plan_risks"_s,
                                       u"INSERT INTO no_such_table VALUES (1)"_s});
    auto p = ProjectFile::open(path, broken);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(u"no_such_table"_s), qPrintable(why(p)));
    QVERIFY2(p.error().message.contains(u"old.cutover"_s), qPrintable(why(p)));
    QCOMPARE(readAll(path), before);
    QCOMPARE(entries(dir), QStringList{u"old.cutover"_s});

    auto reopened = ProjectFile::open(path);
    QVERIFY2(reopened.ok(), qPrintable(why(reopened)));
    QCOMPARE(reopened.value()->schemaVersion(), Schema::kCurrentVersion);
    QVERIFY(!tables(reopened.value()->database()).contains(u"synthetic_notes"_s));
    QCOMPARE(PlanStore::load(reopened.value()->database()).value(), TestPlans::full());
}

void TestProjectFile::fixtureOfEachSchemaVersionOpens_data()
{
    QTest::addColumn<int>("version");
    // Every schema version this build knows needs its fixture: add
    // tests/project/fixtures/schema-vN.cutover with a new migration
    // (project_writer_child fixture <file> <N>).
    for (const Schema::Migration &m : Schema::migrations())
        QTest::addRow("v%d", m.toVersion) << m.toVersion;
}

void TestProjectFile::fixtureOfEachSchemaVersionOpens()
{
    QFETCH(int, version);
    const QString fixture = kFixtures + u"/schema-v%1.cutover"_s.arg(version);
    QVERIFY2(QFileInfo::exists(fixture), qPrintable(fixture));
    const QByteArray fixtureBytes = readAll(fixture);
    const Result<SqliteHeader> h = SqliteHeaderReader::read(fixture);
    QVERIFY2(h.ok(), qPrintable(why(h)));
    QCOMPARE(int(h->userVersion), version);
    QCOMPARE(h->writeVersion, quint8(1));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"fixture.cutover"_s);
    QVERIFY(QFile::copy(fixture, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    {
        // A read-only look (cutover-cli info) does not migrate or write.
        ProjectFile::OpenOptions look;
        look.readOnly = true;
        auto p = ProjectFile::open(path, look);
        QVERIFY2(p.ok(), qPrintable(why(p)));
        QCOMPARE(p.value()->readOnlyReason(), ProjectFile::ReadOnlyReason::Requested);
        QCOMPARE(p.value()->schemaVersion(), version);
        QCOMPARE(p.value()->migratedFromVersion(), 0);
        QCOMPARE(PlanStore::load(p.value()->database()).value(), TestPlans::full());
        QVERIFY(p.value()->integrityCheck()->ok);
        QVERIFY(p.value()->close().ok());
        QCOMPARE(readAll(path), fixtureBytes);
        QCOMPARE(entries(dir), QStringList{u"fixture.cutover"_s});
    }
    {
        auto p = ProjectFile::open(path);
        QVERIFY2(p.ok(), qPrintable(why(p)));
        ProjectFile &f = *p.value();
        QVERIFY(!f.isReadOnly());
        QCOMPARE(f.schemaVersion(), Schema::kCurrentVersion);
        if (version < Schema::kCurrentVersion) {
            QCOMPARE(f.migratedFromVersion(), version);
            QVERIFY(QFileInfo::exists(f.migrationBackupPath()));
        } else {
            QCOMPARE(f.migratedFromVersion(), 0);
        }
        const Result<Plan> plan = PlanStore::load(f.database());
        QVERIFY2(plan.ok(), qPrintable(why(plan)));
        QCOMPARE(plan.value(), TestPlans::full());
        QVERIFY(!f.meta(u"created_by"_s).value().isEmpty());
        const Result<IntegrityReport> report = f.integrityCheck();
        QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
        // Still writable after the upgrade.
        QVERIFY(PlanStore::save(f.database(), TestPlans::minimal()).ok());
        QVERIFY(f.close().ok());
    }
    QCOMPARE(readAll(fixture), fixtureBytes);
}

void TestProjectFile::saveAsWritesConsistentCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.cutover"_s);
    const QString copy = dir.filePath(u"copy.cutover"_s);
    auto p = ProjectFile::create(path);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QVERIFY(PlanStore::save(p.value()->database(), TestPlans::full()).ok());
    QVERIFY(p.value()->setMeta(u"note"_s, u"before copy"_s).ok());

    QVERIFY(writeAll(copy, "an old file at the target"));
    const Result<void> saved = p.value()->saveAs(copy);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    // The original stays open and writable.
    QVERIFY(p.value()->setMeta(u"note"_s, u"after copy"_s).ok());
    QCOMPARE(entries(dir), (QStringList{u"a.cutover"_s, u"a.cutover-shm"_s, u"a.cutover-wal"_s,
                                        u"a.cutover.lock"_s, u"copy.cutover"_s}));

    const Result<SqliteHeader> h = SqliteHeaderReader::inspectProject(copy, Schema::kApplicationId);
    QVERIFY2(h.ok(), qPrintable(why(h)));
    QCOMPARE(h->writeVersion, quint8(1));
    QCOMPARE(h->readVersion, quint8(1));
    QCOMPARE(int(h->userVersion), p.value()->schemaVersion());

    auto c = ProjectFile::open(copy);
    QVERIFY2(c.ok(), qPrintable(why(c)));
    QCOMPARE(PlanStore::load(c.value()->database()).value(), TestPlans::full());
    QCOMPARE(c.value()->meta(u"note"_s).value(), u"before copy"_s);
    QVERIFY(c.value()->integrityCheck()->ok);

    // Refused: the project itself, a missing folder, a copy open elsewhere.
    QVERIFY(!p.value()->saveAs(path).ok());
    QVERIFY(!p.value()->saveAs(dir.filePath(u"nope/x.cutover"_s)).ok());
    const Result<void> busy = p.value()->saveAs(copy);
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().kind, ErrorKind::Locked);
}

void TestProjectFile::saveAsSkipsOpenWriteTransaction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.cutover"_s);
    const QString copy = dir.filePath(u"copy.cutover"_s);
    auto p = ProjectFile::create(path);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QVERIFY(PlanStore::save(p.value()->database(), TestPlans::full()).ok());

    // The main connection is in the middle of a write transaction.
    QSqlQuery q(p.value()->database());
    QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
    QVERIFY(q.exec(u"UPDATE plan_info SET title = 'uncommitted'"_s));
    QVERIFY(q.exec(u"DELETE FROM plan_risks"_s));
    const Result<void> saved = p.value()->saveAs(copy);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QVERIFY(q.exec(u"COMMIT"_s));
    q = QSqlQuery();

    auto c = ProjectFile::open(copy);
    QVERIFY2(c.ok(), qPrintable(why(c)));
    QCOMPARE(PlanStore::load(c.value()->database()).value(), TestPlans::full());
    QVERIFY(c.value()->integrityCheck()->ok);
    QCOMPARE(PlanStore::load(p.value()->database())->title, u"uncommitted"_s);
}

void TestProjectFile::saveAsWhileAnotherThreadWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"busy.cutover"_s);
    auto p = ProjectFile::create(path);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QVERIFY(PlanStore::save(p.value()->database(), TestPlans::full()).ok());
    ProjectFile *file = p.value().get();

    // Each write commits the plan title "edit n" together with meta "edit-n".
    std::atomic<bool> stop{false};
    std::atomic<int> committed{0};
    QString threadError;
    QThread *writer = QThread::create([&] {
        Result<QSqlDatabase> db = file->openAdditionalConnection(u"writer"_s);
        if (!db) {
            threadError = db.error().message;
            return;
        }
        const QString name = db->connectionName();
        Plan plan = TestPlans::full();
        for (int n = 1; !stop.load(); ++n) {
            plan.title = u"edit %1"_s.arg(n);
            {
                QSqlQuery q(db.value());
                if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
                    threadError = q.lastError().text();
                    break;
                }
            }
            // PlanStore::save opens its own transaction, so write by hand.
            QSqlQuery q(db.value());
            const bool ok
                    = q.exec(u"UPDATE plan_info SET title = 'edit %1'"_s.arg(n))
                      && q.exec(u"INSERT INTO meta (key, value) VALUES ('edit-%1', '%1')"_s.arg(n))
                      && q.exec(u"COMMIT"_s);
            if (!ok) {
                threadError = q.lastError().text();
                break;
            }
            committed = n;
        }
        db = Result<QSqlDatabase>(QSqlDatabase());
        ProjectFile::closeAdditionalConnection(name);
    });
    writer->start();
    QTRY_VERIFY(committed.load() > 5 || !threadError.isEmpty());

    for (int i = 0; i < 5; ++i) {
        const int seenBefore = committed.load();
        const QString copy = dir.filePath(u"copy%1.cutover"_s.arg(i));
        const Result<void> saved = file->saveAs(copy);
        QVERIFY2(saved.ok(), qPrintable(why(saved)));
        auto c = ProjectFile::open(copy);
        QVERIFY2(c.ok(), qPrintable(why(c)));
        QVERIFY(c.value()->integrityCheck()->ok);
        // The snapshot holds edits 1..n and the title of edit n, nothing torn.
        QSqlQuery q(c.value()->database());
        QVERIFY(q.exec(u"SELECT count(*), max(CAST(value AS INTEGER)) FROM meta "
                       "WHERE key LIKE 'edit-%'"_s)
                && q.next());
        const int count = q.value(0).toInt();
        QCOMPARE(q.value(1).toInt(), count);
        QVERIFY(count >= seenBefore);
        q = QSqlQuery();
        QCOMPARE(PlanStore::load(c.value()->database())->title, u"edit %1"_s.arg(count));
        QVERIFY(c.value()->close().ok());
        QTRY_VERIFY(committed.load() > count || !threadError.isEmpty());
    }
    stop = true;
    QVERIFY(writer->wait(30000));
    delete writer;
    QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
    QVERIFY(committed.load() > 5);
}

void TestProjectFile::leavesNoSideFilesAfterClose()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mail-me.cutover"_s);
    {
        auto p = ProjectFile::create(path);
        QVERIFY2(p.ok(), qPrintable(why(p)));
        for (int i = 0; i < 20; ++i)
            QVERIFY(PlanStore::save(p.value()->database(), TestPlans::full()).ok());
        QVERIFY(p.value()->setMeta(u"k"_s, u"v"_s).ok());
        QVERIFY(QFileInfo::exists(path + u"-wal"_s)); // WAL while open
        // Destruction closes cleanly too.
    }
    QCOMPARE(entries(dir), QStringList{u"mail-me.cutover"_s});
    const Result<SqliteHeader> h = SqliteHeaderReader::read(path);
    QCOMPARE(h->writeVersion, quint8(1));
    QCOMPARE(h->readVersion, quint8(1));
    QCOMPARE(h->fileSize, qint64(h->pageCount) * h->pageSize);

    // The single file is complete: a plain copy of it opens with everything.
    const QString mailed = dir.filePath(u"mailed.cutover"_s);
    QVERIFY(QFile::copy(path, mailed));
    auto p = ProjectFile::open(mailed);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QCOMPARE(p.value()->meta(u"k"_s).value(), u"v"_s);
    QCOMPARE(PlanStore::load(p.value()->database()).value(), TestPlans::full());
}

void TestProjectFile::secondInstanceInProcessIsReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.cutover"_s);
    QVERIFY(makeProject(path));
    auto first = ProjectFile::open(path);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QVERIFY(!first.value()->isReadOnly());

    auto second = ProjectFile::open(path);
    QVERIFY2(second.ok(), qPrintable(why(second)));
    QVERIFY(second.value()->isReadOnly());
    QCOMPARE(second.value()->readOnlyReason(), ProjectFile::ReadOnlyReason::OpenElsewhere);
    const QString message = second.value()->readOnlyMessage();
    QVERIFY2(message.contains(u"open in another Cutover window (process %1)"_s.arg(
                     QCoreApplication::applicationPid())),
             qPrintable(message));
    QVERIFY(second.value()->database().connectionName()
            != first.value()->database().connectionName());

    // A requested read-only look neither takes nor needs the lock.
    ProjectFile::OpenOptions look;
    look.readOnly = true;
    auto third = ProjectFile::open(path, look);
    QVERIFY2(third.ok(), qPrintable(why(third)));
    QCOMPARE(third.value()->readOnlyReason(), ProjectFile::ReadOnlyReason::Requested);
    QVERIFY(third.value()->close().ok());

    // The writer keeps writing, the reader sees committed state, nobody is locked out.
    Plan changed = TestPlans::full();
    changed.title = u"changed by the first window"_s;
    QVERIFY(PlanStore::save(first.value()->database(), changed).ok());
    QCOMPARE(PlanStore::load(second.value()->database()).value(), changed);
    const Result<void> refused = PlanStore::save(second.value()->database(), TestPlans::minimal());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::ReadOnly);
    QVERIFY(!refused.error().message.contains(u"locked"_s));
    const Result<void> meta = second.value()->setMeta(u"a"_s, u"b"_s);
    QCOMPARE(meta.error().kind, ErrorKind::ReadOnly);
    QVERIFY(meta.error().message.contains(u"another Cutover window"_s));

    // Writer closes first (while the reader is still open), then the reader:
    // the file still ends up a single rollback-journal file.
    QVERIFY(first.value()->close().ok());
    QCOMPARE(PlanStore::load(second.value()->database()).value(), changed);
    QVERIFY(second.value()->close().ok());
    QCOMPARE(entries(dir), QStringList{u"shared.cutover"_s});
    QCOMPARE(SqliteHeaderReader::read(path)->writeVersion, quint8(1));

    auto fourth = ProjectFile::open(path);
    QVERIFY(!fourth.value()->isReadOnly());
}

void TestProjectFile::secondInstanceInOtherProcessIsReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.cutover"_s);
    QVERIFY(makeProject(path));

    QProcess child;
    child.start(kChild, {u"hold"_s, path});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    while (!out.contains('\n')) {
        QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
        out += child.readAllStandardOutput();
    }
    QCOMPARE(out, QByteArray("ready 0\n"));

    auto second = ProjectFile::open(path);
    QVERIFY2(second.ok(), qPrintable(why(second)));
    QVERIFY(second.value()->isReadOnly());
    QCOMPARE(second.value()->readOnlyReason(), ProjectFile::ReadOnlyReason::OpenElsewhere);
    QVERIFY2(second.value()->readOnlyMessage().contains(
                     u"open in another Cutover window (process %1)"_s.arg(child.processId())),
             qPrintable(second.value()->readOnlyMessage()));
    QCOMPARE(PlanStore::load(second.value()->database()).value(), TestPlans::full());
    QCOMPARE(PlanStore::save(second.value()->database(), Plan()).error().kind, ErrorKind::ReadOnly);

    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(second.value()->close().ok());
    QCOMPARE(entries(dir), QStringList{u"shared.cutover"_s});
    QCOMPARE(SqliteHeaderReader::read(path)->writeVersion, quint8(1));
}

void TestProjectFile::secondInstanceThroughSymlinkIsReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"real.cutover"_s);
    const QString alias = dir.filePath(u"alias.cutover"_s);
    QVERIFY(makeProject(path));
    QVERIFY(QFile::link(path, alias));
    auto first = ProjectFile::open(alias);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QVERIFY(!first.value()->isReadOnly());
    auto second = ProjectFile::open(path);
    QVERIFY2(second.ok(), qPrintable(why(second)));
    QCOMPARE(second.value()->readOnlyReason(), ProjectFile::ReadOnlyReason::OpenElsewhere);
}

void TestProjectFile::staleLockAfterKillIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crashed.cutover"_s);
    QVERIFY(makeProject(path));

    QProcess child;
    child.start(kChild, {u"hold"_s, path});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    while (!out.contains('\n')) {
        QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
        out += child.readAllStandardOutput();
    }
    QCOMPARE(out, QByteArray("ready 0\n"));
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(30000));
    QVERIFY(QFileInfo::exists(path + u".lock"_s)); // left behind by the dead process

    auto p = ProjectFile::open(path);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QVERIFY2(!p.value()->isReadOnly(), qPrintable(p.value()->readOnlyMessage()));
    QCOMPARE(PlanStore::load(p.value()->database()).value(), TestPlans::full());
    QVERIFY(p.value()->close().ok());
    QCOMPARE(entries(dir), QStringList{u"crashed.cutover"_s});
}

void TestProjectFile::survivesKillNineAtRandomPoints()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"killed.cutover"_s);
    QVERIFY(makeProject(path));

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("kill -9 seed %u", seed);
    qint64 next = 1;
    for (int round = 0; round < 6; ++round) {
        QProcess child;
        child.start(kChild,
                    {u"write"_s, path, QString::number(next), QString::number(next + 100000)});
        QVERIFY(child.waitForStarted());
        const int target = random.bounded(1, 40);
        QByteArray out;
        while (out.count('\n') < target) {
            QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
            out += child.readAllStandardOutput();
        }
        child.kill();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        out += child.readAllStandardOutput();

        qint64 last = next - 1;
        const QList<QByteArray> lines = out.split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            bool ok = false;
            const qint64 n = line.toLongLong(&ok);
            QVERIFY2(ok && n == last + 1, line.constData());
            last = n;
        }

        auto p = ProjectFile::open(path);
        QVERIFY2(p.ok(), qPrintable(why(p)));
        QVERIFY2(!p.value()->isReadOnly(), qPrintable(p.value()->readOnlyMessage()));
        const Result<IntegrityReport> report = p.value()->integrityCheck();
        QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
        for (qint64 n = 1; n <= last; ++n)
            QCOMPARE(p.value()->meta(u"edit-%1"_s.arg(n)).value(), QString::number(n));
        const Result<Plan> plan = PlanStore::load(p.value()->database());
        QVERIFY2(plan.ok(), qPrintable(why(plan)));
        // The plan of the last reported edit, or of the one in flight.
        QVERIFY2(plan->title == u"edit %1"_s.arg(last) || plan->title == u"edit %1"_s.arg(last + 1),
                 qPrintable(plan->title));
        Plan expected = TestPlans::full();
        expected.title = plan->title;
        QCOMPARE(plan.value(), expected);
        QVERIFY(p.value()->close().ok());
        next = last + 1;
    }
    QVERIFY(next > 6);
    QCOMPARE(entries(dir), QStringList{u"killed.cutover"_s});
}

void TestProjectFile::diskFullKeepsLastCommittedState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"full.cutover"_s);
    auto p = ProjectFile::create(path);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QVERIFY(PlanStore::save(p.value()->database(), TestPlans::full()).ok());

    // SQLite reports SQLITE_FULL exactly as for a full disk once the file
    // may not grow any further.
    {
        QSqlQuery q(p.value()->database());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    }
    Plan big = TestPlans::full();
    big.notes = QString(200000, u'x');
    const Result<void> saved = PlanStore::save(p.value()->database(), big);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Io);
    QVERIFY2(saved.error().message.contains(u"full"_s), qPrintable(why(saved)));
    const Result<void> meta = p.value()->setMeta(u"big"_s, QString(200000, u'y'));
    QVERIFY(!meta.ok());
    QCOMPARE(PlanStore::load(p.value()->database()).value(), TestPlans::full());
    QVERIFY(p.value()->integrityCheck()->ok);
    QVERIFY(p.value()->close().ok());

    auto again = ProjectFile::open(path);
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(PlanStore::load(again.value()->database()).value(), TestPlans::full());
    QVERIFY(again.value()->meta(u"big"_s).value().isNull());
}

void TestProjectFile::writeErrorKeepsLastCommittedState()
{
#ifndef Q_OS_UNIX
    QSKIP("needs RLIMIT_FSIZE");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(u"efbig.cutover"_s);
    QVERIFY(makeProject(path));

    QProcess child;
    child.start(kChild, {u"fsize"_s, path});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    const QStringList lines
            = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    // The write fails with a clear message and no crash ...
    QVERIFY2(lines.at(0).startsWith(u"save 0 %1\t"_s.arg(int(ErrorKind::Io))),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(u"disk error"_s), qPrintable(lines.at(0)));
    // ... the last committed plan is what the project still holds, and small
    // writes work again afterwards.
    QCOMPARE(lines.at(1), u"load 1"_s);
    QVERIFY2(lines.at(2).startsWith(u"meta 1"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(u"close 1"_s), qPrintable(lines.at(3)));

    auto p = ProjectFile::open(path);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QVERIFY(p.value()->integrityCheck()->ok);
    QCOMPARE(PlanStore::load(p.value()->database()).value(), TestPlans::full());
    QCOMPARE(p.value()->meta(u"after-error"_s).value(), u"small"_s);
}

void TestProjectFile::additionalConnectionSharesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workers.cutover"_s);
    auto p = ProjectFile::create(path);
    QVERIFY2(p.ok(), qPrintable(why(p)));
    Result<QSqlDatabase> worker = p.value()->openAdditionalConnection(u"worker"_s);
    QVERIFY2(worker.ok(), qPrintable(why(worker)));
    const QString name = worker->connectionName();
    QVERIFY(name.startsWith(p.value()->database().connectionName()));
    QVERIFY(!p.value()->openAdditionalConnection(u"worker"_s).ok()); // name taken
    {
        QSqlQuery q(worker.value());
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    QVERIFY(PlanStore::save(worker.value(), TestPlans::full()).ok());
    QCOMPARE(PlanStore::load(p.value()->database()).value(), TestPlans::full());
    worker = Result<QSqlDatabase>(QSqlDatabase());
    ProjectFile::closeAdditionalConnection(name);
    QVERIFY(p.value()->close().ok());
    QCOMPARE(entries(dir), QStringList{u"workers.cutover"_s});
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
