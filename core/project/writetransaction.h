#pragma once

#include "core/util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace Cutover {

// BEGIN IMMEDIATE ... COMMIT, rolled back on destruction unless committed.
// IMMEDIATE takes the write lock up front, so a writer never fails half-way
// through with SQLITE_BUSY after reading.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // The outcome of BEGIN IMMEDIATE; check before writing.
    const Result<void> &begun() const { return m_begin; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    Result<void> m_begin;
    bool m_open = false;
};

// Prepares and runs `sql` with positional `values`; an error names the
// statement's failure as SQLite reported it. A QString value binds as text
// even when it is a null QString(); bind QVariant(QMetaType(QMetaType::QString))
// (or QVariant()) for SQL NULL.
Result<void> execSql(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
Result<void> execSql(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

} // namespace Cutover
