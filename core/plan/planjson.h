#pragma once

#include "core/plan/plan.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>

// The plan as JSON: `cutover-cli plan export/import` and the Plan pane's
// import/export. Keys are snake_case and stable; export → import → export
// yields identical bytes.
namespace Cutover::PlanJson {

inline constexpr int kFormatVersion = 1;

QJsonObject toJson(const Plan &plan);
QByteArray toBytes(const Plan &plan); // indented, UTF-8, ends with a newline

// Parses and validates. Errors name the position ("line 3, column 7") or the
// JSON path ("risks[2].likelihood") of the first problem found.
Result<Plan> fromJson(const QJsonObject &object);
Result<Plan> fromBytes(const QByteArray &bytes);

} // namespace Cutover::PlanJson
