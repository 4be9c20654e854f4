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
    const bool readOnly = text.contains(u"readonly"_s) || text.contains(u"read-only"_s);
    const bool full = text.contains(u"full"_s);
    if (full)
        return makeError(
                ErrorKind::Io,
                CoreTr::tr("The disk is full; the last change was not saved (%1).").arg(text));
    return makeError(readOnly ? ErrorKind::ReadOnly : ErrorKind::Io,
                     CoreTr::tr("The project could not be written: %1").arg(text));
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
