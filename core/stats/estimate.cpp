#include "core/stats/estimate.h"

#include "core/util/tr.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::Stats {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

Estimate scaled(const Estimate &estimate, double factor)
{
    Estimate out = estimate;
    out.value *= factor;
    out.low *= factor;
    out.high *= factor;
    return out;
}

QString statusKey(EstimateStatus status)
{
    switch (status) {
    case EstimateStatus::Ok:
        return u"ok"_s;
    case EstimateStatus::NotEnoughData:
        return u"not-enough-data"_s;
    case EstimateStatus::NoData:
        break;
    }
    return u"no-data"_s;
}

QString statusLabel(EstimateStatus status)
{
    switch (status) {
    case EstimateStatus::Ok:
        return CoreTr::tr("OK");
    case EstimateStatus::NotEnoughData:
        return CoreTr::tr("Not enough data");
    case EstimateStatus::NoData:
        break;
    }
    return CoreTr::tr("No data");
}

QJsonObject toJson(const Estimate &estimate)
{
    return QJsonObject{
            {u"value"_s, number(estimate.value)},      {u"low"_s, number(estimate.low)},
            {u"high"_s, number(estimate.high)},        {u"n"_s, estimate.n},
            {u"status"_s, statusKey(estimate.status)}, {u"confidence"_s, estimate.confidence},
    };
}

} // namespace Cutover::Stats
