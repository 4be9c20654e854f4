#include "core/providers/resultfolder.h"

using namespace Qt::StringLiterals;

namespace Cutover {

QString callStatusKey(CallStatus status)
{
    switch (status) {
    case CallStatus::Ok:
        return u"ok"_s;
    case CallStatus::Error:
        return u"error"_s;
    case CallStatus::Incomplete:
        return u"incomplete"_s;
    case CallStatus::Cancelled:
        return u"cancelled"_s;
    }
    return u"error"_s;
}

void ResultFolder::add(const StreamEvent &e)
{
    using K = StreamEvent::Kind;
    switch (e.kind) {
    case K::TextDelta:
        m_result.text += e.text;
        m_hasContent = m_hasContent || !e.text.isEmpty();
        break;
    case K::ReasoningDelta:
        m_result.reasoning += e.text;
        m_result.reasoningSignature += e.signature;
        m_hasContent = m_hasContent || !e.text.isEmpty();
        break;
    case K::ToolCallDelta: {
        if (!m_tools.contains(e.index))
            m_toolOrder << e.index;
        ToolCall &call = m_tools[e.index];
        if (!e.toolCallId.isEmpty())
            call.id = e.toolCallId;
        if (!e.toolName.isEmpty())
            call.name += e.toolName;
        call.arguments += e.argumentsDelta;
        m_hasContent = true;
        break;
    }
    case K::Usage:
        if (e.usage.input)
            m_result.usage.input = e.usage.input;
        if (e.usage.cachedInput)
            m_result.usage.cachedInput = e.usage.cachedInput;
        if (e.usage.output)
            m_result.usage.output = e.usage.output;
        break;
    case K::Finish:
        m_result.finishReason = e.finishReason;
        break;
    case K::Error:
        if (!m_error)
            m_error = e;
        break;
    case K::Meta:
        if (!e.model.isEmpty())
            m_result.model = e.model;
        if (!e.responseId.isEmpty())
            m_result.responseId = e.responseId;
        break;
    }
}

ChatResult ResultFolder::result() const
{
    ChatResult r = m_result;
    for (int index : m_toolOrder)
        r.toolCalls << m_tools.value(index);
    return r;
}

std::optional<double> costOf(const TokenUsage &usage, const EndpointPrices &prices)
{
    if (!usage.input || !usage.output || !prices.input || !prices.output)
        return std::nullopt;
    const qint64 cached = usage.cachedInput.value_or(0);
    const double cachedPrice = prices.cachedInput.value_or(*prices.input);
    const double total = double(*usage.input - cached) * *prices.input
                         + double(cached) * cachedPrice + double(*usage.output) * *prices.output;
    return total / 1e6;
}

} // namespace Cutover
