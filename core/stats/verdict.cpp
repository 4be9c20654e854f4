#include "core/stats/verdict.h"

#include "core/util/tr.h"

using namespace Qt::StringLiterals;

namespace Cutover::Stats {

namespace {

bool satisfies(double x, Comparison comparison, double value)
{
    switch (comparison) {
    case Comparison::LessOrEqual:
        return x <= value;
    case Comparison::Less:
        return x < value;
    case Comparison::GreaterOrEqual:
        return x >= value;
    case Comparison::Greater:
        return x > value;
    case Comparison::Equal:
        break;
    }
    return x == value;
}

} // namespace

Verdict judge(const Target &target, const Estimate &measured)
{
    Verdict verdict;
    verdict.interval = measured;
    if (!measured.isOk() || !measured.hasInterval() || measured.low > measured.high)
        return verdict;
    const double low = measured.low;
    const double high = measured.high;
    const double value = target.value;
    if (target.comparison == Comparison::Equal) {
        if (low == value && high == value)
            verdict.outcome = VerdictOutcome::Met;
        else if (high < value || low > value)
            verdict.outcome = VerdictOutcome::NotMet;
        return verdict;
    }
    // The comparisons are monotone in x, so the interval's ends decide.
    const bool lowOk = satisfies(low, target.comparison, value);
    const bool highOk = satisfies(high, target.comparison, value);
    if (lowOk && highOk)
        verdict.outcome = VerdictOutcome::Met;
    else if (!lowOk && !highOk)
        verdict.outcome = VerdictOutcome::NotMet;
    return verdict;
}

QJsonObject toJson(const Verdict &verdict)
{
    return QJsonObject{
            {u"verdict"_s, verdictKey(verdict.outcome)},
            {u"interval"_s, toJson(verdict.interval)},
    };
}

QString verdictKey(VerdictOutcome outcome)
{
    switch (outcome) {
    case VerdictOutcome::Met:
        return u"met"_s;
    case VerdictOutcome::NotMet:
        return u"not-met"_s;
    case VerdictOutcome::Inconclusive:
        break;
    }
    return u"inconclusive"_s;
}

QString verdictLabel(VerdictOutcome outcome)
{
    switch (outcome) {
    case VerdictOutcome::Met:
        return CoreTr::tr("Met");
    case VerdictOutcome::NotMet:
        return CoreTr::tr("Not met");
    case VerdictOutcome::Inconclusive:
        break;
    }
    return CoreTr::tr("Inconclusive");
}

} // namespace Cutover::Stats
