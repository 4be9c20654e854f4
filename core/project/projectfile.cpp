#include "core/project/projectfile.h"

#include "core/project/sqliteheader.h"
#include "core/project/writetransaction.h"
#include "core/util/tr.h"
#include "core/version.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

constexpr int kBusyTimeoutMs = 5000;
const QStringList kSideSuffixes{u"-wal"_s, u"-shm"_s, u"-journal"_s};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// One lock per file, however it is reached (symbolic links, "..").
QString lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath() + u".lock"_s;
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (dir.isEmpty() ? info.absoluteFilePath() : dir + u'/' + info.fileName()) + u".lock"_s;
}

QString nextConnectionName()
{
    static std::atomic<quint64> s_counter{0};
    return u"cutover-project-%1"_s.arg(++s_counter);
}

QString sqlText(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Opens `path` through QSQLITE as connection `name` with the durability
// pragmas every Cutover connection uses. Does not write to the file.
Result<QSqlDatabase> openConnection(const QString &path, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString text = sqlText(db.lastError());
        db = QSqlDatabase();
        dropConnection(name);
        return makeError(
                ErrorKind::Io,
                CoreTr::tr("The project \"%1\" could not be opened: %2").arg(shown(path), text));
    }
    for (const QString &pragma : {u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs),
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s}) {
        QSqlQuery q(db);
        if (!q.exec(pragma)) {
            const QString text = sqlText(q.lastError());
            // SQLITE_CORRUPT (11) / SQLITE_NOTADB (26): a damaged schema
            // shows up here, before the integrity check can run.
            const QString code = q.lastError().nativeErrorCode();
            q = QSqlQuery();
            db = QSqlDatabase();
            dropConnection(name);
            if (code == u"11" || code == u"26")
                return makeError(ErrorKind::Corrupt,
                                 CoreTr::tr("The project \"%1\" is damaged and was not opened "
                                            "(%2).")
                                         .arg(shown(path), text));
            return makeError(ErrorKind::Io, CoreTr::tr("The project \"%1\" could not be opened: %2")
                                                    .arg(shown(path), text));
        }
    }
    return db;
}

// Rows of a PRAGMA that reports problems (quick_check, integrity_check).
Result<QStringList> pragmaRows(QSqlDatabase db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(pragma))
        return makeError(ErrorKind::Corrupt, sqlText(q.lastError()));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    if (q.lastError().isValid())
        return makeError(ErrorKind::Corrupt, sqlText(q.lastError()));
    return rows;
}

Result<QString> pragmaValue(QSqlDatabase db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(pragma) || !q.next())
        return makeError(ErrorKind::Io, sqlText(q.lastError()));
    return q.value(0).toString();
}

Result<void> quickCheck(QSqlDatabase db, const QString &path)
{
    const Result<QStringList> rows = pragmaRows(db, u"PRAGMA quick_check"_s);
    QString problem;
    if (!rows)
        problem = rows.error().message;
    else if (rows.value() != QStringList{u"ok"_s})
        problem = rows.value().mid(0, 3).join(u"; "_s);
    if (problem.isEmpty())
        return {};
    return makeError(ErrorKind::Corrupt,
                     CoreTr::tr("The project \"%1\" is damaged and was not opened (SQLite's "
                                "integrity check reports: %2).")
                             .arg(shown(path), problem));
}

// Flushes `path` (and, on Unix, its folder entry) to stable storage.
bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || ::fsync(f.handle()) != 0)
        return false;
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    return true;
#else
    Q_UNUSED(path);
    return true;
#endif
}

void removeWithSideFiles(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : kSideSuffixes)
        QFile::remove(path + suffix);
}

// A name beside `target` that does not exist yet, for building a file that
// is renamed into place once complete.
QString temporarySibling(const QString &target, const QString &tag)
{
    const QFileInfo info(target);
    for (;;) {
        const QString candidate = info.absolutePath() + u"/."_s + info.fileName() + u'.' + tag
                                  + u'-'
                                  + QString::number(QRandomGenerator::global()->generate(), 16);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

Result<void> renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(),
                            QFile::encodeName(to).toStdString(), ec);
    if (ec)
        return makeError(ErrorKind::Io,
                         CoreTr::tr("\"%1\" could not be written: %2")
                                 .arg(shown(to), QString::fromStdString(ec.message())));
    return {};
}

// Takes <path>.lock for this process. On failure gives the message for a
// read-only open, or a Locked error.
struct LockAttempt
{
    std::unique_ptr<QLockFile> lock;
    ErrorKind failure = ErrorKind::Locked;
    QString message;
};

LockAttempt takeLock(const QString &path)
{
    LockAttempt a;
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    // A project stays open for hours: never consider a live holder's lock
    // stale because of its age. A lock whose process is gone (crash, kill -9)
    // is still taken over; QLockFile checks the PID.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        a.lock = std::move(lock);
        return a;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        a.failure = ErrorKind::Locked;
        if (!host.isEmpty() && host != QSysInfo::machineHostName())
            a.message = CoreTr::tr("The project \"%1\" is open in another Cutover window "
                                   "(process %2 on %3).")
                                .arg(shown(path))
                                .arg(pid)
                                .arg(host);
        else
            a.message = CoreTr::tr("The project \"%1\" is open in another Cutover window "
                                   "(process %2).")
                                .arg(shown(path))
                                .arg(pid);
    } else {
        a.failure = ErrorKind::ReadOnly;
        a.message = CoreTr::tr("The lock file \"%1\" could not be created, so the project cannot "
                               "be edited.")
                            .arg(shown(lockPathFor(path)));
    }
    return a;
}

int currentVersionOf(const QList<Schema::Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().toVersion;
}

} // namespace

ProjectFile::~ProjectFile()
{
    (void) close();
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString &path,
                                                       const OpenOptions &options)
{
    return openLocked(QFileInfo(path).absoluteFilePath(), options, nullptr);
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::openLocked(const QString &path,
                                                             const OpenOptions &options,
                                                             std::unique_ptr<QLockFile> lock)
{
    // 1. The header, read with plain file I/O: nothing is written to a file
    //    that is not a sound Cutover project.
    const Result<SqliteHeader> header
            = SqliteHeaderReader::inspectProject(path, Schema::kApplicationId);
    if (!header)
        return header.error();
    const int fileVersion = int(header->userVersion);
    const int current = currentVersionOf(options.migrations);
    if (fileVersion <= 0)
        return makeError(ErrorKind::Corrupt,
                         CoreTr::tr("The project \"%1\" is damaged: it has no schema version.")
                                 .arg(shown(path)));

    std::unique_ptr<ProjectFile> p(new ProjectFile);
    p->m_path = path;
    p->m_migrations = options.migrations;
    p->m_currentVersion = current;

    // 2. Read-only or ours to write?
    const QFileInfo info(path);
    if (options.readOnly) {
        p->m_readOnlyReason = ReadOnlyReason::Requested;
        p->m_readOnlyMessage
                = CoreTr::tr("The project \"%1\" was opened read-only.").arg(shown(path));
    } else if (fileVersion > current) {
        p->m_readOnlyReason = ReadOnlyReason::NewerVersion;
        p->m_readOnlyMessage = CoreTr::tr("The project \"%1\" was made by a newer version of "
                                          "Cutover (schema version %2; this version knows up to "
                                          "%3). It was opened read-only.")
                                       .arg(shown(path))
                                       .arg(fileVersion)
                                       .arg(current);
    } else if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        p->m_readOnlyReason = ReadOnlyReason::NotWritable;
        p->m_readOnlyMessage = CoreTr::tr("The project \"%1\" or its folder is not writable. It "
                                          "was opened read-only.")
                                       .arg(shown(path));
    } else if (lock) {
        p->m_lock = std::move(lock);
    } else {
        LockAttempt attempt = takeLock(path);
        if (attempt.lock) {
            p->m_lock = std::move(attempt.lock);
        } else {
            p->m_readOnlyReason = attempt.failure == ErrorKind::Locked
                                          ? ReadOnlyReason::OpenElsewhere
                                          : ReadOnlyReason::NotWritable;
            p->m_readOnlyMessage = attempt.message + u' ' + CoreTr::tr("It was opened read-only.");
        }
    }
    // An older schema must be upgraded before the current code may use it,
    // except when the caller asked for a read-only look (cutover-cli info)
    // and checks schemaVersion() itself.
    if (p->isReadOnly() && fileVersion < current
        && p->m_readOnlyReason != ReadOnlyReason::Requested) {
        const ErrorKind kind = p->m_readOnlyReason == ReadOnlyReason::OpenElsewhere
                                       ? ErrorKind::Locked
                                       : ErrorKind::ReadOnly;
        const QString reason = p->m_readOnlyMessage;
        p->m_readOnlyMessage.clear();
        p->m_lock.reset();
        return makeError(kind, CoreTr::tr("The project \"%1\" uses the older schema version %2 "
                                          "and must be upgraded to version %3 before it can be "
                                          "opened, which needs write access. %4")
                                       .arg(shown(path))
                                       .arg(fileVersion)
                                       .arg(current)
                                       .arg(reason));
    }

    // 3. SQLite: integrity first, still without writing.
    p->m_connectionName = nextConnectionName();
    {
        Result<QSqlDatabase> db = openConnection(path, p->m_connectionName, p->isReadOnly());
        if (!db)
            return db.error();
        p->m_db = db.value();
    }
    p->m_open = true;
    auto fail = [&p](const Error &e) -> Error {
        p->m_db = QSqlDatabase();
        dropConnection(p->m_connectionName);
        p->m_lock.reset();
        p->m_open = false;
        return e;
    };
    if (Result<void> r = quickCheck(p->m_db, path); !r)
        return fail(r.error());

    // 4. Upgrade an older schema, then the durable open state.
    if (!p->isReadOnly()) {
        if (fileVersion < current) {
            if (Result<void> r = p->migrate(fileVersion); !r)
                return fail(r.error());
        }
        const Result<QString> mode = pragmaValue(p->m_db, u"PRAGMA journal_mode = WAL"_s);
        if (!mode)
            return fail(makeError(ErrorKind::Io,
                                  CoreTr::tr("The project \"%1\" could not be opened for "
                                             "writing: %2")
                                          .arg(shown(path), mode.error().message)));
    }
    const Result<QString> version = pragmaValue(p->m_db, u"PRAGMA user_version"_s);
    if (!version)
        return fail(
                makeError(ErrorKind::Corrupt, CoreTr::tr("The project \"%1\" could not be read: %2")
                                                      .arg(shown(path), version.error().message)));
    p->m_schemaVersion = version->toInt();
    return p;
}

Result<void> ProjectFile::migrate(int from)
{
    const int to = m_currentVersion;
    // The backup: a consistent copy of the file as it is, beside it.
    QString backup = m_path + u".v%1.bak"_s.arg(from);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_path + u".v%1-%2.bak"_s.arg(from).arg(n);
    if (Result<void> r = execSql(m_db, u"VACUUM INTO ?"_s, {backup}); !r) {
        removeWithSideFiles(backup);
        return makeError(ErrorKind::Io,
                         CoreTr::tr("The project \"%1\" was not upgraded because its backup "
                                    "copy \"%2\" could not be written: %3")
                                 .arg(shown(m_path), shown(backup), r.error().message));
    }
    syncToDisk(backup);

    auto failed = [&](int step, const QString &problem) {
        removeWithSideFiles(backup);
        return makeError(ErrorKind::Io,
                         CoreTr::tr("Upgrading the project \"%1\" from schema version %2 to %3 "
                                    "failed at version %4: %5 The project was not changed.")
                                 .arg(shown(m_path))
                                 .arg(from)
                                 .arg(to)
                                 .arg(step)
                                 .arg(problem));
    };
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return failed(from + 1, tx.begun().error().message);
    for (const Schema::Migration &m : std::as_const(m_migrations)) {
        if (m.toVersion <= from || m.toVersion > to)
            continue;
        for (const QString &statement : m.statements) {
            if (Result<void> r = execSql(m_db, statement); !r)
                return failed(m.toVersion, r.error().message);
        }
    }
    if (Result<void> r = execSql(m_db, u"PRAGMA user_version = %1"_s.arg(to)); !r)
        return failed(to, r.error().message);
    if (Result<void> r = tx.commit(); !r)
        return failed(to, r.error().message);
    m_migratedFrom = from;
    m_backupPath = backup;
    return {};
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const QString &path,
                                                         const OpenOptions &options)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(target);
    if (info.exists() && !options.overwrite)
        return makeError(ErrorKind::Io,
                         CoreTr::tr("\"%1\" already exists; a new project was not created there.")
                                 .arg(shown(target)));
    if (info.exists() && !info.isFile())
        return makeError(ErrorKind::Io, CoreTr::tr("\"%1\" is not a file; a new project was not "
                                                   "created there.")
                                                .arg(shown(target)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(ErrorKind::Io,
                         CoreTr::tr("The folder \"%1\" does not exist; the project \"%2\" was not "
                                    "created.")
                                 .arg(shown(info.absolutePath()), info.fileName()));
    if (options.readOnly)
        return makeError(ErrorKind::ReadOnly,
                         CoreTr::tr("A new project cannot be created read-only."));

    LockAttempt attempt = takeLock(target);
    if (!attempt.lock)
        return makeError(attempt.failure, attempt.message);

    const QString temp = temporarySibling(target, u"creating"_s);
    const QString name = nextConnectionName();
    Result<void> built = [&]() -> Result<void> {
        Result<QSqlDatabase> db = openConnection(temp, name, false);
        if (!db)
            return db.error();
        WriteTransaction tx(db.value());
        if (!tx.begun())
            return tx.begun();
        if (auto r
            = execSql(db.value(), u"PRAGMA application_id = %1"_s.arg(Schema::kApplicationId));
            !r)
            return r;
        for (const Schema::Migration &m : options.migrations) {
            for (const QString &statement : m.statements) {
                if (auto r = execSql(db.value(), statement); !r)
                    return r;
            }
        }
        if (auto r = execSql(db.value(), u"PRAGMA user_version = %1"_s.arg(
                                                 currentVersionOf(options.migrations)));
            !r)
            return r;
        const QString insert = u"INSERT INTO meta (key, value) VALUES (?, ?)"_s;
        if (auto r = execSql(
                    db.value(), insert,
                    {u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
            !r)
            return r;
        if (auto r = execSql(db.value(), insert, {u"created_by"_s, QString::fromLatin1(kVersion)});
            !r)
            return r;
        return tx.commit();
    }();
    dropConnection(name);
    if (built && !syncToDisk(temp))
        built = makeError(ErrorKind::Io, CoreTr::tr("The new project could not be flushed to "
                                                    "disk."));
    if (built) {
        for (const QString &suffix : kSideSuffixes)
            QFile::remove(target + suffix); // left by a crashed earlier file of that name
        built = renameOver(temp, target);
    }
    if (!built) {
        removeWithSideFiles(temp);
        return makeError(built.error().kind,
                         CoreTr::tr("The project \"%1\" could not be created: %2")
                                 .arg(shown(target), built.error().message));
    }
    return openLocked(target, options, std::move(attempt.lock));
}

Result<QSqlDatabase> ProjectFile::openAdditionalConnection(const QString &name) const
{
    if (!m_open)
        return makeError(ErrorKind::Generic, CoreTr::tr("The project is closed."));
    const QString full = m_connectionName + u':' + name;
    if (QSqlDatabase::contains(full))
        return makeError(ErrorKind::Generic,
                         CoreTr::tr("A connection named \"%1\" is already open.").arg(full));
    return openConnection(m_path, full, isReadOnly());
}

void ProjectFile::closeAdditionalConnection(const QString &connectionName)
{
    dropConnection(connectionName);
}

Result<QSqlDatabase> ProjectFile::openReadConnection(const QString &path, const QString &name)
{
    return openConnection(path, name, true);
}

Result<QString> ProjectFile::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"SELECT value FROM meta WHERE key = ?"_s))
        return makeError(ErrorKind::Corrupt, CoreTr::tr("The project \"%1\" could not be read: %2")
                                                     .arg(shown(m_path), sqlText(q.lastError())));
    q.addBindValue(key);
    if (!q.exec())
        return makeError(ErrorKind::Corrupt, CoreTr::tr("The project \"%1\" could not be read: %2")
                                                     .arg(shown(m_path), sqlText(q.lastError())));
    if (!q.next())
        return QString();
    return q.value(0).toString();
}

Result<void> ProjectFile::setMeta(const QString &key, const QString &value)
{
    if (isReadOnly())
        return makeError(ErrorKind::ReadOnly, m_readOnlyMessage);
    if (!m_open)
        return makeError(ErrorKind::Generic, CoreTr::tr("The project is closed."));
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = execSql(m_db,
                         u"INSERT INTO meta (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                         {key, value});
        !r)
        return r;
    return tx.commit();
}

Result<IntegrityReport> ProjectFile::integrityCheck() const
{
    IntegrityReport report;
    const Result<QStringList> rows = pragmaRows(m_db, u"PRAGMA integrity_check"_s);
    if (!rows)
        report.problems.append(rows.error().message);
    else if (rows.value() != QStringList{u"ok"_s})
        report.problems.append(rows.value());
    QSqlQuery fk(m_db);
    if (!fk.exec(u"PRAGMA foreign_key_check"_s)) {
        report.problems.append(sqlText(fk.lastError()));
    } else {
        while (fk.next())
            report.problems.append(CoreTr::tr("Row %1 of table %2 refers to a missing row of "
                                              "table %3.")
                                           .arg(fk.value(1).toString(), fk.value(0).toString(),
                                                fk.value(2).toString()));
    }
    report.ok = report.problems.isEmpty();
    return report;
}

Result<void> ProjectFile::saveAs(const QString &newPath) const
{
    if (!m_open)
        return makeError(ErrorKind::Generic, CoreTr::tr("The project is closed."));
    const QString target = QFileInfo(newPath).absoluteFilePath();
    const QFileInfo info(target);
    if (info.exists() && info.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return makeError(ErrorKind::Io,
                         CoreTr::tr("\"%1\" is the project itself; choose another name to save a "
                                    "copy.")
                                 .arg(shown(target)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(ErrorKind::Io,
                         CoreTr::tr("The folder \"%1\" does not exist; the copy was not saved.")
                                 .arg(shown(info.absolutePath())));
    LockAttempt targetLock = takeLock(target);
    if (!targetLock.lock)
        return makeError(targetLock.failure, targetLock.message);

    const QString temp = temporarySibling(target, u"saving"_s);
    auto failed = [&](const QString &problem) {
        removeWithSideFiles(temp);
        return makeError(
                ErrorKind::Io,
                CoreTr::tr("The copy \"%1\" could not be saved: %2").arg(shown(target), problem));
    };

    // A connection of its own: the main one may be inside a transaction, and
    // a WAL reader sees the last committed state while others write.
    const QString readerName = nextConnectionName();
    {
        Result<QSqlDatabase> reader = openConnection(m_path, readerName, true);
        if (!reader)
            return failed(reader.error().message);
        Result<void> r = execSql(reader.value(), u"VACUUM INTO ?"_s, {temp});
        reader = Result<QSqlDatabase>(QSqlDatabase());
        dropConnection(readerName);
        if (!r)
            return failed(r.error().message);
    }

    // Verify the copy and make sure it is a self-contained rollback-journal
    // file, as a document that is mailed around must be.
    const QString checkName = nextConnectionName();
    Result<void> verified = [&]() -> Result<void> {
        Result<QSqlDatabase> db = openConnection(temp, checkName, false);
        if (!db)
            return db.error();
        const Result<QString> mode = pragmaValue(db.value(), u"PRAGMA journal_mode = DELETE"_s);
        if (!mode)
            return mode.error();
        if (mode.value() != u"delete"_s)
            return makeError(ErrorKind::Io,
                             CoreTr::tr("the copy is in journal mode %1").arg(mode.value()));
        if (Result<void> r = quickCheck(db.value(), temp); !r)
            return r;
        const Result<QString> appId = pragmaValue(db.value(), u"PRAGMA application_id"_s);
        const Result<QString> userVersion = pragmaValue(db.value(), u"PRAGMA user_version"_s);
        if (!appId || appId->toLongLong() != qint64(Schema::kApplicationId) || !userVersion
            || userVersion->toInt() != m_schemaVersion)
            return makeError(ErrorKind::Io,
                             CoreTr::tr("the copy does not carry the project's application id "
                                        "and schema version"));
        return {};
    }();
    dropConnection(checkName);
    if (!verified)
        return failed(verified.error().message);
    const Result<SqliteHeader> header
            = SqliteHeaderReader::inspectProject(temp, Schema::kApplicationId);
    if (!header)
        return failed(header.error().message);
    if (header->isWal())
        return failed(CoreTr::tr("the copy is still in WAL mode"));
    if (!syncToDisk(temp))
        return failed(CoreTr::tr("it could not be flushed to disk"));
    for (const QString &suffix : kSideSuffixes)
        QFile::remove(target + suffix); // stale files of the file being replaced
    if (Result<void> r = renameOver(temp, target); !r)
        return failed(r.error().message);
    syncToDisk(target);
    return {};
}

Result<void> ProjectFile::close()
{
    if (!m_open)
        return {};
    Result<void> result;
    if (!isReadOnly()) {
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
            result = makeError(ErrorKind::Io,
                               CoreTr::tr("The project \"%1\" could not be checkpointed on "
                                          "closing: %2")
                                       .arg(shown(m_path), sqlText(q.lastError())));
        }
        q.finish();
        // Fails (and keeps WAL) only while other connections are open; the
        // last of them to close removes the -wal and -shm files.
        if (result)
            q.exec(u"PRAGMA journal_mode = DELETE"_s);
    }
    m_db = QSqlDatabase();
    dropConnection(m_connectionName);
    m_lock.reset();
    m_open = false;
    if (m_readOnlyReason == ReadOnlyReason::OpenElsewhere)
        tidyAfterOtherWriter();
    return result;
}

// A read-only viewer kept a connection open while the writer closed, so the
// writer could not leave WAL mode. If the writer is gone now, finish its job.
void ProjectFile::tidyAfterOtherWriter()
{
    const Result<SqliteHeader> header
            = SqliteHeaderReader::inspectProject(m_path, Schema::kApplicationId);
    const bool sideFiles
            = QFileInfo::exists(m_path + u"-wal"_s) || QFileInfo::exists(m_path + u"-shm"_s);
    if (!header || (!header->isWal() && !sideFiles))
        return;
    LockAttempt attempt = takeLock(m_path);
    if (!attempt.lock)
        return;
    const QString name = nextConnectionName();
    if (Result<QSqlDatabase> db = openConnection(m_path, name, false); db) {
        QSqlQuery q(db.value());
        if (q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
            q.finish();
            q.exec(u"PRAGMA journal_mode = DELETE"_s);
        }
    }
    dropConnection(name);
}

} // namespace Cutover
