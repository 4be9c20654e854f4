#include "core/plan/planvalidator.h"

#include <QCoreApplication>
#include <QHash>

namespace Cutover {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::PlanValidator)
};

QString nameOr(const QString &name, const QString &fallback)
{
    return name.trimmed().isEmpty() ? fallback : name.trimmed();
}

} // namespace

QList<PlanHint> validatePlan(const Plan &plan)
{
    using Kind = PlanHint::Kind;
    using Severity = PlanHint::Severity;
    QList<PlanHint> hints;

    if (plan.objectives.isEmpty()) {
        hints.append({Kind::NoObjectives, Severity::Info, PlanDocument::Objectives, 0,
                      Tr::tr("The plan has no objectives yet: say what the migration must "
                             "achieve.")});
    }
    for (const Objective &o : plan.objectives) {
        if (!o.target) {
            hints.append({Kind::ObjectiveWithoutTarget, Severity::Warning, PlanDocument::Objectives,
                          o.id,
                          Tr::tr("Objective \"%1\" has no measurable target.")
                                  .arg(nameOr(o.title, Tr::tr("(untitled)")))});
        }
    }

    for (const Risk &r : plan.risks) {
        const QString name = nameOr(r.description, Tr::tr("(undescribed)"));
        if (r.mitigation.trimmed().isEmpty()) {
            hints.append({Kind::RiskWithoutMitigation, Severity::Warning, PlanDocument::Risks, r.id,
                          Tr::tr("Risk \"%1\" has no mitigation.").arg(name)});
        }
        if (r.score() >= 15 && r.owner.trimmed().isEmpty()) {
            hints.append({Kind::HighRiskWithoutOwner, Severity::Warning, PlanDocument::Risks, r.id,
                          Tr::tr("Critical risk \"%1\" has no owner.").arg(name)});
        }
    }

    if (plan.rollback.triggers.isEmpty()) {
        hints.append({Kind::NoRollbackTrigger, Severity::Warning, PlanDocument::Rollback, 0,
                      Tr::tr("The rollback plan has no trigger: say which condition sends "
                             "traffic back to the old model.")});
    }
    if (plan.rollback.steps.isEmpty()) {
        hints.append({Kind::NoRollbackStep, Severity::Warning, PlanDocument::Rollback, 0,
                      Tr::tr("The rollback plan has no steps.")});
    }

    QHash<qint64, const Phase *> phasesById;
    for (const Phase &p : plan.phases)
        phasesById.insert(p.id, &p);

    for (qsizetype i = 0; i < plan.phases.size(); ++i) {
        const Phase &a = plan.phases.at(i);
        const QString aName = nameOr(a.name, Tr::tr("(unnamed)"));
        if (!a.start.isValid()) {
            hints.append({Kind::PhaseWithoutStart, Severity::Warning, PlanDocument::Phases, a.id,
                          Tr::tr("Phase \"%1\" has no start date.").arg(aName)});
            continue;
        }
        for (qint64 depId : a.dependsOn) {
            const Phase *dep = phasesById.value(depId);
            if (dep && dep->start.isValid() && a.start <= dep->end()) {
                hints.append({Kind::PhaseStartsBeforeDependency, Severity::Warning,
                              PlanDocument::Phases, a.id,
                              Tr::tr("Phase \"%1\" starts before \"%2\", which it depends on, "
                                     "has ended.")
                                      .arg(aName, nameOr(dep->name, Tr::tr("(unnamed)")))});
            }
        }
        for (qsizetype j = i + 1; j < plan.phases.size(); ++j) {
            const Phase &b = plan.phases.at(j);
            if (!b.start.isValid())
                continue;
            const bool overlap = a.start <= b.end() && b.start <= a.end();
            const bool related = a.dependsOn.contains(b.id) || b.dependsOn.contains(a.id);
            if (overlap && !related) {
                hints.append({Kind::OverlappingPhases, Severity::Info, PlanDocument::Phases, b.id,
                              Tr::tr("Phases \"%1\" and \"%2\" overlap.")
                                      .arg(aName, nameOr(b.name, Tr::tr("(unnamed)")))});
            }
        }
    }
    return hints;
}

} // namespace Cutover
