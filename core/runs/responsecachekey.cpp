#include "core/runs/responsecachekey.h"

#include "core/providers/protocol.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Cutover::ResponseCacheKey {

QString compute(const Endpoint &endpoint, const ChatRequest &request)
{
    ChatRequest normalized = request;
    normalized.stream = true;
    const std::unique_ptr<ProtocolAdapter> adapter = ProtocolAdapter::create(endpoint.protocol);
    QString baseUrl = endpoint.baseUrl.trimmed();
    while (baseUrl.endsWith(u'/'))
        baseUrl.chop(1);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(endpointProtocolKey(endpoint.protocol).toUtf8());
    hash.addData("\n");
    hash.addData(baseUrl.toUtf8());
    hash.addData("\n");
    hash.addData(adapter->buildBody(endpoint, normalized));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Cutover::ResponseCacheKey
