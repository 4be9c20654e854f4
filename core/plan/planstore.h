#pragma once

#include "core/plan/plan.h"
#include "core/util/result.h"

#include <QSqlDatabase>

namespace Cutover::PlanStore {

// Reads the plan from an open project database.
Result<Plan> load(QSqlDatabase db);

// Replaces the stored plan with `plan` in one BEGIN IMMEDIATE transaction:
// either all of it is on disk afterwards or none of it.
Result<void> save(QSqlDatabase db, const Plan &plan);

} // namespace Cutover::PlanStore
