#include "core/providers/protocol.h"

#include "core/providers/protocol_p.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Cutover {

ChatParams effectiveParams(const Endpoint &endpoint, const ChatRequest &request)
{
    ChatParams p;
    const ChatParams &r = request.params;
    const EndpointParams &d = endpoint.params;
    p.temperature = r.temperature ? r.temperature : d.temperature;
    p.topP = r.topP ? r.topP : d.topP;
    p.maxTokens = r.maxTokens ? r.maxTokens : d.maxTokens;
    p.stop = r.stop.isEmpty() ? d.stop : r.stop;
    p.seed = r.seed ? r.seed : d.seed;
    return p;
}

ProviderErrorInfo parseProviderError(const QByteArray &body)
{
    ProviderErrorInfo info;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject obj = doc.object();
    const QJsonValue error = obj.value(u"error"_s);
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        info.message = e.value(u"message"_s).toString();
        info.type = e.value(u"type"_s).toString();
        const QString code = e.value(u"code"_s).toString();
        if (info.type.isEmpty())
            info.type = code;
        info.quota = code == u"insufficient_quota" || info.type == u"insufficient_quota";
    } else if (error.isString()) {
        info.message = error.toString();
    } else if (obj.contains(u"detail"_s)) {
        const QJsonValue d = obj.value(u"detail"_s);
        info.message = d.isString()
                               ? d.toString()
                               : QString::fromUtf8(
                                       QJsonDocument(d.toArray()).toJson(QJsonDocument::Compact));
    } else if (obj.contains(u"message"_s)) {
        info.message = obj.value(u"message"_s).toString();
    }
    if (info.message.isEmpty()) {
        QString text = QString::fromUtf8(body.left(300)).simplified();
        info.message = text;
    }
    return info;
}

namespace ProtocolDetail {

QJsonObject mergeInto(QJsonObject body, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QString normalizedFinish(const QString &reason)
{
    if (reason == u"end_turn" || reason == u"stop_sequence")
        return u"stop"_s;
    if (reason == u"max_tokens")
        return u"length"_s;
    if (reason == u"tool_use")
        return u"tool_calls"_s;
    return reason;
}

std::optional<qint64> intField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return qint64(v.toDouble());
}

StreamEvent errorEvent(const QString &message, bool retryable)
{
    StreamEvent e;
    e.kind = StreamEvent::Kind::Error;
    e.text = message;
    e.retryable = retryable;
    return e;
}

StreamEvent malformed(const QString &what)
{
    return errorEvent(CoreTr::tr("The provider sent malformed JSON in %1.").arg(what), false);
}

QString imageUrl(const ChatPart &p)
{
    if (!p.url.isEmpty())
        return p.url;
    return u"data:"_s + p.mediaType + u";base64,"_s + QString::fromLatin1(p.data);
}

} // namespace ProtocolDetail

std::unique_ptr<ProtocolAdapter> ProtocolAdapter::create(EndpointProtocol protocol)
{
    if (protocol == EndpointProtocol::Anthropic)
        return ProtocolDetail::makeAnthropicAdapter();
    return ProtocolDetail::makeOpenAiAdapter();
}

} // namespace Cutover
