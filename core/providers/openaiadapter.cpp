// The OpenAI chat completions (and OpenAI-compatible servers) protocol adapter.

#include "core/providers/protocol_p.h"
#include "core/util/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Cutover::ProtocolDetail {
namespace {

class OpenAiAdapter final : public ProtocolAdapter
{
public:
    QByteArray buildBody(const Endpoint &endpoint, const ChatRequest &request) const override
    {
        QJsonArray messages;
        for (const ChatMessage &m : request.messages) {
            QJsonArray content;
            QJsonArray toolCalls;
            QString plain;
            bool onlyText = true;
            for (const ChatPart &p : m.parts) {
                switch (p.kind) {
                case PartKind::Text:
                    content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, p.text}});
                    plain += p.text;
                    break;
                case PartKind::Image:
                    onlyText = false;
                    content.append(
                            QJsonObject{{u"type"_s, u"image_url"_s},
                                        {u"image_url"_s, QJsonObject{{u"url"_s, imageUrl(p)}}}});
                    break;
                case PartKind::ToolCall:
                    toolCalls.append(QJsonObject{
                            {u"id"_s, p.toolCallId},
                            {u"type"_s, u"function"_s},
                            {u"function"_s,
                             QJsonObject{{u"name"_s, p.toolName}, {u"arguments"_s, p.arguments}}}});
                    break;
                case PartKind::ToolResult:
                    messages.append(QJsonObject{{u"role"_s, u"tool"_s},
                                                {u"tool_call_id"_s, p.toolCallId},
                                                {u"content"_s, p.text}});
                    break;
                case PartKind::Reasoning:
                    break; // no slot in chat completions requests
                }
            }
            if (content.isEmpty() && toolCalls.isEmpty())
                continue;
            QJsonObject msg;
            switch (m.role) {
            case ChatRole::System:
                msg[u"role"_s] = u"system"_s;
                break;
            case ChatRole::User:
            case ChatRole::Tool:
                msg[u"role"_s] = u"user"_s;
                break;
            case ChatRole::Assistant:
                msg[u"role"_s] = u"assistant"_s;
                break;
            }
            if (onlyText)
                msg[u"content"_s] = content.isEmpty() ? QJsonValue() : QJsonValue(plain);
            else
                msg[u"content"_s] = content;
            if (!toolCalls.isEmpty())
                msg[u"tool_calls"_s] = toolCalls;
            messages.append(msg);
        }
        QJsonObject body{{u"model"_s, endpoint.model}, {u"messages"_s, messages}};
        const ChatParams p = effectiveParams(endpoint, request);
        if (p.temperature)
            body[u"temperature"_s] = *p.temperature;
        if (p.topP)
            body[u"top_p"_s] = *p.topP;
        if (p.maxTokens) {
            const bool official = chatUrl(endpoint).host().endsWith(u"openai.com");
            body[official ? u"max_completion_tokens"_s : u"max_tokens"_s] = *p.maxTokens;
        }
        if (!p.stop.isEmpty())
            body[u"stop"_s] = QJsonArray::fromStringList(p.stop);
        if (p.seed)
            body[u"seed"_s] = double(*p.seed);
        if (!request.tools.isEmpty()) {
            QJsonArray tools;
            for (const ToolSpec &t : request.tools)
                tools.append(
                        QJsonObject{{u"type"_s, u"function"_s},
                                    {u"function"_s, QJsonObject{{u"name"_s, t.name},
                                                                {u"description"_s, t.description},
                                                                {u"parameters"_s, t.parameters}}}});
            body[u"tools"_s] = tools;
        }
        if (request.stream) {
            body[u"stream"_s] = true;
            body[u"stream_options"_s] = QJsonObject{{u"include_usage"_s, true}};
        }
        body = mergeInto(mergeInto(body, endpoint.extraBody), request.extraBody);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    HeaderList headers(const QString &apiKey) const override
    {
        HeaderList h;
        if (!apiKey.isEmpty())
            h.append({"Authorization", "Bearer " + apiKey.toUtf8()});
        return h;
    }

    static void usageEvents(const QJsonObject &usage, QList<StreamEvent> &out)
    {
        StreamEvent e;
        e.kind = StreamEvent::Kind::Usage;
        e.usage.input = intField(usage, u"prompt_tokens"_s);
        e.usage.output = intField(usage, u"completion_tokens"_s);
        const QJsonObject details = usage.value(u"prompt_tokens_details"_s).toObject();
        e.usage.cachedInput = intField(details, u"cached_tokens"_s);
        if (!e.usage.cachedInput) // DeepSeek
            e.usage.cachedInput = intField(usage, u"prompt_cache_hit_tokens"_s);
        out << e;
    }

    static void metaEvent(const QJsonObject &obj, QList<StreamEvent> &out)
    {
        StreamEvent e;
        e.kind = StreamEvent::Kind::Meta;
        e.model = obj.value(u"model"_s).toString();
        e.responseId = obj.value(u"id"_s).toString();
        if (!e.model.isEmpty() || !e.responseId.isEmpty())
            out << e;
    }

    static bool errorFromObject(const QJsonObject &obj, QList<StreamEvent> &out)
    {
        if (!obj.contains(u"error"_s))
            return false;
        const ProviderErrorInfo info
                = parseProviderError(QJsonDocument(obj).toJson(QJsonDocument::Compact));
        const int status = obj.value(u"error"_s).toObject().value(u"status_code"_s).toInt();
        static const QSet<int> fatal{400, 401, 403, 404, 422};
        out << errorEvent(info.message, !fatal.contains(status) && !info.quota);
        return true;
    }

    void onSseEvent(const SseEvent &event, QList<StreamEvent> &out) override
    {
        if (event.data == u"[DONE]") {
            m_done = true;
            return;
        }
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            out << malformed(CoreTr::tr("a stream chunk"));
            return;
        }
        const QJsonObject obj = doc.object();
        if (errorFromObject(obj, out))
            return;
        if (event.event == u"error") {
            out << errorEvent(QString::fromUtf8(event.data.toUtf8().left(300)), true);
            return;
        }
        if (!m_metaSent) {
            metaEvent(obj, out);
            m_metaSent = true;
        }
        const QJsonArray choices = obj.value(u"choices"_s).toArray();
        for (const QJsonValue &cv : choices) {
            const QJsonObject choice = cv.toObject();
            if (choice.value(u"index"_s).toInt() != 0)
                continue;
            const QJsonObject delta = choice.value(u"delta"_s).toObject();
            for (const QString &key : {u"reasoning_content"_s, u"reasoning"_s}) {
                const QString r = delta.value(key).toString();
                if (!r.isEmpty()) {
                    StreamEvent e;
                    e.kind = StreamEvent::Kind::ReasoningDelta;
                    e.text = r;
                    out << e;
                    break;
                }
            }
            const QString text = delta.value(u"content"_s).toString();
            if (!text.isEmpty()) {
                StreamEvent e;
                e.text = text;
                out << e;
            }
            const QJsonArray calls = delta.value(u"tool_calls"_s).toArray();
            for (int i = 0; i < calls.size(); ++i) {
                const QJsonObject c = calls.at(i).toObject();
                const QJsonObject f = c.value(u"function"_s).toObject();
                StreamEvent e;
                e.kind = StreamEvent::Kind::ToolCallDelta;
                e.index = c.contains(u"index"_s) ? c.value(u"index"_s).toInt() : i;
                e.toolCallId = c.value(u"id"_s).toString();
                e.toolName = f.value(u"name"_s).toString();
                const QJsonValue args = f.value(u"arguments"_s);
                e.argumentsDelta
                        = args.isString()   ? args.toString()
                          : args.isObject() ? QString::fromUtf8(
                                    QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact))
                                            : QString();
                out << e;
            }
            const QJsonValue finish = choice.value(u"finish_reason"_s);
            if (finish.isString() && !finish.toString().isEmpty()) {
                StreamEvent e;
                e.kind = StreamEvent::Kind::Finish;
                e.finishReason = normalizedFinish(finish.toString());
                m_finished = true;
                out << e;
            }
        }
        if (obj.value(u"usage"_s).isObject())
            usageEvents(obj.value(u"usage"_s).toObject(), out);
    }

    bool streamComplete() const override { return m_done || m_finished; }

    Result<QList<StreamEvent>> parseResponse(const QByteArray &body) const override
    {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(ErrorKind::Provider, malformed(CoreTr::tr("the response")).text);
        QList<StreamEvent> out;
        const QJsonObject obj = doc.object();
        if (errorFromObject(obj, out))
            return out;
        metaEvent(obj, out);
        const QJsonObject choice = obj.value(u"choices"_s).toArray().at(0).toObject();
        const QJsonObject message = choice.value(u"message"_s).toObject();
        for (const QString &key : {u"reasoning_content"_s, u"reasoning"_s}) {
            if (const QString r = message.value(key).toString(); !r.isEmpty()) {
                StreamEvent e;
                e.kind = StreamEvent::Kind::ReasoningDelta;
                e.text = r;
                out << e;
                break;
            }
        }
        if (const QString text = message.value(u"content"_s).toString(); !text.isEmpty()) {
            StreamEvent e;
            e.text = text;
            out << e;
        }
        const QJsonArray calls = message.value(u"tool_calls"_s).toArray();
        for (int i = 0; i < calls.size(); ++i) {
            const QJsonObject c = calls.at(i).toObject();
            const QJsonObject f = c.value(u"function"_s).toObject();
            StreamEvent e;
            e.kind = StreamEvent::Kind::ToolCallDelta;
            e.index = i;
            e.toolCallId = c.value(u"id"_s).toString();
            e.toolName = f.value(u"name"_s).toString();
            e.argumentsDelta = f.value(u"arguments"_s).toString();
            out << e;
        }
        if (const QString finish = choice.value(u"finish_reason"_s).toString(); !finish.isEmpty()) {
            StreamEvent e;
            e.kind = StreamEvent::Kind::Finish;
            e.finishReason = normalizedFinish(finish);
            out << e;
        }
        if (obj.value(u"usage"_s).isObject())
            usageEvents(obj.value(u"usage"_s).toObject(), out);
        return out;
    }

private:
    bool m_done = false;
    bool m_finished = false;
    bool m_metaSent = false;
};

} // namespace

std::unique_ptr<ProtocolAdapter> makeOpenAiAdapter()
{
    return std::make_unique<OpenAiAdapter>();
}

} // namespace Cutover::ProtocolDetail
