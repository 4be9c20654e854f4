#include "core/providers/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

QByteArray header(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    const QString text = QString::fromLatin1(value).trimmed();
    for (const QString &fmt : {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s,
                               u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s, u"ddd MMM d HH:mm:ss yyyy"_s}) {
        QDateTime dt = QLocale::c().toDateTime(text, fmt);
        if (dt.isValid()) {
            dt.setTimeZone(QTimeZone::utc());
            return dt;
        }
    }
    return std::nullopt;
}

} // namespace

bool isRetryableStatus(int s)
{
    return s == 0 || s == 408 || s == 409 || s == 429 || s >= 500;
}

std::optional<qint64> retryAfterMs(const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QDateTime &now)
{
    if (const QByteArray ms = header(headers, "retry-after-ms"); !ms.isEmpty()) {
        bool ok = false;
        const double v = ms.toDouble(&ok);
        if (ok && std::isfinite(v) && v >= 0)
            return qint64(v);
    }
    const QByteArray ra = header(headers, "retry-after");
    if (ra.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = ra.toDouble(&ok);
    if (ok && std::isfinite(seconds) && seconds >= 0)
        return qint64(seconds * 1000);
    if (const auto date = parseHttpDate(ra))
        return std::max<qint64>(0, now.msecsTo(*date));
    return std::nullopt;
}

qint64 backoffDelayMs(const RetryConfig &config, int retriesDone)
{
    const double base = std::min(double(config.backoffBaseMs) * std::pow(2.0, retriesDone),
                                 double(config.backoffMaxMs));
    const double j = config.jitter ? config.jitter() : QRandomGenerator::global()->generateDouble();
    return qint64(base * (1.0 - 0.25 * std::clamp(j, 0.0, 1.0)));
}

RetryDecision decideRetry(const RetryConfig &config, int retriesDone, int httpStatus,
                          const QList<QPair<QByteArray, QByteArray>> &headers, bool quota,
                          const QDateTime &now)
{
    RetryDecision d;
    const std::optional<qint64> after = retryAfterMs(headers, now);
    if (quota) {
        d.rateLimitedUntil = now.addMSecs(after.value_or(0));
        return d;
    }
    const QByteArray should = header(headers, "x-should-retry").toLower();
    bool retryable = isRetryableStatus(httpStatus);
    if (should == "true")
        retryable = true;
    else if (should == "false")
        retryable = false;
    if (!retryable)
        return d;
    if (after && *after > config.maxHonouredRetryAfterMs) {
        d.rateLimitedUntil = now.addMSecs(*after);
        return d;
    }
    if (retriesDone >= config.maxRetries)
        return d;
    d.retry = true;
    d.delayMs = (after && *after > 0) ? *after : backoffDelayMs(config, retriesDone);
    return d;
}

} // namespace Cutover
