#include "ui/metrics/verdictstyle.h"

#include "core/plan/planlabels.h"
#include "ui/metrics/figureformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Cutover::VerdictStyle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::VerdictStyle)
};

QString unitSuffix(const Target &target)
{
    switch (target.reference) {
    case TargetReference::BaselinePercent:
        return u" %"_s;
    case TargetReference::BaselinePoints:
        return Tr::tr(" points");
    case TargetReference::Absolute:
        break;
    }
    return target.unit.isEmpty() ? QString() : u" "_s + target.unit;
}

} // namespace

QColor color(Stats::VerdictOutcome outcome)
{
    switch (outcome) {
    case Stats::VerdictOutcome::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case Stats::VerdictOutcome::NotMet:
        return QColor(0xc6, 0x28, 0x28);
    case Stats::VerdictOutcome::Inconclusive:
        break;
    }
    return QColor(0xf9, 0xa8, 0x25);
}

QColor notJudgedColor()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor color(const Metrics::ObjectiveVerdict &verdict)
{
    return verdict.verdict ? color(verdict.verdict->outcome) : notJudgedColor();
}

QIcon badge(const QColor &c)
{
    static QHash<QRgb, QIcon> cache;
    if (const auto it = cache.constFind(c.rgba()); it != cache.cend())
        return it.value();
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(c.darker(130));
    painter.setBrush(c);
    painter.drawRoundedRect(QRectF(1.5, 2.5, 25, 11), 5.5, 5.5);
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(c.rgba(), icon);
    return icon;
}

QString label(const Metrics::ObjectiveVerdict &verdict)
{
    return verdict.verdict ? Stats::verdictLabel(verdict.verdict->outcome) : Tr::tr("Not judged");
}

QString detail(const Metrics::ObjectiveVerdict &verdict)
{
    if (!verdict.verdict) {
        return verdict.notJudgedReason.isEmpty() ? Tr::tr("This target cannot be measured "
                                                          "from run results.")
                                                 : verdict.notJudgedReason;
    }
    const Stats::Estimate &e = verdict.verdict->interval;
    return Tr::tr("Target: %1\nMeasured: %2")
            .arg(PlanLabels::describe(verdict.target),
                 FigureFormat::estimateWithN(e, 2, unitSuffix(verdict.target)));
}

} // namespace Cutover::VerdictStyle
