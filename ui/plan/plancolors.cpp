#include "ui/plan/plancolors.h"

#include <QPainter>
#include <QPixmap>

namespace Cutover::PlanColors {

QColor phaseStatus(PhaseStatus status)
{
    switch (status) {
    case PhaseStatus::Planned:
        return QColor(0x8c, 0x9e, 0xb5);
    case PhaseStatus::InProgress:
        return QColor(0x2f, 0x7d, 0xd1);
    case PhaseStatus::Done:
        return QColor(0x3a, 0xa5, 0x5d);
    case PhaseStatus::Blocked:
        return QColor(0xd6, 0x45, 0x45);
    }
    return QColor(Qt::gray);
}

QColor scopeStatus(ScopeStatus status)
{
    switch (status) {
    case ScopeStatus::NotStarted:
        return QColor(0x8c, 0x9e, 0xb5);
    case ScopeStatus::InProgress:
        return QColor(0x2f, 0x7d, 0xd1);
    case ScopeStatus::Done:
        return QColor(0x3a, 0xa5, 0x5d);
    case ScopeStatus::Blocked:
        return QColor(0xd6, 0x45, 0x45);
    case ScopeStatus::OutOfScope:
        return QColor(0xc8, 0xc8, 0xc8);
    }
    return QColor(Qt::gray);
}

QColor riskScore(int score)
{
    // Same bands as PlanLabels::riskLevel.
    if (score >= 15)
        return QColor(0xe0, 0x4f, 0x4f);
    if (score >= 10)
        return QColor(0xf0, 0x93, 0x3e);
    if (score >= 5)
        return QColor(0xf2, 0xd0, 0x5a);
    return QColor(0x86, 0xc9, 0x7d);
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace Cutover::PlanColors
