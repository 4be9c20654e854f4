#pragma once

// Helpers shared by the protocol adapters (openaiadapter.cpp,
// anthropicadapter.cpp); not part of the public API.

#include "core/providers/protocol.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace Cutover::ProtocolDetail {

QJsonObject mergeInto(QJsonObject body, const QJsonObject &extra);
QString normalizedFinish(const QString &reason);
std::optional<qint64> intField(const QJsonObject &o, const QString &key);
StreamEvent errorEvent(const QString &message, bool retryable);
StreamEvent malformed(const QString &what);
QString imageUrl(const ChatPart &p);

std::unique_ptr<ProtocolAdapter> makeOpenAiAdapter();
std::unique_ptr<ProtocolAdapter> makeAnthropicAdapter();

} // namespace Cutover::ProtocolDetail
