#pragma once

#include "core/endpoints/endpoint.h"
#include "core/providers/chattypes.h"
#include "core/providers/ssedecoder.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>

namespace Cutover {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What an error response body says: the provider's message, and whether it
// is a quota problem (no point retrying) rather than a rate limit.
struct ProviderErrorInfo
{
    QString message;
    QString type; // error.type or error.code, as the provider wrote it
    bool quota = false;
};

// One wire protocol: builds the request and decodes the answer into neutral
// events. A fresh parser per attempt (it holds stream state).
class ProtocolAdapter
{
public:
    virtual ~ProtocolAdapter() = default;

    virtual QByteArray buildBody(const Endpoint &endpoint, const ChatRequest &request) const = 0;
    // Protocol headers besides content-type; `apiKey` may be empty.
    virtual HeaderList headers(const QString &apiKey) const = 0;

    // Streaming: one decoded SSE event at a time.
    virtual void onSseEvent(const SseEvent &event, QList<StreamEvent> &out) = 0;
    // True once the stream said it was complete ([DONE], finish reason, message_stop).
    virtual bool streamComplete() const = 0;

    // Non-streaming: the whole 200 body.
    virtual Result<QList<StreamEvent>> parseResponse(const QByteArray &body) const = 0;

    static std::unique_ptr<ProtocolAdapter> create(EndpointProtocol protocol);
};

// Parses an error body of either protocol ({"error": {"message", ...}},
// {"type": "error", "error": {...}}, {"error": "text"}, {"detail": ...}).
ProviderErrorInfo parseProviderError(const QByteArray &body);

// The request body merged from the endpoint's defaults and the request's
// overrides; exposed for tests and for `cutover-cli ask --json`.
ChatParams effectiveParams(const Endpoint &endpoint, const ChatRequest &request);

} // namespace Cutover
