#include "core/runs/casestore.h"

#include "core/project/writetransaction.h"
#include "core/runs/assertionjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

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

} // namespace

Result<QList<qint64>> add(QSqlDatabase db, const QList<TestCase> &cases)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT max(k) FROM kv WHERE k >= 'c/' AND k < 'c0'"_s); !r)
        return r.error();
    qint64 next = 1;
    if (q.next() && !q.value(0).isNull())
        next = q.value(0).toString().mid(2).toLongLong() + 1;
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
    if (auto r = tx.commit(); !r)
        return r.error();
    return ids;
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
