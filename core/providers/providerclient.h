#pragma once

#include "core/endpoints/endpoint.h"
#include "core/providers/chattypes.h"
#include "core/providers/protocol.h"
#include "core/providers/resultfolder.h"
#include "core/providers/retrypolicy.h"
#include "core/providers/ssedecoder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Cutover {

class EndpointGate;
class ProviderClient;
class SecretStore;

// One chat call: its attempts, their events and one final result. Created by
// ProviderClient::chat(); owned by the client until the caller takes it
// (the caller should deleteLater() it after finished()).
class ChatCall final : public QObject
{
    Q_OBJECT

public:
    ~ChatCall() override;

    // Aborts the call; finished() with status Cancelled follows at once.
    void cancel();

    bool isFinished() const { return m_finished; }
    const ChatResult &result() const { return m_result; }

Q_SIGNALS:
    // attempt counts from 1. Events delivered before attemptStarted(n > 1)
    // belong to an attempt that failed and was retried: discard them.
    void attemptStarted(int attempt);
    void event(const Cutover::StreamEvent &event);
    void finished(const Cutover::ChatResult &result);

private:
    friend class ProviderClient;
    ChatCall(QNetworkAccessManager *nam, EndpointGate *gate, RetryConfig retry, Endpoint endpoint,
             QString apiKey, ChatRequest request, QObject *parent);
    void resolveKeyThenStart(SecretStore *secrets);

    enum class Timeout { None, Connect, Idle, Overall };
    void start();
    void startAttempt();
    void send();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout(Timeout which);
    void deliver(const QList<StreamEvent> &events);
    void failAttempt(int httpStatus, const QString &message, bool quota, bool retryable);
    void finish(CallStatus status, const QString &error = {});
    void dropReply();
    QString host() const;

    QNetworkAccessManager *m_nam;
    QPointer<EndpointGate> m_gate;
    RetryConfig m_retry;
    Endpoint m_endpoint;
    QString m_apiKey;
    ChatRequest m_request;
    QByteArray m_body;

    std::unique_ptr<ProtocolAdapter> m_adapter;
    ResultFolder m_folder;
    SseDecoder m_sse;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_responseBody;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_status = 0;
    bool m_sseMode = false;
    bool m_headersSeen = false;
    bool m_holdsSlot = false;
    quint64 m_ticket = 0;
    Timeout m_timedOut = Timeout::None;
    int m_attempt = 0;
    QElapsedTimer m_callClock;
    QElapsedTimer m_attemptClock;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    QTimer m_overallTimer;
    QTimer m_backoffTimer;
    ChatResult m_result;
    QStringList m_requestIds;
    bool m_finished = false;
};

// Sends neutral chat requests to endpoints over the given network access
// manager, with the endpoint's limits (a gate per endpoint name) and the
// SDKs' retry rules. Everything is asynchronous; nothing blocks.
class ProviderClient final : public QObject
{
    Q_OBJECT

public:
    explicit ProviderClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setRetryConfig(RetryConfig config) { m_retry = std::move(config); }
    const RetryConfig &retryConfig() const { return m_retry; }
    // Length of the requests-per-minute window; 60000 except in tests.
    void setRateWindowMs(qint64 ms);

    // Starts a call. `apiKey` is the resolved key (SecretStore) or empty; it is
    // redacted from every message the call produces. The call starts from the
    // event loop, so connect to its signals right away.
    ChatCall *chat(const Endpoint &endpoint, const QString &apiKey, const ChatRequest &request);
    // The same, resolving the endpoint's key reference through `secrets` first;
    // a key that cannot be resolved ends the call with status Error and
    // attempts 0, before anything is sent.
    ChatCall *chat(const Endpoint &endpoint, SecretStore *secrets, const ChatRequest &request);

    EndpointGate *gate(const Endpoint &endpoint);

private:
    QNetworkAccessManager *m_nam;
    RetryConfig m_retry;
    QHash<QString, EndpointGate *> m_gates;
    qint64 m_windowMs = 60000;
};

} // namespace Cutover
