#include "core/providers/connectiontest.h"

#include "core/util/tr.h"

using namespace Qt::StringLiterals;

namespace Cutover {

ChatRequest connectionTestRequest()
{
    ChatRequest r;
    r.messages << ChatMessage::text(ChatRole::User, u"Reply with the single word OK."_s);
    r.params.maxTokens = 16;
    r.stream = false;
    return r;
}

QString describeConnectionTest(const Endpoint &endpoint, const ChatResult &result)
{
    const QString model = result.model.isEmpty() ? endpoint.model : result.model;
    switch (result.status) {
    case CallStatus::Ok:
        return CoreTr::tr("Connected: model %1 answered in %2 ms.")
                .arg(model)
                .arg(result.latencyMs);
    case CallStatus::Cancelled:
        return CoreTr::tr("The connection test was cancelled.");
    case CallStatus::Incomplete:
        return CoreTr::tr("Model %1 started to answer but the reply broke off: %2")
                .arg(model, result.errorMessage);
    case CallStatus::Error:
        break;
    }
    if (result.httpStatus == 401 || result.httpStatus == 403)
        return CoreTr::tr("The provider refused the key (HTTP %1): %2")
                .arg(result.httpStatus)
                .arg(result.errorMessage);
    if (result.httpStatus == 404)
        return CoreTr::tr("The provider does not know this URL or model (HTTP 404): %1")
                .arg(result.errorMessage);
    return CoreTr::tr("The connection test failed after %n attempt(s): %1", "", result.attempts)
            .arg(result.errorMessage);
}

} // namespace Cutover
