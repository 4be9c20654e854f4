#include "core/project/writetransaction.h"

#include "core/util/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

Error sqlError(const QSqlError &e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    // QSQLITE reports SQLite's (extended) result code; the primary code is
    // its low byte. Older drivers may leave it empty: fall back to the text.
    bool haveCode = false;
    const int code = e.nativeErrorCode().toInt(&haveCode) & 0xff;
    auto is = [&](int primary, const QString &word) {
        return haveCode ? code == primary : text.contains(word);
    };
    if (is(13 /* SQLITE_FULL */, u"full"_s))
        return makeError(
                ErrorKind::Io,
                CoreTr::tr("The disk is full; the last change was not saved (%1).").arg(text));
    if (is(10 /* SQLITE_IOERR */, u"I/O error"_s))
        return makeError(ErrorKind::Io,
                         CoreTr::tr("The project could not be written because of a disk error; "
                                    "the last change was not saved (%1).")
                                 .arg(text));
    if (is(8 /* SQLITE_READONLY */, u"readonly"_s))
        return makeError(ErrorKind::ReadOnly,
                         CoreTr::tr("The project is open read-only; the change was not saved "
                                    "(%1).")
                                 .arg(text));
    if (is(5 /* SQLITE_BUSY */, u"database is locked"_s))
        return makeError(ErrorKind::Locked,
                         CoreTr::tr("The project stayed busy with another write for too long; "
                                    "the change was not saved (%1).")
                                 .arg(text));
    if (is(11 /* SQLITE_CORRUPT */, u"malformed"_s)
        || is(26 /* SQLITE_NOTADB */, u"not a database"_s))
        return makeError(
                ErrorKind::Corrupt,
                CoreTr::tr("The project is damaged; the change was not saved (%1).").arg(text));
    return makeError(ErrorKind::Io, CoreTr::tr("The project could not be written: %1").arg(text));
}

// QSQLITE binds a null QString as SQL NULL, so an empty field of a value
// type (QString() is the default) would break NOT NULL columns. Only a
// variant that is itself null (QVariant(), QVariant(QMetaType(...))) means
// NULL; a present QString is text, even when empty.
QVariant boundValue(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QString && !v.isNull() && v.toString().isNull())
        return QVariant(QString::fromLatin1("", 0));
    return v;
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_begin = execSql(m_db, u"BEGIN IMMEDIATE"_s);
    m_open = m_begin.ok();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(u"ROLLBACK"_s);
    }
}

Result<void> WriteTransaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? makeError(ErrorKind::Generic, u"transaction already closed"_s)
                            : m_begin;
    Result<void> r = execSql(m_db, u"COMMIT"_s);
    if (r.ok())
        m_open = false;
    return r;
}

Result<void> execSql(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return sqlError(query.lastError());
    for (const QVariant &v : values)
        query.addBindValue(boundValue(v));
    if (!query.exec())
        return sqlError(query.lastError());
    return {};
}

Result<void> execSql(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (values.isEmpty()) {
        if (!q.exec(sql))
            return sqlError(q.lastError());
        return {};
    }
    return execSql(q, sql, values);
}

} // namespace Cutover
