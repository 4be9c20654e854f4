#pragma once

#include "core/providers/chattypes.h"

#include <QJsonObject>

namespace Cutover {

// The machine-readable form of a result, as `cutover-cli ask --json` prints
// it: text, finish_reason, usage {input_tokens, cached_input_tokens,
// output_tokens} (null when unknown), ttft_ms (null when no token came),
// latency_ms, attempts, status, tool_calls [{id, name, arguments}],
// reasoning, http_status, request_id, attempt_request_ids, model, cost
// (null when unknown), error, rate_limited_until (ISO 8601 UTC or absent).
QJsonObject chatResultToJson(const ChatResult &result);

} // namespace Cutover
