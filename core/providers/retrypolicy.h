#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace Cutover {

// The official SDKs' retry rules (see WIRE.md), with the wait injectable for tests.
struct RetryConfig
{
    int maxRetries = 2;         // 3 attempts in all
    qint64 backoffBaseMs = 500; // min(base * 2^n, max) * (1 - 0.25 * jitter)
    qint64 backoffMaxMs = 8000;
    qint64 maxHonouredRetryAfterMs = 60000; // a longer wait is not slept: "rate-limited until"
    std::function<double()> jitter;         // 0..1; default QRandomGenerator
};

struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0;
    // Set when the server asked for a wait longer than the policy sleeps, or
    // said the quota is exhausted: give up now and report when to come back.
    std::optional<QDateTime> rateLimitedUntil;
};

// Delay the server asked for: retry-after-ms, then retry-after as seconds or
// an HTTP date (relative to `now`). nullopt when absent or unparsable.
std::optional<qint64> retryAfterMs(const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QDateTime &now);

// `retriesDone`: how many retries already happened. `httpStatus` 0 means a
// connection error or timeout. `quota`: the error body said the quota is spent.
RetryDecision decideRetry(const RetryConfig &config, int retriesDone, int httpStatus,
                          const QList<QPair<QByteArray, QByteArray>> &headers, bool quota,
                          const QDateTime &now);

qint64 backoffDelayMs(const RetryConfig &config, int retriesDone);

// Whether a status is retried at all when the server gives no x-should-retry.
bool isRetryableStatus(int httpStatus);

} // namespace Cutover
