#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Cutover {

enum class EndpointRole { Baseline, Candidate, Other };
enum class EndpointProtocol { OpenAi, Anthropic };

// Where the API key of an endpoint lives. Only the reference is stored in
// the project; the key itself never is.
struct KeyRef
{
    enum class Kind { None, Env, Keychain };
    Kind kind = Kind::None;
    QString name; // environment variable name, or keychain account name

    // "env:NAME", "keychain:NAME" or "" (no key).
    QString toString() const;
    static std::optional<KeyRef> fromString(QStringView text);

    friend bool operator==(const KeyRef &, const KeyRef &) = default;
};

struct EndpointParams
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    QStringList stop;
    std::optional<qint64> seed;

    friend bool operator==(const EndpointParams &, const EndpointParams &) = default;
};

// Prices per one million tokens, in the user's currency; unset = unknown.
struct EndpointPrices
{
    std::optional<double> input;
    std::optional<double> cachedInput; // falls back to input when unset
    std::optional<double> output;

    friend bool operator==(const EndpointPrices &, const EndpointPrices &) = default;
};

struct EndpointLimits
{
    int maxConcurrent = 4;         // 0 = unlimited
    int requestsPerMinute = 0;     // 0 = unlimited
    int connectTimeoutMs = 10000;  // until the request is sent
    int overallTimeoutMs = 600000; // per attempt, as the SDKs
    int idleTimeoutMs = 60000;     // no byte received for this long

    friend bool operator==(const EndpointLimits &, const EndpointLimits &) = default;
};

struct Endpoint
{
    qint64 id = 0;
    QString name;
    EndpointRole role = EndpointRole::Other;
    EndpointProtocol protocol = EndpointProtocol::OpenAi;
    QString baseUrl; // openai: includes /v1; anthropic: without /v1
    QString model;
    EndpointParams params;
    QJsonObject extraBody; // provider-specific top-level body fields
    EndpointPrices prices;
    EndpointLimits limits;
    KeyRef keyRef;

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

QString endpointRoleKey(EndpointRole role);
std::optional<EndpointRole> endpointRoleFromKey(QStringView key);
QString endpointProtocolKey(EndpointProtocol protocol);
std::optional<EndpointProtocol> endpointProtocolFromKey(QStringView key);

// The URL a chat request goes to, as the official SDKs build it:
// openai {base}/chat/completions, anthropic {base}/v1/messages.
QUrl chatUrl(const Endpoint &endpoint);

// Translated problems that keep the endpoint from being used; empty if none.
QStringList validateEndpoint(const Endpoint &endpoint);

struct EndpointPreset
{
    QString id;          // stable key: openai, anthropic, qwen-cn, ...
    QString displayName; // translated
    Endpoint endpoint;   // name, protocol, base URL, model suggestion, key ref
};

// OpenAI, Anthropic, Qwen (China, international), DeepSeek, Ollama, vLLM,
// llama.cpp server, LM Studio, custom.
QList<EndpointPreset> endpointPresets();
std::optional<EndpointPreset> endpointPreset(QStringView id);

} // namespace Cutover
