#include "core/report/reportstyle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cutover::ReportStyle {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Report)
};

} // namespace

QString dayCount(int days)
{
    const int n = qMax(days, 1); // a phase lasts at least a day
    return n == 1 ? Tr::tr("%n day", nullptr, n) : Tr::tr("%n days", nullptr, n);
}

QStringList fontFamilies()
{
    return {u"Noto Sans"_s, u"DejaVu Sans"_s, u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s};
}

QFont font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    // Hinting snaps glyphs to a device grid that a PDF does not have.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fi" set as U+FB01 reads back as "ﬁ" from the PDF's text
    // layer, so a search for "file" would not find it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QColor accent()
{
    return QColor(0x1f, 0x3a, 0x5f);
}

QColor textMuted()
{
    return QColor(0x5f, 0x68, 0x75);
}

QColor rule()
{
    return QColor(0xc5, 0xcc, 0xd6);
}

QColor headerFill()
{
    return QColor(0xe8, 0xed, 0xf3);
}

QColor phaseColor(PhaseStatus status)
{
    switch (status) {
    case PhaseStatus::Planned:
        return QColor(0x8f, 0xa9, 0xc8);
    case PhaseStatus::InProgress:
        return QColor(0x2f, 0x6f, 0xb5);
    case PhaseStatus::Done:
        return QColor(0x3c, 0x9a, 0x5f);
    case PhaseStatus::Blocked:
        return QColor(0xc6, 0x3d, 0x3d);
    }
    return QColor(Qt::gray);
}

QColor scopeColor(ScopeStatus status)
{
    switch (status) {
    case ScopeStatus::NotStarted:
        return textMuted();
    case ScopeStatus::InProgress:
        return QColor(0x2f, 0x6f, 0xb5);
    case ScopeStatus::Done:
        return QColor(0x2e, 0x7d, 0x4a);
    case ScopeStatus::Blocked:
        return QColor(0xb3, 0x2d, 0x2d);
    case ScopeStatus::OutOfScope:
        return QColor(0x8a, 0x8a, 0x8a);
    }
    return textMuted();
}

// Levels as in PlanLabels::riskLevel: Low < 5 <= Medium < 10 <= High < 15 <= Critical.
QColor riskFill(int score)
{
    if (score >= 15)
        return QColor(0xf2, 0x9e, 0x9e);
    if (score >= 10)
        return QColor(0xf9, 0xc8, 0x96);
    if (score >= 5)
        return QColor(0xfb, 0xe9, 0xa4);
    return QColor(0xcf, 0xea, 0xc8);
}

QColor riskInk(int score)
{
    if (score >= 15)
        return QColor(0x8b, 0x1a, 0x1a);
    if (score >= 10)
        return QColor(0x9a, 0x4a, 0x08);
    if (score >= 5)
        return QColor(0x7a, 0x5c, 0x00);
    return QColor(0x2e, 0x6b, 0x2e);
}

QColor baselineColor()
{
    return QColor(0x6b, 0x7f, 0x99);
}

QColor candidateColor()
{
    return QColor(0xd9, 0x82, 0x2b);
}

QColor verdictColor(Stats::VerdictOutcome outcome)
{
    switch (outcome) {
    case Stats::VerdictOutcome::Met:
        return QColor(0x2e, 0x7d, 0x4a);
    case Stats::VerdictOutcome::NotMet:
        return QColor(0xb3, 0x2d, 0x2d);
    case Stats::VerdictOutcome::Inconclusive:
        break;
    }
    return QColor(0x9a, 0x4a, 0x08);
}

} // namespace Cutover::ReportStyle
