#pragma once

#include "core/util/result.h"

#include <QString>

namespace Cutover {

// The first 100 bytes of an SQLite database file, read with plain file I/O
// before SQLite ever touches the file (https://www.sqlite.org/fileformat.html).
struct SqliteHeader
{
    qint64 fileSize = 0;
    quint32 pageSize = 0;  // bytes; 65536 is stored as 1 and decoded here
    quint32 pageCount = 0; // "in-header database size"; trust only if pageCountValid
    bool pageCountValid = false;
    quint8 writeVersion = 0; // 1: rollback journal, 2: WAL
    quint8 readVersion = 0;
    quint32 changeCounter = 0;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
    quint32 sqliteVersion = 0; // SQLITE_VERSION_NUMBER of the last writer

    bool isWal() const { return writeVersion == 2 || readVersion == 2; }
};

namespace SqliteHeaderReader {

// Reads and decodes the header of `path` without writing anything. Errors:
// Io (missing, unreadable), NotCutover (empty, not an SQLite database),
// Corrupt (truncated header, impossible page size).
Result<SqliteHeader> read(const QString &path);

// The checks a Cutover project must pass before SQLite opens it, on top of
// read(): the application_id is Cutover's (NotCutover otherwise) and the file
// is a whole number of pages and not shorter than its header says (Corrupt
// otherwise). `expectedApplicationId` is Schema::kApplicationId for projects.
// Size checks are skipped when a -wal or -journal file beside it holds crash
// recovery data, since SQLite repairs the size when it replays that.
Result<SqliteHeader> inspectProject(const QString &path, quint32 expectedApplicationId);

} // namespace SqliteHeaderReader
} // namespace Cutover
