#include "core/metrics/metricsformat.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::Metrics::Format {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Metrics)
};

} // namespace

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return u"—"_s;
    return QString::number(value, 'f', decimals);
}

QString figure(const Stats::Estimate &e, int decimals, const QString &unit)
{
    const QString u = unit.isEmpty() ? QString() : u" "_s + unit;
    switch (e.status) {
    case Stats::EstimateStatus::NoData:
        return Tr::tr("no data");
    case Stats::EstimateStatus::NotEnoughData:
        if (!std::isfinite(e.value))
            return Tr::tr("not enough data (n = %1)").arg(e.n);
        return Tr::tr("%1%2 (n = %3, not enough data)").arg(number(e.value, decimals), u).arg(e.n);
    case Stats::EstimateStatus::Ok:
        break;
    }
    if (!e.hasInterval())
        return number(e.value, decimals) + u;
    return Tr::tr("%1%2 [%3, %4]")
            .arg(number(e.value, decimals), u, number(e.low, decimals), number(e.high, decimals));
}

QString percent(const Stats::Estimate &rate)
{
    return figure(Stats::scaled(rate, 100.0), 1, u"%"_s);
}

QString seconds(const Stats::Estimate &ms)
{
    return figure(Stats::scaled(ms, 0.001), 3, u"s"_s);
}

QString pValue(const Stats::TestResult &t)
{
    if (t.status == Stats::EstimateStatus::NoData || !std::isfinite(t.pValue))
        return Tr::tr("no data");
    const QString p = t.pValue < 0.0001 ? u"p < 0.0001"_s : u"p = "_s + number(t.pValue, 4);
    if (t.status == Stats::EstimateStatus::NotEnoughData)
        return Tr::tr("%1 (not enough data, n = %2)").arg(p).arg(t.n);
    return p;
}

QString winTieLoss(const Stats::WinTieLoss &w)
{
    return Tr::tr("%1 wins, %2 ties, %3 losses; sign test %4")
            .arg(w.wins)
            .arg(w.ties)
            .arg(w.losses)
            .arg(pValue(w.signTest));
}

QString verdictUnit(const Target &t)
{
    switch (t.reference) {
    case TargetReference::BaselinePercent:
        return u"%"_s;
    case TargetReference::BaselinePoints:
        return Tr::tr("points");
    case TargetReference::Absolute:
        break;
    }
    return t.unit;
}

} // namespace Cutover::Metrics::Format
