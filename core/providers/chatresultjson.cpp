#include "core/providers/chatresultjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

template<typename T>
QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject chatResultToJson(const ChatResult &r)
{
    QJsonArray tools;
    for (const ToolCall &c : r.toolCalls)
        tools.append(
                QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"arguments"_s, c.arguments}});
    QJsonObject o{
            {u"status"_s, callStatusKey(r.status)},
            {u"text"_s, r.text},
            {u"reasoning"_s, r.reasoning},
            {u"finish_reason"_s,
             r.finishReason.isEmpty() ? QJsonValue() : QJsonValue(r.finishReason)},
            {u"tool_calls"_s, tools},
            {u"usage"_s, QJsonObject{{u"input_tokens"_s, orNull(r.usage.input)},
                                     {u"cached_input_tokens"_s, orNull(r.usage.cachedInput)},
                                     {u"output_tokens"_s, orNull(r.usage.output)}}},
            {u"ttft_ms"_s, orNull(r.ttftMs)},
            {u"latency_ms"_s, double(r.latencyMs)},
            {u"attempts"_s, r.attempts},
            {u"http_status"_s, r.httpStatus},
            {u"request_id"_s, r.requestId},
            {u"attempt_request_ids"_s, QJsonArray::fromStringList(r.attemptRequestIds)},
            {u"model"_s, r.model},
            {u"cost"_s, orNull(r.cost)},
            {u"error"_s, r.errorMessage.isEmpty() ? QJsonValue() : QJsonValue(r.errorMessage)},
    };
    if (r.rateLimitedUntil.isValid())
        o[u"rate_limited_until"_s] = r.rateLimitedUntil.toUTC().toString(Qt::ISODate);
    return o;
}

} // namespace Cutover
