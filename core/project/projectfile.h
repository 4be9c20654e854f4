#pragma once

#include "core/project/schema.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace Cutover {

struct ProjectOpenOptions
{
    // The schema steps to apply; the last one's toVersion is "current".
    // Tests inject a longer list to exercise migrations.
    QList<Schema::Migration> migrations = Schema::migrations();
    // Open without taking the lock and never write (e.g. `cutover-cli info`).
    // An older schema is then not migrated: compare schemaVersion() with
    // currentSchemaVersion() before reading tables a later version added.
    bool readOnly = false;
    // create(): replace an existing file at the path.
    bool overwrite = false;
};

// The result of PRAGMA integrity_check plus PRAGMA foreign_key_check.
struct IntegrityReport
{
    bool ok = false;
    QStringList problems; // one line per problem SQLite reported; empty when ok
};

// One open *.cutover project: an SQLite file opened through QtSql, following
// SQLite's advice for application file formats (application_id, user_version,
// migrations in one transaction after a backup, WAL while open, rollback
// journal and no side files after a clean close, a <file>.lock so a second
// instance opens read-only instead of fighting over the file).
//
// Refused without writing a byte: missing, empty, non-SQLite, foreign
// (application_id), truncated, corrupt (quick_check). A file made by a newer
// Cutover, or open in another instance, opens read-only.
class ProjectFile final
{
public:
    using OpenOptions = ProjectOpenOptions;

    enum class ReadOnlyReason {
        None,
        Requested,     // OpenOptions::readOnly
        NewerVersion,  // user_version above the current schema
        OpenElsewhere, // another Cutover window or process holds the lock
        NotWritable,   // the file or its folder is not writable
    };

    // Makes a new project at `path` (built under a temporary name beside it,
    // then renamed into place) and opens it. Refuses an existing path unless
    // options.overwrite; refuses a path open in another instance (Locked).
    static Result<std::unique_ptr<ProjectFile>> create(const QString &path,
                                                       const OpenOptions &options = {});
    // Opens an existing project; see the class comment. Migrates an older
    // schema (backup first, see migrationBackupPath()).
    static Result<std::unique_ptr<ProjectFile>> open(const QString &path,
                                                     const OpenOptions &options = {});

    ~ProjectFile(); // close()
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; } // absolute
    // The main connection (unique name per instance), usable in the thread
    // that opened the project. Invalid after close().
    QSqlDatabase database() const { return m_db; }
    // A further connection to the same file with the same pragmas (read-only
    // if the project is), for the calling thread. Its name is
    // "<database().connectionName()>:<name>". Close it with
    // closeAdditionalConnection() before close(), or the file stays in WAL
    // mode until the last connection is gone.
    Result<QSqlDatabase> openAdditionalConnection(const QString &name) const;
    static void closeAdditionalConnection(const QString &connectionName);
    // A read-only connection `name` to the project at `path`, for a worker
    // thread that outlives no ProjectFile (QSqlDatabase is not shared between
    // threads). Reads only; close it with closeAdditionalConnection(name).
    static Result<QSqlDatabase> openReadConnection(const QString &path, const QString &name);

    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    QString readOnlyMessage() const { return m_readOnlyMessage; } // translated; empty if writable

    int schemaVersion() const { return m_schemaVersion; }         // the file's user_version now
    int currentSchemaVersion() const { return m_currentVersion; } // of this build/options
    int migratedFromVersion() const { return m_migratedFrom; }    // 0 unless open() migrated
    QString migrationBackupPath() const { return m_backupPath; }  // empty unless migrated

    // The meta table (key/value text). meta() gives a null QString for a
    // missing key. setMeta() writes in its own BEGIN IMMEDIATE transaction.
    Result<QString> meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);

    // Full PRAGMA integrity_check and foreign_key_check (slow on big files).
    Result<IntegrityReport> integrityCheck() const;

    // Writes a consistent copy (VACUUM INTO, a snapshot of the last committed
    // state even while other connections write) to a temporary name beside
    // `newPath`, verifies it (application_id, user_version, rollback-journal
    // mode, quick_check) and renames it over `newPath`. This project stays
    // open on its own path; reopen the copy to continue there.
    Result<void> saveAs(const QString &newPath) const;

    // Checkpoints, switches back to the rollback journal, closes the
    // connection and releases the lock: no -wal, -shm or -journal is left.
    // An error reports a failed checkpoint; the project is closed regardless.
    Result<void> close();

private:
    ProjectFile() = default;
    static Result<std::unique_ptr<ProjectFile>>
    openLocked(const QString &path, const OpenOptions &options, std::unique_ptr<QLockFile> lock);
    Result<void> migrate(int from);
    void tidyAfterOtherWriter();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    QList<Schema::Migration> m_migrations;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_readOnlyMessage;
    QString m_backupPath;
    int m_schemaVersion = 0;
    int m_currentVersion = 0;
    int m_migratedFrom = 0;
    bool m_open = false;
};

} // namespace Cutover
