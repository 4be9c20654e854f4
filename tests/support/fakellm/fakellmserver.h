#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <optional>

class QTcpServer;

namespace Cutover::FakeLlm {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct FakeToolCall
{
    QString id;
    QString name;
    QString arguments; // JSON text; streamed in two fragments
};

// What the server does with one request. The protocol (OpenAI chat
// completions or Anthropic messages) and streaming follow the request's path
// and its "stream" field.
struct FakeReply
{
    enum class Kind {
        Echo,          // reply with the last user message's text
        Text,          // reply with `text` (and `toolCalls`)
        HttpError,     // `status` with a protocol-shaped error body (or `rawBody`)
        CutStream,     // stream `cutAfterTokens` tokens, half an event, then drop the connection
        ErrorAfter200, // stream `cutAfterTokens` tokens, then an error event, then end the stream
        Stall,         // stream `cutAfterTokens` tokens, then send nothing more
        MalformedJson, // HTTP 200 whose JSON (body or stream event) does not parse
    };
    Kind kind = Kind::Echo;
    QString text;
    QList<FakeToolCall> toolCalls;
    int status = 200;
    QString errorMessage = QStringLiteral("Something went wrong.");
    QString errorType;        // default: per status, as the providers name them
    QByteArray rawBody;       // HttpError: sent verbatim when not empty
    Headers headers;          // extra response headers: retry-after, x-should-retry, ...
    int firstByteDelayMs = 0; // before the response headers
    int tokenDelayMs = 0;     // between stream events
    int cutAfterTokens = 2;
    bool usage = true; // report usage (streaming: only when the request asked for it)
    std::optional<qint64> inputTokens;  // default: words in the request's messages
    std::optional<qint64> cachedTokens; // default: 0
    QString finishReason;               // default: stop, or tool_calls / tool_use
};

struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    Headers headers;
    QByteArray body;
    QJsonObject json;
    QByteArray header(QByteArrayView name) const;
};

// A real HTTP/1.1 server on loopback speaking enough of both chat protocols
// for tests, benchmarks and offline use (tests/support/fakellm/main.cpp).
// Replies follow the script (enqueue()), then the default reply.
class FakeLlmServer final : public QObject
{
    Q_OBJECT

public:
    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString openAiBaseUrl() const;    // http://127.0.0.1:PORT/v1
    QString anthropicBaseUrl() const; // http://127.0.0.1:PORT

    void enqueue(const FakeReply &reply);
    void setDefaultReply(const FakeReply &reply) { m_default = reply; }
    // When set, a request without this key gets 401, whose message quotes the
    // key that was sent (worse than real providers, to test redaction).
    void setRequiredKey(const QString &key) { m_requiredKey = key; }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int openConnections() const { return m_openConnections; }

Q_SIGNALS:
    void requestReceived(int count);

private:
    friend class Connection;
    FakeReply nextReply();
    void record(const RecordedRequest &request);

    QTcpServer *m_server;
    QList<FakeReply> m_script;
    FakeReply m_default;
    QString m_requiredKey;
    QList<RecordedRequest> m_requests;
    int m_openConnections = 0;
    int m_serial = 0;
};

} // namespace Cutover::FakeLlm
