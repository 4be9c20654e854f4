#include "core/providers/providerclient.h"

#include "core/endpoints/redact.h"
#include "core/endpoints/secretstore.h"
#include "core/providers/endpointgate.h"
#include "core/util/tr.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProviders, "cutover.providers", QtInfoMsg)

namespace Cutover {
namespace {
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
} // namespace

ProviderClient::ProviderClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

void ProviderClient::setRateWindowMs(qint64 ms)
{
    m_windowMs = ms;
    for (EndpointGate *g : std::as_const(m_gates))
        g->setWindowMs(ms);
}

EndpointGate *ProviderClient::gate(const Endpoint &endpoint)
{
    const QString key = endpoint.name + u'\n' + endpoint.baseUrl;
    EndpointGate *&g = m_gates[key];
    if (!g) {
        g = new EndpointGate(this);
        g->setWindowMs(m_windowMs);
    }
    g->setLimits(endpoint.limits.maxConcurrent, endpoint.limits.requestsPerMinute);
    return g;
}

ChatCall *ProviderClient::chat(const Endpoint &endpoint, const QString &apiKey,
                               const ChatRequest &request)
{
    auto *call = new ChatCall(m_nam, gate(endpoint), m_retry, endpoint, apiKey, request, this);
    QTimer::singleShot(0, call, &ChatCall::start);
    return call;
}

ChatCall *ProviderClient::chat(const Endpoint &endpoint, SecretStore *secrets,
                               const ChatRequest &request)
{
    auto *call = new ChatCall(m_nam, gate(endpoint), m_retry, endpoint, QString(), request, this);
    call->resolveKeyThenStart(secrets);
    return call;
}

void ChatCall::resolveKeyThenStart(SecretStore *secrets)
{
    secrets->resolve(m_endpoint.keyRef, this, [this](Result<QString> key) {
        if (m_finished)
            return;
        if (!key.ok()) {
            finish(CallStatus::Error, key.error().message);
            return;
        }
        m_apiKey = key.value();
        start();
    });
}

ChatCall::ChatCall(QNetworkAccessManager *nam, EndpointGate *gate, RetryConfig retry,
                   Endpoint endpoint, QString apiKey, ChatRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_gate(gate)
    , m_retry(std::move(retry))
    , m_endpoint(std::move(endpoint))
    , m_apiKey(std::move(apiKey))
    , m_request(std::move(request))
{
    for (QTimer *t : {&m_connectTimer, &m_idleTimer, &m_overallTimer, &m_backoffTimer})
        t->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Connect); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Idle); });
    connect(&m_overallTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Overall); });
    connect(&m_backoffTimer, &QTimer::timeout, this, &ChatCall::startAttempt);
    m_callClock.start();
}

ChatCall::~ChatCall()
{
    dropReply();
    if (m_gate && m_ticket)
        m_gate->cancelWait(m_ticket);
}

QString ChatCall::host() const
{
    const QUrl url = chatUrl(m_endpoint);
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

void ChatCall::start()
{
    if (m_finished)
        return;
    const auto adapter = ProtocolAdapter::create(m_endpoint.protocol);
    m_body = adapter->buildBody(m_endpoint, m_request);
    startAttempt();
}

void ChatCall::startAttempt()
{
    if (m_finished)
        return;
    ++m_attempt;
    m_adapter = ProtocolAdapter::create(m_endpoint.protocol);
    m_folder = ResultFolder();
    m_sse = SseDecoder();
    m_responseBody.clear();
    m_headers.clear();
    m_status = 0;
    m_sseMode = false;
    m_headersSeen = false;
    m_timedOut = Timeout::None;
    m_result.ttftMs.reset();
    Q_EMIT attemptStarted(m_attempt);
    if (!m_gate) {
        send();
        return;
    }
    m_ticket = m_gate->acquire([this] {
        m_ticket = 0;
        m_holdsSlot = true;
        send();
    });
}

void ChatCall::send()
{
    QNetworkRequest req(chatUrl(m_endpoint));
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setRawHeader("Accept", m_request.stream ? "text/event-stream" : "application/json");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    const HeaderList headers = m_adapter->headers(m_apiKey);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    m_attemptClock.start();
    m_reply = m_nam->post(req, m_body);
    qCInfo(lcProviders).noquote() << redactSecrets(
            u"attempt %1 POST %2 model %3"_s.arg(m_attempt).arg(chatUrl(m_endpoint).toString(),
                                                                m_endpoint.model),
            {m_apiKey});
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ChatCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer.stop();
        m_idleTimer.start();
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_idleTimer.start(); });
    m_connectTimer.start(m_endpoint.limits.connectTimeoutMs);
    m_idleTimer.start(m_endpoint.limits.idleTimeoutMs); // restarted by every sign of progress
    m_overallTimer.start(m_endpoint.limits.overallTimeoutMs);
}

void ChatCall::onMetaData()
{
    m_idleTimer.start();
    m_connectTimer.stop();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = m_reply->rawHeaderPairs();
    QString requestId;
    for (const auto &h : std::as_const(m_headers)) {
        if (h.first.compare("x-request-id", Qt::CaseInsensitive) == 0
            || h.first.compare("request-id", Qt::CaseInsensitive) == 0)
            requestId = QString::fromLatin1(h.second);
    }
    m_result.requestId = requestId;
    if (!m_headersSeen) // metaDataChanged can come more than once per reply
        m_requestIds << requestId;
    else
        m_requestIds.last() = requestId;
    m_headersSeen = true;
    const QByteArray type
            = m_reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1();
    m_sseMode = m_status >= 200 && m_status < 300 && m_request.stream
                && type.contains("text/event-stream");
    qCInfo(lcProviders).noquote()
            << u"attempt %1 HTTP %2 request-id %3"_s.arg(m_attempt).arg(m_status).arg(
                       redactSecrets(requestId, {m_apiKey}));
}

void ChatCall::deliver(const QList<StreamEvent> &events)
{
    for (const StreamEvent &e : events) {
        const bool content = e.kind == StreamEvent::Kind::TextDelta
                             || e.kind == StreamEvent::Kind::ReasoningDelta
                             || e.kind == StreamEvent::Kind::ToolCallDelta;
        if (content && !m_result.ttftMs)
            m_result.ttftMs = m_attemptClock.elapsed();
        m_folder.add(e);
        if (e.kind != StreamEvent::Kind::Error)
            Q_EMIT event(e);
    }
}

void ChatCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_idleTimer.start();
    if (!m_sseMode) {
        m_responseBody += m_reply->readAll();
        if (m_responseBody.size() > kMaxBodyBytes) {
            dropReply();
            failAttempt(0,
                        CoreTr::tr("The response from %1 is larger than %2 MB.")
                                .arg(host())
                                .arg(kMaxBodyBytes / (1024 * 1024)),
                        false, false);
        }
        return;
    }
    const QByteArray bytes = m_reply->readAll();
    QList<StreamEvent> events;
    const QList<SseEvent> sse = m_sse.feed(bytes);
    for (const SseEvent &s : sse)
        m_adapter->onSseEvent(s, events);
    deliver(events);
    if (m_sse.overflowed()) {
        dropReply();
        failAttempt(0,
                    CoreTr::tr("The stream from %1 sent an event larger than %2 MB.")
                            .arg(host())
                            .arg(SseDecoder::kMaxEventBytes / (1024 * 1024)),
                    false, false);
        return;
    }
    if (m_folder.hasError()) {
        // An error event after HTTP 200: the attempt failed, whatever came before.
        const StreamEvent err = m_folder.error();
        dropReply();
        failAttempt(0,
                    CoreTr::tr("%1 reported an error during the stream: %2").arg(host(), err.text),
                    false, err.retryable);
    }
}

void ChatCall::onReplyFinished()
{
    if (!m_reply)
        return;
    onReadyRead();
    if (!m_reply)
        return; // failed while reading
    const QNetworkReply::NetworkError netError = m_reply->error();
    const QString netMessage = m_reply->errorString();
    dropReply();

    if (m_status == 0) {
        failAttempt(0, CoreTr::tr("Could not reach %1: %2").arg(host(), netMessage), false, true);
        return;
    }
    if (m_status < 200 || m_status >= 300) {
        const ProviderErrorInfo info = parseProviderError(m_responseBody);
        failAttempt(
                m_status,
                CoreTr::tr("%1 answered HTTP %2: %3").arg(host()).arg(m_status).arg(info.message),
                info.quota, isRetryableStatus(m_status));
        return;
    }
    if (m_sseMode) {
        if (m_adapter->streamComplete()) {
            finish(CallStatus::Ok);
            return;
        }
        const QString why
                = netError != QNetworkReply::NoError
                          ? CoreTr::tr("The stream from %1 broke off: %2").arg(host(), netMessage)
                          : CoreTr::tr("The stream from %1 ended before it was complete.")
                                    .arg(host());
        if (m_folder.hasContent()) {
            finish(CallStatus::Incomplete, why);
            return;
        }
        failAttempt(0, why, false, true);
        return;
    }
    if (netError != QNetworkReply::NoError) { // the body broke off
        failAttempt(0, CoreTr::tr("The response from %1 broke off: %2").arg(host(), netMessage),
                    false, true);
        return;
    }
    // A whole JSON body (non-streaming, or a server that ignored stream: true).
    const Result<QList<StreamEvent>> events = m_adapter->parseResponse(m_responseBody);
    if (!events) {
        failAttempt(m_status, events.error().message, false, false);
        return;
    }
    deliver(events.value());
    if (m_folder.hasError()) {
        const StreamEvent err = m_folder.error();
        failAttempt(0, CoreTr::tr("%1 reported an error: %2").arg(host(), err.text), false,
                    err.retryable);
        return;
    }
    finish(CallStatus::Ok);
}

void ChatCall::onTimeout(Timeout which)
{
    if (!m_reply || m_finished)
        return;
    m_timedOut = which;
    dropReply();
    const int seconds = which == Timeout::Connect ? m_endpoint.limits.connectTimeoutMs
                        : which == Timeout::Idle  ? m_endpoint.limits.idleTimeoutMs
                                                  : m_endpoint.limits.overallTimeoutMs;
    const QString secs = QString::number(seconds / 1000.0, 'g', 3);
    QString why;
    switch (which) {
    case Timeout::Connect:
        why = CoreTr::tr("Could not send the request to %1 within %2 s.").arg(host(), secs);
        break;
    case Timeout::Idle:
        why = CoreTr::tr("%1 sent nothing for %2 s (idle timeout).").arg(host(), secs);
        break;
    case Timeout::Overall:
    case Timeout::None:
        why = CoreTr::tr("The request to %1 took longer than %2 s.").arg(host(), secs);
        break;
    }
    if (m_sseMode && m_folder.hasContent()) {
        finish(CallStatus::Incomplete, why); // a stream cut after it started is not retried
        return;
    }
    failAttempt(0, why, false, true);
}

void ChatCall::failAttempt(int httpStatus, const QString &message, bool quota, bool retryable)
{
    qCInfo(lcProviders).noquote() << redactSecrets(
            u"attempt %1 failed: %2"_s.arg(m_attempt).arg(message), {m_apiKey});
    m_result.httpStatus = httpStatus;
    // For transport failures the status passed to the policy decides retryability.
    const int policyStatus = httpStatus != 0 ? httpStatus : (retryable ? 0 : 400);
    const RetryDecision d = decideRetry(m_retry, m_attempt - 1, policyStatus,
                                        httpStatus != 0 ? m_headers : HeaderList{}, quota,
                                        QDateTime::currentDateTimeUtc());
    if (d.retry) {
        m_backoffTimer.start(int(d.delayMs));
        return;
    }
    QString text = message;
    if (d.rateLimitedUntil) {
        m_result.rateLimitedUntil = *d.rateLimitedUntil;
        text = quota ? CoreTr::tr("The quota at %1 is used up: %2").arg(host(), message)
                     : CoreTr::tr("%1 is rate-limited until %2: %3")
                               .arg(host(), d.rateLimitedUntil->toLocalTime().toString(Qt::ISODate),
                                    message);
    }
    finish(CallStatus::Error, text);
}

void ChatCall::cancel()
{
    if (m_finished)
        return;
    dropReply();
    m_backoffTimer.stop();
    if (m_gate && m_ticket) {
        m_gate->cancelWait(m_ticket);
        m_ticket = 0;
    }
    finish(CallStatus::Cancelled, CoreTr::tr("The request was cancelled."));
}

void ChatCall::dropReply()
{
    m_connectTimer.stop();
    m_idleTimer.stop();
    m_overallTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    if (m_holdsSlot) {
        m_holdsSlot = false;
        if (m_gate)
            m_gate->release();
    }
}

void ChatCall::finish(CallStatus status, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    dropReply();
    ChatResult r = m_folder.result();
    r.status = status;
    r.ttftMs = m_result.ttftMs;
    r.latencyMs = m_callClock.elapsed();
    r.attempts = m_attempt;
    r.httpStatus = m_status != 0 ? m_status : m_result.httpStatus;
    r.requestId = m_result.requestId;
    r.attemptRequestIds = m_requestIds;
    r.rateLimitedUntil = m_result.rateLimitedUntil;
    r.cost = costOf(r.usage, m_endpoint.prices);
    r.errorMessage = redactSecrets(error, {m_apiKey});
    m_result = r;
    qCInfo(lcProviders).noquote() << redactSecrets(
            u"call finished: %1 after %2 attempt(s), %3 ms %4"_s.arg(callStatusKey(status))
                    .arg(m_attempt)
                    .arg(r.latencyMs)
                    .arg(r.errorMessage),
            {m_apiKey});
    Q_EMIT finished(m_result);
}

} // namespace Cutover
