#include "core/endpoints/endpoint.h"

#include "core/util/tr.h"

using namespace Qt::StringLiterals;

namespace Cutover {

QString KeyRef::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Env:
        return u"env:"_s + name;
    case Kind::Keychain:
        return u"keychain:"_s + name;
    }
    return {};
}

std::optional<KeyRef> KeyRef::fromString(QStringView text)
{
    if (text.isEmpty())
        return KeyRef{};
    const auto valid = [](QStringView name) {
        if (name.isEmpty() || name.size() > 200)
            return false;
        for (QChar c : name) {
            if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'/'
                  || c == u'@'))
                return false;
        }
        return true;
    };
    if (text.startsWith(u"env:") && valid(text.mid(4)))
        return KeyRef{Kind::Env, text.mid(4).toString()};
    if (text.startsWith(u"keychain:") && valid(text.mid(9)))
        return KeyRef{Kind::Keychain, text.mid(9).toString()};
    return std::nullopt;
}

QString endpointRoleKey(EndpointRole role)
{
    switch (role) {
    case EndpointRole::Baseline:
        return u"baseline"_s;
    case EndpointRole::Candidate:
        return u"candidate"_s;
    case EndpointRole::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

std::optional<EndpointRole> endpointRoleFromKey(QStringView key)
{
    if (key == u"baseline")
        return EndpointRole::Baseline;
    if (key == u"candidate")
        return EndpointRole::Candidate;
    if (key == u"other")
        return EndpointRole::Other;
    return std::nullopt;
}

QString endpointProtocolKey(EndpointProtocol protocol)
{
    return protocol == EndpointProtocol::Anthropic ? u"anthropic"_s : u"openai"_s;
}

std::optional<EndpointProtocol> endpointProtocolFromKey(QStringView key)
{
    if (key == u"openai")
        return EndpointProtocol::OpenAi;
    if (key == u"anthropic")
        return EndpointProtocol::Anthropic;
    return std::nullopt;
}

QUrl chatUrl(const Endpoint &endpoint)
{
    QString base = endpoint.baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString path = endpoint.protocol == EndpointProtocol::Anthropic ? u"/v1/messages"_s
                                                                          : u"/chat/completions"_s;
    return QUrl(base + path, QUrl::StrictMode);
}

QStringList validateEndpoint(const Endpoint &endpoint)
{
    QStringList problems;
    if (endpoint.name.trimmed().isEmpty())
        problems << CoreTr::tr("The endpoint has no name.");
    const QUrl base(endpoint.baseUrl.trimmed(), QUrl::StrictMode);
    if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https")
        || base.host().isEmpty())
        problems << CoreTr::tr("The base URL \"%1\" of endpoint \"%2\" is not an http(s) URL.")
                            .arg(endpoint.baseUrl, endpoint.name);
    if (endpoint.model.trimmed().isEmpty())
        problems << CoreTr::tr("Endpoint \"%1\" has no model.").arg(endpoint.name);
    if (endpoint.protocol == EndpointProtocol::Anthropic && endpoint.baseUrl.endsWith(u"/v1"))
        problems << CoreTr::tr("The base URL of Anthropic endpoint \"%1\" must not end with /v1; "
                               "requests go to {base}/v1/messages.")
                            .arg(endpoint.name);
    const auto negative = [](const std::optional<double> &v) {
        return v && *v < 0;
    };
    if (negative(endpoint.prices.input) || negative(endpoint.prices.cachedInput)
        || negative(endpoint.prices.output))
        problems << CoreTr::tr("Endpoint \"%1\" has a negative price.").arg(endpoint.name);
    const EndpointLimits &l = endpoint.limits;
    if (l.maxConcurrent < 0 || l.requestsPerMinute < 0 || l.connectTimeoutMs <= 0
        || l.overallTimeoutMs <= 0 || l.idleTimeoutMs <= 0)
        problems << CoreTr::tr("Endpoint \"%1\" has a negative limit or a timeout that is not "
                               "positive.")
                            .arg(endpoint.name);
    if (endpoint.params.maxTokens && *endpoint.params.maxTokens <= 0)
        problems << CoreTr::tr("Endpoint \"%1\" has a maximum token count that is not positive.")
                            .arg(endpoint.name);
    return problems;
}

namespace {

EndpointPreset preset(const QString &id, const QString &display, EndpointProtocol protocol,
                      const QString &baseUrl, const QString &model, const QString &keyEnv,
                      int maxConcurrent = 4)
{
    Endpoint e;
    e.name = display;
    e.protocol = protocol;
    e.baseUrl = baseUrl;
    e.model = model;
    if (!keyEnv.isEmpty())
        e.keyRef = KeyRef{KeyRef::Kind::Env, keyEnv};
    e.limits.maxConcurrent = maxConcurrent;
    if (protocol == EndpointProtocol::Anthropic)
        e.params.maxTokens = 1024; // required by the Messages API
    return EndpointPreset{id, display, e};
}

} // namespace

QList<EndpointPreset> endpointPresets()
{
    using P = EndpointProtocol;
    return {
            preset(u"openai"_s, CoreTr::tr("OpenAI"), P::OpenAi, u"https://api.openai.com/v1"_s,
                   u"gpt-4o-mini"_s, u"OPENAI_API_KEY"_s),
            preset(u"anthropic"_s, CoreTr::tr("Anthropic"), P::Anthropic,
                   u"https://api.anthropic.com"_s, u"claude-3-5-haiku-latest"_s,
                   u"ANTHROPIC_API_KEY"_s),
            preset(u"qwen-cn"_s, CoreTr::tr("Qwen (DashScope, China)"), P::OpenAi,
                   u"https://dashscope.aliyuncs.com/compatible-mode/v1"_s, u"qwen-plus"_s,
                   u"DASHSCOPE_API_KEY"_s),
            preset(u"qwen-intl"_s, CoreTr::tr("Qwen (DashScope, international)"), P::OpenAi,
                   u"https://dashscope-intl.aliyuncs.com/compatible-mode/v1"_s, u"qwen-plus"_s,
                   u"DASHSCOPE_API_KEY"_s),
            preset(u"deepseek"_s, CoreTr::tr("DeepSeek"), P::OpenAi,
                   u"https://api.deepseek.com/v1"_s, u"deepseek-chat"_s, u"DEEPSEEK_API_KEY"_s),
            preset(u"ollama"_s, CoreTr::tr("Ollama"), P::OpenAi, u"http://localhost:11434/v1"_s,
                   u"llama3.2"_s, QString(), 1),
            preset(u"vllm"_s, CoreTr::tr("vLLM"), P::OpenAi, u"http://localhost:8000/v1"_s,
                   QString(), QString(), 8),
            preset(u"llamacpp"_s, CoreTr::tr("llama.cpp server"), P::OpenAi,
                   u"http://localhost:8080/v1"_s, QString(), QString(), 1),
            preset(u"lmstudio"_s, CoreTr::tr("LM Studio"), P::OpenAi, u"http://localhost:1234/v1"_s,
                   QString(), QString(), 1),
            preset(u"custom"_s, CoreTr::tr("Custom"), P::OpenAi, QString(), QString(), QString()),
    };
}

std::optional<EndpointPreset> endpointPreset(QStringView id)
{
    const QList<EndpointPreset> all = endpointPresets();
    for (const EndpointPreset &p : all) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace Cutover
