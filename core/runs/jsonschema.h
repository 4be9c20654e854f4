#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// A small JSON Schema validator for the "JSON matches a schema" assertion.
// Checked keywords: type (a name or a list of names: object, array, string,
// number, integer, boolean, null), enum, required, properties,
// additionalProperties (true/false) and items (one schema for every element).
// Annotations ($schema, $id, $comment, title, description, default,
// examples) are ignored. Any other keyword is refused by check(), so that a
// schema is never silently half-applied.
namespace Cutover::JsonSchema {

struct Violation
{
    QString path;    // where in the value: "$", "$.user.name", "$.items[2]", "$[\"a b\"]"
    QString message; // translated

    friend bool operator==(const Violation &, const Violation &) = default;
};

// Is `schema` one this validator fully understands? Errors name the place in
// the schema ("schema.properties.age.type") and are ErrorKind::BadInput.
Result<void> check(const QJsonObject &schema, const QString &path = QStringLiteral("schema"));

// The first violation (objects are walked in key order, arrays in index order), or nothing when
// `value` conforms. Assumes check(schema) passed; unknown keywords are ignored here.
std::optional<Violation> validate(const QJsonValue &value, const QJsonObject &schema);

} // namespace Cutover::JsonSchema
