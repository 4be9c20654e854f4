#pragma once

#include <QString>
#include <QStringList>

namespace Cutover {

// Hides credentials in text meant for logs, error messages and exports:
// the values of Authorization, x-api-key and api-key (as headers, JSON
// fields or query items), bearer tokens, sk-... style keys, and every
// occurrence of the given known secrets (also in their base64 form).
QString redactSecrets(const QString &text, const QStringList &knownSecrets = {});

inline constexpr QStringView kRedacted = u"[REDACTED]";

} // namespace Cutover
