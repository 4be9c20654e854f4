#pragma once

#include "core/plan/plan.h"

#include <QString>
#include <QStringView>

#include <optional>

// Stable, untranslated keys for the plan's enums: used in the project file
// and in the plan's JSON. Never change a key once released.
namespace Cutover::PlanKeys {

QString key(TargetMetric value);
QString key(Comparison value);
QString key(TargetReference value);
QString key(ScopeKind value);
QString key(ScopeStatus value);
QString key(PhaseStatus value);

std::optional<TargetMetric> targetMetric(QStringView key);
std::optional<Comparison> comparison(QStringView key);
std::optional<TargetReference> targetReference(QStringView key);
std::optional<ScopeKind> scopeKind(QStringView key);
std::optional<ScopeStatus> scopeStatus(QStringView key);
std::optional<PhaseStatus> phaseStatus(QStringView key);

} // namespace Cutover::PlanKeys
