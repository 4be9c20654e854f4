#pragma once

#include "core/endpoints/endpoint.h"
#include "core/providers/chattypes.h"

#include <QHash>

namespace Cutover {

// Folds the neutral events of one attempt into a ChatResult's content:
// text, reasoning, tool calls (fragments joined per index), finish reason,
// usage (a field stays unknown until an event gives it), model, response id.
class ResultFolder
{
public:
    void add(const StreamEvent &event);

    // True once text, reasoning or a tool call has arrived.
    bool hasContent() const { return m_hasContent; }
    bool hasFinish() const { return !m_result.finishReason.isEmpty(); }
    bool hasError() const { return m_error.has_value(); }
    const StreamEvent &error() const { return *m_error; }

    // The content folded so far; status and timings are the caller's.
    ChatResult result() const;

private:
    ChatResult m_result;
    QList<int> m_toolOrder;
    QHash<int, ToolCall> m_tools;
    std::optional<StreamEvent> m_error;
    bool m_hasContent = false;
};

// Cost of `usage` at `prices` (per 1M tokens): cached input at the cached
// price (the input price when that is unset), the rest of the input at the
// input price, output at the output price. Unknown when a needed count or
// price is unknown.
std::optional<double> costOf(const TokenUsage &usage, const EndpointPrices &prices);

} // namespace Cutover
