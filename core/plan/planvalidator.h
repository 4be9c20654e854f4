#pragma once

#include "core/plan/plan.h"
#include "core/plan/plandocument.h"

#include <QList>
#include <QString>

namespace Cutover {

// A gap in the plan worth a reviewer's attention. Hints never block editing.
struct PlanHint
{
    enum class Severity { Info, Warning };
    enum class Kind {
        ObjectiveWithoutTarget,
        RiskWithoutMitigation,
        HighRiskWithoutOwner,
        NoRollbackTrigger,
        NoRollbackStep,
        OverlappingPhases,
        PhaseStartsBeforeDependency,
        PhaseWithoutStart,
        NoObjectives,
    };

    Kind kind;
    Severity severity = Severity::Warning;
    PlanDocument::Section section;
    qint64 itemId = 0; // the objective, risk or phase concerned; 0 for the whole section
    QString message;   // translated

    friend bool operator==(const PlanHint &, const PlanHint &) = default;
};

QList<PlanHint> validatePlan(const Plan &plan);

} // namespace Cutover
