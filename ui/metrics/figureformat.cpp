#include "ui/metrics/figureformat.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::FigureFormat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::FigureFormat)
};

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

QString estimate(const Stats::Estimate &e, int decimals, const QString &unit)
{
    switch (e.status) {
    case Stats::EstimateStatus::Ok:
        if (e.hasInterval()) {
            //: value, unit, [low, high]
            return Tr::tr("%1%2 [%3, %4]")
                    .arg(number(e.value, decimals), unit, number(e.low, decimals),
                         number(e.high, decimals));
        }
        return number(e.value, decimals) + unit;
    case Stats::EstimateStatus::NotEnoughData:
        if (std::isfinite(e.value)) {
            return Tr::tr("%1%2 (not enough data, n = %3)")
                    .arg(number(e.value, decimals), unit)
                    .arg(e.n);
        }
        return Tr::tr("not enough data (n = %1)").arg(e.n);
    case Stats::EstimateStatus::NoData:
        break;
    }
    return Tr::tr("no data");
}

QString estimateWithN(const Stats::Estimate &e, int decimals, const QString &unit)
{
    if (e.status != Stats::EstimateStatus::Ok)
        return estimate(e, decimals, unit);
    return Tr::tr("%1 · n = %2").arg(estimate(e, decimals, unit)).arg(e.n);
}

QString test(const Stats::TestResult &t, const QString &name)
{
    if (t.status == Stats::EstimateStatus::Ok && std::isfinite(t.pValue))
        return Tr::tr("p = %1 (%2, n = %3)").arg(number(t.pValue, 3), name).arg(t.n);
    if (t.status == Stats::EstimateStatus::NotEnoughData)
        return Tr::tr("%1: not enough data (n = %2)").arg(name).arg(t.n);
    return Tr::tr("%1: no data").arg(name);
}

QString plain(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QString();
}

} // namespace Cutover::FigureFormat
