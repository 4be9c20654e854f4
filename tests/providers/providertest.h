#pragma once

// Helpers shared by the provider tests: a fake server, a client with short
// backoff, and endpoints pointing at the server.
#include "core/endpoints/endpoint.h"
#include "core/providers/providerclient.h"
#include "tests/support/fakellm/fakellmserver.h"

#include <QNetworkAccessManager>
#include <QTest>

namespace Cutover::ProviderTest {

inline Endpoint endpointFor(const FakeLlm::FakeLlmServer &server, EndpointProtocol protocol)
{
    Endpoint e;
    e.name = QStringLiteral("fake");
    e.protocol = protocol;
    e.baseUrl = protocol == EndpointProtocol::Anthropic ? server.anthropicBaseUrl()
                                                        : server.openAiBaseUrl();
    e.model = QStringLiteral("fake-model");
    e.limits.maxConcurrent = 0;
    e.limits.connectTimeoutMs = 5000;
    e.limits.idleTimeoutMs = 5000;
    e.limits.overallTimeoutMs = 20000;
    e.prices.input = 2.0;
    e.prices.output = 8.0;
    return e;
}

inline RetryConfig fastRetries()
{
    RetryConfig c;
    c.backoffBaseMs = 10;
    c.backoffMaxMs = 40;
    c.jitter = [] {
        return 0.0;
    };
    return c;
}

inline ChatRequest ask(const QString &prompt, bool stream = true)
{
    ChatRequest r;
    r.messages << ChatMessage::text(ChatRole::User, prompt);
    r.stream = stream;
    return r;
}

// Waits for the call on the event loop (no fixed sleep).
inline bool waitFinished(ChatCall *call, int timeoutMs = 15000)
{
    return QTest::qWaitFor([call] { return call->isFinished(); }, timeoutMs);
}

} // namespace Cutover::ProviderTest
