#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Cutover {

// Parses a small JSON document (a plan, a prompt: QJsonDocument is fine at
// that size) that must be an object. A syntax error names its line and
// column; `notAnObject` is the message when the top level is something else.
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &notAnObject);

} // namespace Cutover
