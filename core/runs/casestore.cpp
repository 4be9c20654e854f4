#include "core/runs/casestore.h"

#include "core/project/writetransaction.h"
#include "core/runs/assertionjson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover::CaseStore {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CaseStore)
};

QString key(qint64 id)
{
    return u"c/%1"_s.arg(id, 10, 10, QChar(u'0'));
}

QString toText(const TestCase &c)
{
    QJsonObject variables;
    for (auto it = c.variables.cbegin(); it != c.variables.cend(); ++it)
        variables.insert(it.key(), it.value());
    const QJsonObject o{
            {u"variables"_s, variables},
            {u"reference"_s, c.reference ? QJsonValue(*c.reference) : QJsonValue()},
            {u"tags"_s, QJsonArray::fromStringList(c.tags)},
            {u"assertions"_s, AssertionJson::toJson(c.assertions)},
            {u"pass_threshold"_s, c.passThreshold},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<TestCase> fromText(qint64 id, const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    TestCase c;
    c.id = id;
    const QJsonObject variables = o.value(u"variables"_s).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        c.variables.insert(it.key(), it.value().toString());
    if (o.value(u"reference"_s).isString())
        c.reference = o.value(u"reference"_s).toString();
    for (const QJsonValue &t : o.value(u"tags"_s).toArray())
        c.tags.append(t.toString());
    auto assertions = AssertionJson::listFromJson(o.value(u"assertions"_s),
                                                  u"case %1 assertions"_s.arg(id));
    if (!assertions)
        return makeError(ErrorKind::Corrupt, assertions.error().message);
    c.assertions = assertions.value();
    c.passThreshold = o.value(u"pass_threshold"_s).toDouble(1.0);
    return c;
}

const QString kLastKey = u"c-last"_s; // outside the "c/" range of the cases

// The highest id ever handed out: the larger of the stored mark and the
// highest case (projects from before the mark have only the latter).
Result<qint64> lastIssued(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = execSql(q,
                         u"SELECT (SELECT max(k) FROM kv WHERE k >= 'c/' AND k < 'c0'), "
                         "(SELECT v FROM kv WHERE k = ?)"_s,
                         {kLastKey});
        !r)
        return r.error();
    qint64 last = 0;
    if (q.next()) {
        if (!q.value(0).isNull())
            last = q.value(0).toString().mid(2).toLongLong();
        if (!q.value(1).isNull())
            last = std::max(last, q.value(1).toLongLong());
    }
    return last;
}

Result<void> setLastIssued(QSqlDatabase db, qint64 id)
{
    return execSql(
            db, u"INSERT INTO kv(k, v) VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v"_s,
            {kLastKey, id});
}

constexpr qsizetype kLoadChunk = 500;

} // namespace

Result<QList<qint64>> add(QSqlDatabase db, const QList<TestCase> &cases)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto last = lastIssued(db);
    if (!last)
        return last.error();
    qint64 next = last.value() + 1;
    QList<qint64> ids;
    ids.reserve(cases.size());
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO kv(k, v) VALUES (?, ?)"_s))
        return makeError(ErrorKind::Io, insert.lastError().text());
    for (const TestCase &c : cases) {
        insert.bindValue(0, key(next));
        insert.bindValue(1, toText(c));
        if (!insert.exec())
            return makeError(ErrorKind::Io, Tr::tr("Could not store test case %1: %2")
                                                    .arg(next)
                                                    .arg(insert.lastError().text()));
        ids.append(next++);
    }
    if (!ids.isEmpty()) {
        if (auto r = setLastIssued(db, ids.constLast()); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return ids;
}

Result<void> restore(QSqlDatabase db, const QList<TestCase> &cases)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto last = lastIssued(db);
    if (!last)
        return last.error();
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO kv(k, v) VALUES (?, ?)"_s))
        return makeError(ErrorKind::Io, insert.lastError().text());
    for (const TestCase &c : cases) {
        if (c.id < 1 || c.id > last.value())
            return makeError(
                    ErrorKind::BadInput,
                    Tr::tr("Test case %1 cannot be restored: no case ever had that id.").arg(c.id));
        insert.bindValue(0, key(c.id));
        insert.bindValue(1, toText(c));
        if (!insert.exec())
            return makeError(ErrorKind::BadInput, Tr::tr("Test case %1 cannot be restored: %2")
                                                          .arg(c.id)
                                                          .arg(insert.lastError().text()));
    }
    return tx.commit();
}

Result<qint64> remove(QSqlDatabase db, const QList<qint64> &ids)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    // Keep the high-water mark, so that the removed ids are never handed out again.
    auto last = lastIssued(db);
    if (!last)
        return last.error();
    if (auto r = setLastIssued(db, last.value()); !r)
        return r.error();
    QSqlQuery del(db);
    if (!del.prepare(u"DELETE FROM kv WHERE k = ?"_s))
        return makeError(ErrorKind::Io, del.lastError().text());
    qint64 removed = 0;
    for (qint64 id : ids) {
        del.bindValue(0, key(id));
        if (!del.exec())
            return makeError(ErrorKind::Io, Tr::tr("Could not remove test case %1: %2")
                                                    .arg(id)
                                                    .arg(del.lastError().text()));
        removed += del.numRowsAffected();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return removed;
}

Result<void> update(QSqlDatabase db, const TestCase &testCase)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(db);
    if (auto r
        = execSql(q, u"UPDATE kv SET v = ? WHERE k = ?"_s, {toText(testCase), key(testCase.id)});
        !r)
        return r;
    if (q.numRowsAffected() != 1)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The project has no test case %1.").arg(testCase.id));
    return tx.commit();
}

Result<qint64> count(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT count(*) FROM kv WHERE k >= 'c/' AND k < 'c0'"_s); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<TestCase>> list(QSqlDatabase db, qint64 offset, qint64 limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = execSql(q,
                         u"SELECT k, v FROM kv WHERE k >= 'c/' AND k < 'c0' ORDER BY k "
                         "LIMIT ? OFFSET ?"_s,
                         {limit, offset});
        !r)
        return r.error();
    QList<TestCase> cases;
    while (q.next()) {
        auto c = fromText(q.value(0).toString().mid(2).toLongLong(), q.value(1).toString());
        if (!c)
            return c.error();
        cases.append(std::move(c.value()));
    }
    return cases;
}

Result<TestCase> load(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT v FROM kv WHERE k = ?"_s, {key(id)}); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorKind::BadInput, Tr::tr("The project has no test case %1.").arg(id));
    return fromText(id, q.value(0).toString());
}

} // namespace Cutover::CaseStore

namespace Cutover::CaseStore {

Result<QList<TestCase>> load(QSqlDatabase db, const QList<qint64> &ids)
{
    QHash<qint64, TestCase> found;
    found.reserve(ids.size());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += kLoadChunk) {
        QJsonArray keys;
        for (qsizetype i = from; i < std::min(ids.size(), from + kLoadChunk); ++i)
            keys.append(key(ids.at(i)));
        if (auto r
            = execSql(q, u"SELECT k, v FROM kv WHERE k IN (SELECT value FROM json_each(?))"_s,
                      {QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))});
            !r)
            return r.error();
        while (q.next()) {
            const qint64 id = q.value(0).toString().mid(2).toLongLong();
            auto c = fromText(id, q.value(1).toString());
            if (!c)
                return c.error();
            found.insert(id, std::move(c.value()));
        }
    }
    QList<TestCase> cases;
    cases.reserve(found.size());
    for (qint64 id : ids) {
        auto it = found.constFind(id);
        if (it != found.cend())
            cases.append(it.value());
    }
    return cases;
}

Result<QList<qint64>> ids(QSqlDatabase db, const Filter &filter)
{
    const QString text = filter.text.trimmed().toLower();
    const QString tag = filter.tag.trimmed();
    QString sql = u"SELECT k FROM kv WHERE k >= 'c/' AND k < 'c0'"_s;
    QVariantList values;
    if (!tag.isEmpty()) {
        sql += u" AND EXISTS (SELECT 1 FROM json_each(kv.v, '$.tags') t WHERE t.value = ?)"_s;
        values.append(tag);
    }
    if (!text.isEmpty()) {
        sql += u" AND (instr(lower(ifnull(json_extract(kv.v, '$.reference'), '')), ?) > 0"
               " OR EXISTS (SELECT 1 FROM json_each(kv.v, '$.variables') w"
               " WHERE instr(lower(w.value), ?) > 0)"
               " OR EXISTS (SELECT 1 FROM json_each(kv.v, '$.tags') t"
               " WHERE instr(lower(t.value), ?) > 0))"_s;
        values << text << text << text;
    }
    sql += u" ORDER BY k"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = execSql(q, sql, values); !r)
        return r.error();
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toString().mid(2).toLongLong());
    return result;
}

namespace {

Result<QStringList> distinctKeys(QSqlDatabase db, const QString &select)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = execSql(q, select); !r)
        return r.error();
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace

Result<QStringList> variableNames(QSqlDatabase db)
{
    return distinctKeys(db, u"SELECT DISTINCT w.key FROM kv, json_each(kv.v, '$.variables') w "
                            "WHERE kv.k >= 'c/' AND kv.k < 'c0' ORDER BY 1"_s);
}

Result<QStringList> tags(QSqlDatabase db)
{
    return distinctKeys(db, u"SELECT DISTINCT t.value FROM kv, json_each(kv.v, '$.tags') t "
                            "WHERE kv.k >= 'c/' AND kv.k < 'c0' ORDER BY 1"_s);
}

} // namespace Cutover::CaseStore
