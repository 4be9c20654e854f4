#include "core/endpoints/redact.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Cutover {

QString redactSecrets(const QString &text, const QStringList &knownSecrets)
{
    QString out = text;
    for (const QString &secret : knownSecrets) {
        if (secret.size() < 4)
            continue;
        out.replace(secret, kRedacted.toString());
        const QString b64 = QString::fromLatin1(secret.toUtf8().toBase64());
        out.replace(b64, kRedacted.toString());
    }
    // Header lines, JSON fields and query items: authorization / x-api-key / api-key.
    static const QRegularExpression header(
            uR"(((?:proxy-)?authorization|x-api-key|api[-_]key)("?\s*[:=]\s*"?)(?:(bearer|basic)\s+)?([^\s",;&]+))"_s,
            QRegularExpression::CaseInsensitiveOption);
    out.replace(header, u"\\1\\2\\3 "_s + kRedacted);
    out.replace(u"  "_s + kRedacted, u" "_s + kRedacted);
    static const QRegularExpression bearer(uR"((bearer)\s+([A-Za-z0-9._~+/=-]{8,}))"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, u"\\1 "_s + kRedacted);
    // Query items named key (Gemini-style ?key=...).
    static const QRegularExpression queryKey(uR"(([?&](?:key|token|access_token)=)([^&#\s"]+))"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    out.replace(queryKey, u"\\1"_s + kRedacted);
    static const QRegularExpression skKey(uR"(\bsk-[A-Za-z0-9_-]{8,})"_s);
    out.replace(skKey, kRedacted.toString());
    return out;
}

} // namespace Cutover
