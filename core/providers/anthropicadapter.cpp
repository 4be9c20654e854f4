// The Anthropic messages protocol adapter.

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

class AnthropicAdapter final : public ProtocolAdapter
{
public:
    QByteArray buildBody(const Endpoint &endpoint, const ChatRequest &request) const override
    {
        QStringList system;
        QJsonArray messages;
        QString lastRole;
        for (const ChatMessage &m : request.messages) {
            if (m.role == ChatRole::System) {
                for (const ChatPart &p : m.parts)
                    if (p.kind == PartKind::Text)
                        system << p.text;
                continue;
            }
            QJsonArray blocks;
            for (const ChatPart &p : m.parts) {
                switch (p.kind) {
                case PartKind::Text:
                    blocks.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, p.text}});
                    break;
                case PartKind::Image:
                    if (!p.url.isEmpty())
                        blocks.append(QJsonObject{{u"type"_s, u"image"_s},
                                                  {u"source"_s, QJsonObject{{u"type"_s, u"url"_s},
                                                                            {u"url"_s, p.url}}}});
                    else
                        blocks.append(QJsonObject{
                                {u"type"_s, u"image"_s},
                                {u"source"_s,
                                 QJsonObject{{u"type"_s, u"base64"_s},
                                             {u"media_type"_s, p.mediaType},
                                             {u"data"_s, QString::fromLatin1(p.data)}}}});
                    break;
                case PartKind::ToolCall: {
                    const QJsonDocument args = QJsonDocument::fromJson(p.arguments.toUtf8());
                    blocks.append(QJsonObject{
                            {u"type"_s, u"tool_use"_s},
                            {u"id"_s, p.toolCallId},
                            {u"name"_s, p.toolName},
                            {u"input"_s, args.isObject() ? args.object() : QJsonObject()}});
                    break;
                }
                case PartKind::ToolResult: {
                    QJsonObject b{{u"type"_s, u"tool_result"_s},
                                  {u"tool_use_id"_s, p.toolCallId},
                                  {u"content"_s, p.text}};
                    if (p.isError)
                        b[u"is_error"_s] = true;
                    blocks.append(b);
                    break;
                }
                case PartKind::Reasoning:
                    if (!p.signature.isEmpty())
                        blocks.append(QJsonObject{{u"type"_s, u"thinking"_s},
                                                  {u"thinking"_s, p.text},
                                                  {u"signature"_s, p.signature}});
                    break;
                }
            }
            if (blocks.isEmpty())
                continue;
            const QString role = m.role == ChatRole::Assistant ? u"assistant"_s : u"user"_s;
            if (role == lastRole) { // the API wants alternating turns: merge
                QJsonObject prev = messages.last().toObject();
                QJsonArray merged = prev.value(u"content"_s).toArray();
                for (const QJsonValue &b : blocks)
                    merged.append(b);
                prev[u"content"_s] = merged;
                messages.replace(messages.size() - 1, prev);
            } else {
                messages.append(QJsonObject{{u"role"_s, role}, {u"content"_s, blocks}});
            }
            lastRole = role;
        }
        const ChatParams p = effectiveParams(endpoint, request);
        QJsonObject body{{u"model"_s, endpoint.model},
                         {u"max_tokens"_s, p.maxTokens.value_or(4096)},
                         {u"messages"_s, messages}};
        if (!system.isEmpty())
            body[u"system"_s] = system.join(u"\n\n"_s);
        if (p.temperature)
            body[u"temperature"_s] = *p.temperature;
        if (p.topP)
            body[u"top_p"_s] = *p.topP;
        if (!p.stop.isEmpty())
            body[u"stop_sequences"_s] = QJsonArray::fromStringList(p.stop);
        if (!request.tools.isEmpty()) {
            QJsonArray tools;
            for (const ToolSpec &t : request.tools)
                tools.append(QJsonObject{{u"name"_s, t.name},
                                         {u"description"_s, t.description},
                                         {u"input_schema"_s, t.parameters}});
            body[u"tools"_s] = tools;
        }
        if (request.stream)
            body[u"stream"_s] = true;
        body = mergeInto(mergeInto(body, endpoint.extraBody), request.extraBody);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    HeaderList headers(const QString &apiKey) const override
    {
        HeaderList h{{"anthropic-version", "2023-06-01"}};
        if (!apiKey.isEmpty())
            h.append({"x-api-key", apiKey.toUtf8()});
        return h;
    }

    // message_start carries a provisional output count (usually 1); only
    // message_delta's cumulative count is the answer's.
    static StreamEvent usageEvent(const QJsonObject &u, bool withOutput = true)
    {
        StreamEvent e;
        e.kind = StreamEvent::Kind::Usage;
        const auto in = intField(u, u"input_tokens"_s);
        const auto read = intField(u, u"cache_read_input_tokens"_s);
        const auto created = intField(u, u"cache_creation_input_tokens"_s);
        if (in)
            e.usage.input = *in + read.value_or(0) + created.value_or(0);
        if (in)
            e.usage.cachedInput = read.value_or(0);
        if (withOutput)
            e.usage.output = intField(u, u"output_tokens"_s);
        return e;
    }

    void onSseEvent(const SseEvent &event, QList<StreamEvent> &out) override
    {
        const QString &name = event.event;
        if (name == u"ping")
            return;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            out << malformed(CoreTr::tr("a stream event"));
            return;
        }
        const QJsonObject obj = doc.object();
        const QString type = obj.value(u"type"_s).toString(name);
        if (type == u"error" || name == u"error") {
            const ProviderErrorInfo info = parseProviderError(event.data.toUtf8());
            out << errorEvent(
                    info.type.isEmpty() ? info.message : info.type + u": "_s + info.message, true);
            return;
        }
        if (type == u"message_start") {
            const QJsonObject message = obj.value(u"message"_s).toObject();
            StreamEvent meta;
            meta.kind = StreamEvent::Kind::Meta;
            meta.model = message.value(u"model"_s).toString();
            meta.responseId = message.value(u"id"_s).toString();
            out << meta;
            out << usageEvent(message.value(u"usage"_s).toObject(), false);
        } else if (type == u"content_block_start") {
            const int index = obj.value(u"index"_s).toInt();
            const QJsonObject block = obj.value(u"content_block"_s).toObject();
            const QString blockType = block.value(u"type"_s).toString();
            m_blockTypes.insert(index, blockType);
            if (blockType == u"tool_use") {
                StreamEvent e;
                e.kind = StreamEvent::Kind::ToolCallDelta;
                e.index = index;
                e.toolCallId = block.value(u"id"_s).toString();
                e.toolName = block.value(u"name"_s).toString();
                out << e;
            } else if (blockType == u"text" && !block.value(u"text"_s).toString().isEmpty()) {
                StreamEvent e;
                e.text = block.value(u"text"_s).toString();
                out << e;
            } else if (blockType == u"thinking"
                       && !block.value(u"thinking"_s).toString().isEmpty()) {
                StreamEvent e;
                e.kind = StreamEvent::Kind::ReasoningDelta;
                e.text = block.value(u"thinking"_s).toString();
                out << e;
            }
        } else if (type == u"content_block_delta") {
            const int index = obj.value(u"index"_s).toInt();
            const QJsonObject delta = obj.value(u"delta"_s).toObject();
            const QString deltaType = delta.value(u"type"_s).toString();
            StreamEvent e;
            if (deltaType == u"text_delta") {
                e.text = delta.value(u"text"_s).toString();
                out << e;
            } else if (deltaType == u"input_json_delta"
                       && m_blockTypes.value(index) == u"tool_use") {
                e.kind = StreamEvent::Kind::ToolCallDelta;
                e.index = index;
                e.argumentsDelta = delta.value(u"partial_json"_s).toString();
                if (!e.argumentsDelta.isEmpty())
                    m_argsSeen.insert(index);
                out << e;
            } else if (deltaType == u"thinking_delta") {
                e.kind = StreamEvent::Kind::ReasoningDelta;
                e.text = delta.value(u"thinking"_s).toString();
                out << e;
            } else if (deltaType == u"signature_delta") {
                e.kind = StreamEvent::Kind::ReasoningDelta;
                e.signature = delta.value(u"signature"_s).toString();
                out << e;
            }
        } else if (type == u"content_block_stop") {
            const int index = obj.value(u"index"_s).toInt();
            if (m_blockTypes.value(index) == u"tool_use" && !m_argsSeen.contains(index)) {
                StreamEvent e;
                e.kind = StreamEvent::Kind::ToolCallDelta;
                e.index = index;
                e.argumentsDelta = u"{}"_s;
                out << e;
            }
        } else if (type == u"message_delta") {
            const QJsonObject delta = obj.value(u"delta"_s).toObject();
            if (const QString stop = delta.value(u"stop_reason"_s).toString(); !stop.isEmpty()) {
                StreamEvent e;
                e.kind = StreamEvent::Kind::Finish;
                e.finishReason = normalizedFinish(stop);
                out << e;
            }
            const QJsonObject usage = obj.value(u"usage"_s).toObject();
            if (!usage.isEmpty())
                out << usageEvent(usage);
        } else if (type == u"message_stop") {
            m_done = true;
        }
        // Unknown event types are ignored, as the API asks.
    }

    bool streamComplete() const override { return m_done; }

    Result<QList<StreamEvent>> parseResponse(const QByteArray &body) const override
    {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(ErrorKind::Provider, malformed(CoreTr::tr("the response")).text);
        const QJsonObject obj = doc.object();
        QList<StreamEvent> out;
        if (obj.value(u"type"_s).toString() == u"error") {
            const ProviderErrorInfo info = parseProviderError(body);
            out << errorEvent(info.message, true);
            return out;
        }
        StreamEvent meta;
        meta.kind = StreamEvent::Kind::Meta;
        meta.model = obj.value(u"model"_s).toString();
        meta.responseId = obj.value(u"id"_s).toString();
        out << meta;
        const QJsonArray content = obj.value(u"content"_s).toArray();
        for (int i = 0; i < content.size(); ++i) {
            const QJsonObject block = content.at(i).toObject();
            const QString t = block.value(u"type"_s).toString();
            StreamEvent e;
            if (t == u"text") {
                e.text = block.value(u"text"_s).toString();
                out << e;
            } else if (t == u"thinking") {
                e.kind = StreamEvent::Kind::ReasoningDelta;
                e.text = block.value(u"thinking"_s).toString();
                e.signature = block.value(u"signature"_s).toString();
                out << e;
            } else if (t == u"tool_use") {
                e.kind = StreamEvent::Kind::ToolCallDelta;
                e.index = i;
                e.toolCallId = block.value(u"id"_s).toString();
                e.toolName = block.value(u"name"_s).toString();
                e.argumentsDelta
                        = QString::fromUtf8(QJsonDocument(block.value(u"input"_s).toObject())
                                                    .toJson(QJsonDocument::Compact));
                out << e;
            }
        }
        if (const QString stop = obj.value(u"stop_reason"_s).toString(); !stop.isEmpty()) {
            StreamEvent e;
            e.kind = StreamEvent::Kind::Finish;
            e.finishReason = normalizedFinish(stop);
            out << e;
        }
        if (obj.value(u"usage"_s).isObject())
            out << usageEvent(obj.value(u"usage"_s).toObject());
        return out;
    }

private:
    QHash<int, QString> m_blockTypes;
    QSet<int> m_argsSeen;
    bool m_done = false;
};

} // namespace

std::unique_ptr<ProtocolAdapter> makeAnthropicAdapter()
{
    return std::make_unique<AnthropicAdapter>();
}

} // namespace Cutover::ProtocolDetail
