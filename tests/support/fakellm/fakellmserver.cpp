#include "tests/support/fakellm/fakellmserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Cutover::FakeLlm {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

QString defaultErrorType(int status, bool anthropic)
{
    switch (status) {
    case 400:
        return anthropic ? u"invalid_request_error"_s : u"invalid_request_error"_s;
    case 401:
        return anthropic ? u"authentication_error"_s : u"invalid_api_key"_s;
    case 403:
        return u"permission_error"_s;
    case 404:
        return u"not_found_error"_s;
    case 429:
        return anthropic ? u"rate_limit_error"_s : u"rate_limit_exceeded"_s;
    case 529:
        return u"overloaded_error"_s;
    default:
        return status >= 500 ? (anthropic ? u"api_error"_s : u"server_error"_s) : u"error"_s;
    }
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList tokenize(const QString &text)
{
    QStringList out;
    static const QRegularExpression word(u"\\S+\\s*|\\s+"_s);
    auto it = word.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

QString partsText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString s;
    for (const QJsonValue &p : content.toArray()) {
        const QJsonObject o = p.toObject();
        if (o.value(u"type"_s) == u"text"_s)
            s += o.value(u"text"_s).toString();
        else if (o.value(u"type"_s) == u"tool_result"_s)
            s += partsText(o.value(u"content"_s));
    }
    return s;
}

} // namespace

// One client connection: parses requests, plays their scripted replies.
class Connection final : public QObject
{
public:
    Connection(FakeLlmServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        ++m_server->m_openConnections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            --m_server->m_openConnections;
            m_closed = true;
            deleteLater();
        });
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        if (!m_busy)
            parse();
    }

    void parse()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        RecordedRequest req;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            req.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return;
        req.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        req.json = QJsonDocument::fromJson(req.body).object();
        m_server->record(req);
        m_busy = true;
        handle(req);
    }

    bool anthropicPath(const QByteArray &path) const { return path.endsWith("/v1/messages"); }

    void handle(const RecordedRequest &req)
    {
        m_anthropic = anthropicPath(req.path);
        const bool openai = req.path.endsWith("/chat/completions");
        ++m_server->m_serial;
        m_requestId = "req_fake_" + QByteArray::number(m_server->m_serial);
        if ((!m_anthropic && !openai) || req.method != "POST") {
            m_reply = FakeReply{};
            m_reply.kind = FakeReply::Kind::HttpError;
            m_reply.status = 404;
            m_reply.errorMessage = u"Unknown path %1 %2"_s.arg(QString::fromLatin1(req.method),
                                                               QString::fromLatin1(req.path));
        } else if (!m_server->m_requiredKey.isEmpty()
                   && keyOf(req) != m_server->m_requiredKey.toUtf8()) {
            m_reply = FakeReply{};
            m_reply.kind = FakeReply::Kind::HttpError;
            m_reply.status = 401;
            m_reply.errorMessage
                    = u"Incorrect API key provided: %1."_s.arg(QString::fromUtf8(keyOf(req)));
        } else {
            m_reply = m_server->nextReply();
        }
        m_stream = req.json.value(u"stream"_s).toBool();
        m_includeUsage = m_anthropic
                         || req.json.value(u"stream_options"_s)
                                    .toObject()
                                    .value(u"include_usage"_s)
                                    .toBool();
        m_model = req.json.value(u"model"_s).toString();
        QString prompt;
        qint64 words = 0;
        if (m_anthropic && req.json.value(u"system"_s).isString())
            words += tokenize(req.json.value(u"system"_s).toString()).size();
        for (const QJsonValue &m : req.json.value(u"messages"_s).toArray()) {
            const QString t = partsText(m.toObject().value(u"content"_s));
            words += t.split(u' ', Qt::SkipEmptyParts).size();
            if (m.toObject().value(u"role"_s) == u"user"_s)
                prompt = t;
        }
        m_inputTokens = m_reply.inputTokens.value_or(words);
        if (m_reply.kind == FakeReply::Kind::Echo)
            m_reply.text = prompt;
        m_tokens = tokenize(m_reply.text);
        QTimer::singleShot(m_reply.firstByteDelayMs, this, [this] { respond(); });
    }

    QByteArray keyOf(const RecordedRequest &req) const
    {
        if (m_anthropic)
            return req.header("x-api-key");
        QByteArray auth = req.header("authorization");
        if (auth.startsWith("Bearer "))
            auth.remove(0, 7);
        return auth;
    }

    void writeHead(int status, const QByteArray &contentType, qsizetype length)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                          + "\r\nContent-Type: " + contentType
                          + (m_anthropic ? "\r\nrequest-id: " : "\r\nx-request-id: ") + m_requestId
                          + "\r\nConnection: keep-alive\r\n";
        head += length >= 0
                        ? "Content-Length: " + QByteArray::number(length) + "\r\n"
                        : QByteArray("Transfer-Encoding: chunked\r\nCache-Control: no-cache\r\n");
        for (const auto &h : std::as_const(m_reply.headers))
            head += h.first + ": " + h.second + "\r\n";
        head += "\r\n";
        m_socket->write(head);
    }

    void writeWhole(int status, const QByteArray &body)
    {
        writeHead(status, "application/json", body.size());
        m_socket->write(body);
        done();
    }

    void done()
    {
        m_busy = false;
        QTimer::singleShot(0, this, [this] { parse(); });
    }

    QByteArray errorBody(int status) const
    {
        if (!m_reply.rawBody.isEmpty())
            return m_reply.rawBody;
        const QString type = m_reply.errorType.isEmpty() ? defaultErrorType(status, m_anthropic)
                                                         : m_reply.errorType;
        if (m_anthropic)
            return json({{u"type"_s, u"error"_s},
                         {u"error"_s,
                          QJsonObject{{u"type"_s, type}, {u"message"_s, m_reply.errorMessage}}}});
        return json({{u"error"_s, QJsonObject{{u"message"_s, m_reply.errorMessage},
                                              {u"type"_s, type},
                                              {u"param"_s, QJsonValue()},
                                              {u"code"_s, type}}}});
    }

    QString finishReason() const
    {
        if (!m_reply.finishReason.isEmpty())
            return m_reply.finishReason;
        if (!m_reply.toolCalls.isEmpty())
            return m_anthropic ? u"tool_use"_s : u"tool_calls"_s;
        return m_anthropic ? u"end_turn"_s : u"stop"_s;
    }

    QJsonObject openAiUsage() const
    {
        const qint64 out = m_tokens.size();
        return {{u"prompt_tokens"_s, m_inputTokens},
                {u"completion_tokens"_s, out},
                {u"total_tokens"_s, m_inputTokens + out},
                {u"prompt_tokens_details"_s,
                 QJsonObject{{u"cached_tokens"_s, m_reply.cachedTokens.value_or(0)}}}};
    }

    QJsonObject anthropicUsage(qint64 output) const
    {
        const qint64 cached = m_reply.cachedTokens.value_or(0);
        return {{u"input_tokens"_s, m_inputTokens - cached},
                {u"cache_read_input_tokens"_s, cached},
                {u"cache_creation_input_tokens"_s, 0},
                {u"output_tokens"_s, output}};
    }

    void respond()
    {
        if (m_closed)
            return;
        using K = FakeReply::Kind;
        if (m_reply.kind == K::HttpError) {
            writeWhole(m_reply.status, errorBody(m_reply.status));
            return;
        }
        if (!m_stream) {
            if (m_reply.kind == K::MalformedJson) {
                writeWhole(200, "{\"id\": \"broken\", \"choices\": [");
                return;
            }
            if (m_reply.kind == K::Stall) {
                writeHead(200, "application/json", 1000);
                return; // never sends the body
            }
            if (m_reply.kind == K::CutStream) {
                const QByteArray body = m_anthropic ? anthropicMessage() : openAiCompletion();
                writeHead(200, "application/json", body.size());
                m_socket->write(body.left(body.size() / 2));
                m_socket->flush();
                m_socket->disconnectFromHost();
                return;
            }
            writeWhole(200, m_anthropic ? anthropicMessage() : openAiCompletion());
            return;
        }
        writeHead(200, "text/event-stream", -1);
        buildEvents();
        playNext();
    }

    QByteArray openAiCompletion() const
    {
        QJsonObject message{{u"role"_s, u"assistant"_s},
                            {u"content"_s, m_reply.text.isEmpty() && !m_reply.toolCalls.isEmpty()
                                                   ? QJsonValue()
                                                   : QJsonValue(m_reply.text)}};
        if (!m_reply.toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const FakeToolCall &c : m_reply.toolCalls)
                calls.append(
                        QJsonObject{{u"id"_s, c.id},
                                    {u"type"_s, u"function"_s},
                                    {u"function"_s, QJsonObject{{u"name"_s, c.name},
                                                                {u"arguments"_s, c.arguments}}}});
            message[u"tool_calls"_s] = calls;
        }
        QJsonObject o{
                {u"id"_s, QString(u"chatcmpl-"_s + QString::fromLatin1(m_requestId))},
                {u"object"_s, u"chat.completion"_s},
                {u"created"_s, QDateTime::currentSecsSinceEpoch()},
                {u"model"_s, m_model},
                {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0},
                                                      {u"message"_s, message},
                                                      {u"finish_reason"_s, finishReason()}}}}};
        if (m_reply.usage)
            o[u"usage"_s] = openAiUsage();
        return json(o);
    }

    QByteArray anthropicMessage() const
    {
        QJsonArray content;
        if (!m_reply.text.isEmpty())
            content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, m_reply.text}});
        for (const FakeToolCall &c : m_reply.toolCalls)
            content.append(QJsonObject{
                    {u"type"_s, u"tool_use"_s},
                    {u"id"_s, c.id},
                    {u"name"_s, c.name},
                    {u"input"_s, QJsonDocument::fromJson(c.arguments.toUtf8()).object()}});
        QJsonObject o{{u"id"_s, QString(u"msg_"_s + QString::fromLatin1(m_requestId))},
                      {u"type"_s, u"message"_s},
                      {u"role"_s, u"assistant"_s},
                      {u"model"_s, m_model},
                      {u"content"_s, content},
                      {u"stop_reason"_s, finishReason()},
                      {u"stop_sequence"_s, QJsonValue()}};
        if (m_reply.usage)
            o[u"usage"_s] = anthropicUsage(m_tokens.size());
        return json(o);
    }

    void addEvent(const QByteArray &name, const QJsonObject &data, bool token = false)
    {
        QByteArray e;
        if (!name.isEmpty())
            e = "event: " + name + "\n";
        e += "data: " + json(data) + "\n\n";
        m_events.append({e, token});
    }

    QJsonObject chunk(const QJsonObject &delta, const QJsonValue &finish = QJsonValue()) const
    {
        return {{u"id"_s, QString(u"chatcmpl-"_s + QString::fromLatin1(m_requestId))},
                {u"object"_s, u"chat.completion.chunk"_s},
                {u"created"_s, 1700000000},
                {u"model"_s, m_model},
                {u"choices"_s,
                 QJsonArray{QJsonObject{
                         {u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finish}}}},
                {u"usage"_s, QJsonValue()}};
    }

    void buildEvents()
    {
        m_events.clear();
        m_next = 0;
        if (m_reply.kind == FakeReply::Kind::MalformedJson) {
            m_events.append(
                    {"data: {\"id\": \"x\", \"choices\": [{\"delta\": {\"content\n\n", false});
            return;
        }
        if (m_anthropic) {
            addEvent("message_start",
                     {{u"type"_s, u"message_start"_s},
                      {u"message"_s,
                       QJsonObject{{u"id"_s, QString(u"msg_"_s + QString::fromLatin1(m_requestId))},
                                   {u"type"_s, u"message"_s},
                                   {u"role"_s, u"assistant"_s},
                                   {u"model"_s, m_model},
                                   {u"content"_s, QJsonArray()},
                                   {u"usage"_s, anthropicUsage(1)}}}});
            int index = 0;
            if (!m_tokens.isEmpty() || m_reply.toolCalls.isEmpty()) {
                addEvent("content_block_start",
                         {{u"type"_s, u"content_block_start"_s},
                          {u"index"_s, index},
                          {u"content_block"_s,
                           QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u""_s}}}});
                addEvent("ping", {{u"type"_s, u"ping"_s}});
                for (const QString &t : std::as_const(m_tokens))
                    addEvent("content_block_delta",
                             {{u"type"_s, u"content_block_delta"_s},
                              {u"index"_s, index},
                              {u"delta"_s,
                               QJsonObject{{u"type"_s, u"text_delta"_s}, {u"text"_s, t}}}},
                             true);
                addEvent("content_block_stop",
                         {{u"type"_s, u"content_block_stop"_s}, {u"index"_s, index}});
                ++index;
            }
            for (const FakeToolCall &c : m_reply.toolCalls) {
                addEvent("content_block_start",
                         {{u"type"_s, u"content_block_start"_s},
                          {u"index"_s, index},
                          {u"content_block"_s, QJsonObject{{u"type"_s, u"tool_use"_s},
                                                           {u"id"_s, c.id},
                                                           {u"name"_s, c.name},
                                                           {u"input"_s, QJsonObject()}}}});
                const qsizetype half = c.arguments.size() / 2;
                for (const QString &part : {c.arguments.left(half), c.arguments.mid(half)})
                    addEvent("content_block_delta",
                             {{u"type"_s, u"content_block_delta"_s},
                              {u"index"_s, index},
                              {u"delta"_s, QJsonObject{{u"type"_s, u"input_json_delta"_s},
                                                       {u"partial_json"_s, part}}}},
                             true);
                addEvent("content_block_stop",
                         {{u"type"_s, u"content_block_stop"_s}, {u"index"_s, index}});
                ++index;
            }
            QJsonObject delta{{u"type"_s, u"message_delta"_s},
                              {u"delta"_s, QJsonObject{{u"stop_reason"_s, finishReason()},
                                                       {u"stop_sequence"_s, QJsonValue()}}}};
            if (m_reply.usage)
                delta[u"usage"_s] = QJsonObject{{u"output_tokens"_s, m_tokens.size()}};
            addEvent("message_delta", delta);
            addEvent("message_stop", {{u"type"_s, u"message_stop"_s}});
            return;
        }
        addEvent({}, chunk({{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}));
        for (const QString &t : std::as_const(m_tokens))
            addEvent({}, chunk({{u"content"_s, t}}), true);
        for (int i = 0; i < m_reply.toolCalls.size(); ++i) {
            const FakeToolCall &c = m_reply.toolCalls.at(i);
            addEvent({},
                     chunk({{u"tool_calls"_s,
                             QJsonArray{QJsonObject{
                                     {u"index"_s, i},
                                     {u"id"_s, c.id},
                                     {u"type"_s, u"function"_s},
                                     {u"function"_s, QJsonObject{{u"name"_s, c.name},
                                                                 {u"arguments"_s, u""_s}}}}}}}),
                     true);
            const qsizetype half = c.arguments.size() / 2;
            for (const QString &part : {c.arguments.left(half), c.arguments.mid(half)})
                addEvent({},
                         chunk({{u"tool_calls"_s,
                                 QJsonArray{QJsonObject{
                                         {u"index"_s, i},
                                         {u"function"_s, QJsonObject{{u"arguments"_s, part}}}}}}}),
                         true);
        }
        addEvent({}, chunk(QJsonObject(), finishReason()));
        if (m_reply.usage && m_includeUsage) {
            QJsonObject last = chunk(QJsonObject());
            last[u"choices"_s] = QJsonArray();
            last[u"usage"_s] = openAiUsage();
            addEvent({}, last);
        }
        m_events.append({"data: [DONE]\n\n", false});
    }

    void writeChunk(const QByteArray &data)
    {
        m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    }

    void playNext()
    {
        if (m_closed)
            return;
        using K = FakeReply::Kind;
        const bool faulty = m_reply.kind == K::CutStream || m_reply.kind == K::ErrorAfter200
                            || m_reply.kind == K::Stall;
        if (faulty && m_tokensSent >= m_reply.cutAfterTokens) {
            m_tokensSent = 0;
            if (m_reply.kind == K::Stall)
                return; // hold the connection open, silent
            if (m_reply.kind == K::CutStream) {
                // Half of the next event, then the connection drops mid-chunk.
                const QByteArray next = m_next < m_events.size() ? m_events.at(m_next).first
                                                                 : QByteArray("data: {\"partial");
                m_socket->write(QByteArray::number(next.size(), 16) + "\r\n"
                                + next.left(next.size() / 2));
                m_socket->flush();
                m_socket->disconnectFromHost();
                return;
            }
            // ErrorAfter200
            if (m_anthropic)
                writeChunk("event: error\ndata: "
                           + json({{u"type"_s, u"error"_s},
                                   {u"error"_s, QJsonObject{{u"type"_s, u"overloaded_error"_s},
                                                            {u"message"_s, u"Overloaded"_s}}}})
                           + "\n\n");
            else
                writeChunk(
                        "data: "
                        + json({{u"error"_s,
                                 QJsonObject{
                                         {u"message"_s,
                                          u"The server had an error while processing your request."_s},
                                         {u"type"_s, u"server_error"_s}}}})
                        + "\n\n");
            finishStream();
            return;
        }
        if (m_next >= m_events.size()) {
            finishStream();
            return;
        }
        const auto &[data, token] = m_events.at(m_next++);
        writeChunk(data);
        if (token)
            ++m_tokensSent;
        const int delay = token ? m_reply.tokenDelayMs : 0;
        if (delay > 0)
            QTimer::singleShot(delay, this, [this] { playNext(); });
        else
            playNext();
    }

    void finishStream()
    {
        m_tokensSent = 0;
        m_socket->write("0\r\n\r\n");
        done();
    }

    FakeLlmServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    FakeReply m_reply;
    QByteArray m_requestId;
    QString m_model;
    QStringList m_tokens;
    QList<QPair<QByteArray, bool>> m_events; // SSE text, counts as a token
    qsizetype m_next = 0;
    qint64 m_inputTokens = 0;
    int m_tokensSent = 0;
    bool m_anthropic = false;
    bool m_stream = false;
    bool m_includeUsage = false;
    bool m_busy = false;
    bool m_closed = false;
};

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new Connection(this, socket);
    });
}

FakeLlmServer::~FakeLlmServer() = default;

bool FakeLlmServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 FakeLlmServer::port() const
{
    return m_server->serverPort();
}

QString FakeLlmServer::openAiBaseUrl() const
{
    return u"http://127.0.0.1:%1/v1"_s.arg(port());
}

QString FakeLlmServer::anthropicBaseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void FakeLlmServer::enqueue(const FakeReply &reply)
{
    m_script.append(reply);
}

FakeReply FakeLlmServer::nextReply()
{
    return m_script.isEmpty() ? m_default : m_script.takeFirst();
}

void FakeLlmServer::record(const RecordedRequest &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(int(m_requests.size()));
}

} // namespace Cutover::FakeLlm
