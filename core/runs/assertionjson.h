#pragma once

#include "core/runs/assertion.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// Assertions as JSON, for the project and for CSV/JSONL case import. One
// object per assertion; "type" is the kind's key, the other keys depend on it:
//   equals, starts_with       value, case_insensitive
//   contains                  values (non-empty), match ("any"|"all"), case_insensitive
//   regex                     pattern (must compile), case_insensitive
//   is_json                   allow_code_fence
//   json_schema               schema (jsonschema.h keywords only), allow_code_fence
//   max_length                max (whole number of characters ≥ 0)
//   max_latency               max_ms (whole number ≥ 0)
//   max_cost                  max (number ≥ 0)
//   similar_to_reference,
//   equivalent_to_baseline    measure ("levenshtein"|"jaccard"|"cosine"), threshold (0..1),
//                             case_insensitive
// and for all: weight (number ≥ 0, default 1). Optional keys may be left
// out on import; export writes every key of the kind, so export → import →
// export is identical. Unknown keys are errors, named with their JSON path
// ("assertions[2].patern is not a known key for regex").
namespace Cutover::AssertionJson {

QJsonObject toJson(const Assertion &assertion);
QJsonArray toJson(const QList<Assertion> &assertions);

Result<Assertion> fromJson(const QJsonValue &value, const QString &path);
Result<QList<Assertion>> listFromJson(const QJsonValue &value,
                                      const QString &path = QStringLiteral("assertions"));
// JSON text holding an array (a CSV cell, a JSONL field). Errors give the
// position in the text for syntax errors and the JSON path otherwise.
Result<QList<Assertion>> listFromBytes(const QByteArray &json,
                                       const QString &path = QStringLiteral("assertions"));

} // namespace Cutover::AssertionJson
