#include "core/endpoints/endpointstore.h"

#include "core/project/writetransaction.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Cutover::EndpointStore {
namespace {

const QString kColumns = u"name, role, protocol, base_url, model, temperature, top_p, max_tokens, "
                         "stop, seed, extra_body, price_input, price_cached_input, price_output, "
                         "max_concurrent, requests_per_minute, connect_timeout_ms, "
                         "overall_timeout_ms, idle_timeout_ms, key_ref"_s;

template<typename T>
QVariant optionalValue(const std::optional<T> &v, QMetaType::Type type)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType(type));
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

Error corrupt(const QString &what, const QString &name)
{
    return makeError(
            ErrorKind::Corrupt,
            CoreTr::tr("Endpoint \"%1\" in the project holds an invalid %2.").arg(name, what));
}

QVariantList rowValues(const Endpoint &e)
{
    return {e.name,
            endpointRoleKey(e.role),
            endpointProtocolKey(e.protocol),
            e.baseUrl,
            e.model,
            optionalValue(e.params.temperature, QMetaType::Double),
            optionalValue(e.params.topP, QMetaType::Double),
            optionalValue(e.params.maxTokens, QMetaType::Int),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.params.stop))
                                      .toJson(QJsonDocument::Compact)),
            optionalValue(e.params.seed, QMetaType::LongLong),
            QString::fromUtf8(QJsonDocument(e.extraBody).toJson(QJsonDocument::Compact)),
            optionalValue(e.prices.input, QMetaType::Double),
            optionalValue(e.prices.cachedInput, QMetaType::Double),
            optionalValue(e.prices.output, QMetaType::Double),
            e.limits.maxConcurrent,
            e.limits.requestsPerMinute,
            e.limits.connectTimeoutMs,
            e.limits.overallTimeoutMs,
            e.limits.idleTimeoutMs,
            e.keyRef.toString()};
}

} // namespace

Result<QList<Endpoint>> load(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, "_s + kColumns + u" FROM endpoints ORDER BY position, id"_s))
        return makeError(ErrorKind::Corrupt,
                         CoreTr::tr("The endpoints could not be read from the project: %1")
                                 .arg(q.lastError().text()));
    QList<Endpoint> out;
    while (q.next()) {
        Endpoint e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        const auto role = endpointRoleFromKey(q.value(2).toString());
        const auto protocol = endpointProtocolFromKey(q.value(3).toString());
        if (!role)
            return corrupt(u"role"_s, e.name);
        if (!protocol)
            return corrupt(u"protocol"_s, e.name);
        e.role = *role;
        e.protocol = *protocol;
        e.baseUrl = q.value(4).toString();
        e.model = q.value(5).toString();
        e.params.temperature = optionalDouble(q.value(6));
        e.params.topP = optionalDouble(q.value(7));
        if (!q.value(8).isNull())
            e.params.maxTokens = q.value(8).toInt();
        const QJsonDocument stop = QJsonDocument::fromJson(q.value(9).toString().toUtf8());
        if (!stop.isArray())
            return corrupt(u"stop list"_s, e.name);
        for (const QJsonValue &v : stop.array())
            e.params.stop << v.toString();
        if (!q.value(10).isNull())
            e.params.seed = q.value(10).toLongLong();
        const QJsonDocument extra = QJsonDocument::fromJson(q.value(11).toString().toUtf8());
        if (!extra.isObject())
            return corrupt(u"extra body"_s, e.name);
        e.extraBody = extra.object();
        e.prices.input = optionalDouble(q.value(12));
        e.prices.cachedInput = optionalDouble(q.value(13));
        e.prices.output = optionalDouble(q.value(14));
        e.limits.maxConcurrent = q.value(15).toInt();
        e.limits.requestsPerMinute = q.value(16).toInt();
        e.limits.connectTimeoutMs = q.value(17).toInt();
        e.limits.overallTimeoutMs = q.value(18).toInt();
        e.limits.idleTimeoutMs = q.value(19).toInt();
        const auto key = KeyRef::fromString(q.value(20).toString());
        if (!key)
            return corrupt(u"key reference"_s, e.name);
        e.keyRef = *key;
        out << e;
    }
    return out;
}

Result<qint64> save(QSqlDatabase db, const Endpoint &endpoint)
{
    const QStringList problems = validateEndpoint(endpoint);
    if (!problems.isEmpty())
        return makeError(ErrorKind::BadInput, problems.join(u' '));
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT id FROM endpoints WHERE name = ? AND id <> ?"_s,
                         {endpoint.name, endpoint.id});
        !r)
        return r.error();
    if (q.next())
        return makeError(ErrorKind::BadInput,
                         CoreTr::tr("An endpoint named \"%1\" already exists.").arg(endpoint.name));
    QVariantList values = rowValues(endpoint);
    qint64 id = endpoint.id;
    if (id == 0) {
        if (auto r = execSql(q, u"SELECT COALESCE(MAX(position), 0) + 1 FROM endpoints"_s); !r)
            return r.error();
        q.next();
        values.prepend(q.value(0).toLongLong());
        if (auto r = execSql(q,
                             u"INSERT INTO endpoints (position, "_s + kColumns
                                     + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?)"_s,
                             values);
            !r)
            return r.error();
        id = q.lastInsertId().toLongLong();
    } else {
        values << id;
        if (auto r
            = execSql(q,
                      u"UPDATE endpoints SET name = ?, role = ?, protocol = ?, base_url = ?, "
                      "model = ?, temperature = ?, top_p = ?, max_tokens = ?, stop = ?, "
                      "seed = ?, extra_body = ?, price_input = ?, price_cached_input = ?, "
                      "price_output = ?, max_concurrent = ?, requests_per_minute = ?, "
                      "connect_timeout_ms = ?, overall_timeout_ms = ?, idle_timeout_ms = ?, "
                      "key_ref = ? WHERE id = ?"_s,
                      values);
            !r)
            return r.error();
        if (q.numRowsAffected() != 1)
            return makeError(ErrorKind::BadInput,
                             CoreTr::tr("Endpoint \"%1\" (id %2) is not in the project.")
                                     .arg(endpoint.name)
                                     .arg(id));
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> setRole(QSqlDatabase db, const QString &name, EndpointRole role)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(db);
    if (role != EndpointRole::Other) {
        if (auto r
            = execSql(q, u"UPDATE endpoints SET role = 'other' WHERE role = ? AND name <> ?"_s,
                      {endpointRoleKey(role), name});
            !r)
            return r;
    }
    if (auto r = execSql(q, u"UPDATE endpoints SET role = ? WHERE name = ?"_s,
                         {endpointRoleKey(role), name});
        !r)
        return r;
    if (q.numRowsAffected() != 1)
        return makeError(ErrorKind::BadInput,
                         CoreTr::tr("There is no endpoint named \"%1\".").arg(name));
    return tx.commit();
}

Result<void> remove(QSqlDatabase db, const QString &name)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(db);
    if (auto r = execSql(q, u"DELETE FROM endpoints WHERE name = ?"_s, {name}); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return makeError(ErrorKind::BadInput,
                         CoreTr::tr("There is no endpoint named \"%1\".").arg(name));
    return tx.commit();
}

} // namespace Cutover::EndpointStore
