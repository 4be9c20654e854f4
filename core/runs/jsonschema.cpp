#include "core/runs/jsonschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::JsonSchema {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::JsonSchema)
};

const QStringList &typeNames()
{
    static const QStringList names{u"object"_s,  u"array"_s,   u"string"_s, u"number"_s,
                                   u"integer"_s, u"boolean"_s, u"null"_s};
    return names;
}

const QStringList &annotations()
{
    static const QStringList names{u"$schema"_s,     u"$id"_s,     u"$comment"_s, u"title"_s,
                                   u"description"_s, u"default"_s, u"examples"_s};
    return names;
}

QString propertyPath(const QString &path, const QString &key)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (identifier.match(key).hasMatch())
        return path + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return path + u"[\""_s + quoted + u"\"]"_s;
}

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"null"_s;
    }
    return u"null"_s;
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == u"integer")
        return v.isDouble() && std::isfinite(v.toDouble())
               && v.toDouble() == std::floor(v.toDouble());
    return typeOf(v) == type;
}

QString compact(const QJsonValue &v)
{
    const QJsonDocument doc(QJsonArray{v});
    QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

Result<void> fail(const QString &path, const QString &problem)
{
    return makeError(ErrorKind::BadInput, Tr::tr("%1 %2").arg(path, problem));
}

} // namespace

Result<void> check(const QJsonObject &schema, const QString &path)
{
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue v = it.value();
        const QString here = path + u'.' + key;
        if (annotations().contains(key))
            continue;
        if (key == u"type") {
            QJsonArray names = v.isArray() ? v.toArray() : QJsonArray{v};
            if (names.isEmpty())
                return fail(here, Tr::tr("must name at least one type"));
            for (const QJsonValue &name : std::as_const(names)) {
                if (!name.isString() || !typeNames().contains(name.toString()))
                    return fail(here, Tr::tr("must be one of %1, or a list of them")
                                              .arg(typeNames().join(u", "_s)));
            }
        } else if (key == u"enum") {
            if (!v.isArray() || v.toArray().isEmpty())
                return fail(here, Tr::tr("must be a non-empty array"));
        } else if (key == u"required") {
            if (!v.isArray())
                return fail(here, Tr::tr("must be an array of property names"));
            const QJsonArray names = v.toArray();
            for (const QJsonValue &name : names) {
                if (!name.isString())
                    return fail(here, Tr::tr("must be an array of property names"));
            }
        } else if (key == u"properties") {
            if (!v.isObject())
                return fail(here, Tr::tr("must be an object of schemas"));
            const QJsonObject props = v.toObject();
            for (auto p = props.constBegin(); p != props.constEnd(); ++p) {
                const QString propPath = propertyPath(here, p.key());
                if (!p.value().isObject())
                    return fail(propPath, Tr::tr("must be a schema (an object)"));
                if (Result<void> r = check(p.value().toObject(), propPath); !r)
                    return r;
            }
        } else if (key == u"additionalProperties") {
            if (!v.isBool())
                return fail(here, Tr::tr("must be true or false (schemas are not supported here)"));
        } else if (key == u"items") {
            if (!v.isObject())
                return fail(here, Tr::tr("must be a schema (an object)"));
            if (Result<void> r = check(v.toObject(), here); !r)
                return r;
        } else {
            return fail(here, Tr::tr("is a keyword Cutover does not check; supported are type, "
                                     "enum, required, properties, additionalProperties and items"));
        }
    }
    return {};
}

namespace {

std::optional<Violation> validateAt(const QJsonValue &value, const QJsonObject &schema,
                                    const QString &path)
{
    if (schema.contains(u"type"_s)) {
        const QJsonValue t = schema.value(u"type"_s);
        const QJsonArray names = t.isArray() ? t.toArray() : QJsonArray{t};
        bool any = false;
        QStringList wanted;
        for (const QJsonValue &name : names) {
            wanted.append(name.toString());
            any = any || hasType(value, name.toString());
        }
        if (!any)
            return Violation{
                    path,
                    Tr::tr("is %1, expected %2").arg(typeOf(value), wanted.join(Tr::tr(" or ")))};
    }
    if (schema.contains(u"enum"_s)) {
        const QJsonArray allowed = schema.value(u"enum"_s).toArray();
        if (!allowed.contains(value)) {
            QStringList shown;
            for (const QJsonValue &a : allowed)
                shown.append(compact(a));
            return Violation{
                    path,
                    Tr::tr("is %1, expected one of %2").arg(compact(value), shown.join(u", "_s))};
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonArray required = schema.value(u"required"_s).toArray();
        for (const QJsonValue &name : required) {
            if (!object.contains(name.toString()))
                return Violation{path,
                                 Tr::tr("lacks the required property \"%1\"").arg(name.toString())};
        }
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        const bool closed = schema.value(u"additionalProperties"_s).toBool(true) == false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString child = propertyPath(path, it.key());
            if (props.contains(it.key())) {
                if (auto v = validateAt(it.value(), props.value(it.key()).toObject(), child))
                    return v;
            } else if (closed) {
                return Violation{child, Tr::tr("is not allowed (additionalProperties is false)")};
            }
        }
    }
    if (value.isArray() && schema.value(u"items"_s).isObject()) {
        const QJsonObject itemSchema = schema.value(u"items"_s).toObject();
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto v
                = validateAt(items.at(i), itemSchema, path + u'[' + QString::number(i) + u']'))
                return v;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Violation> validate(const QJsonValue &value, const QJsonObject &schema)
{
    return validateAt(value, schema, u"$"_s);
}

} // namespace Cutover::JsonSchema
