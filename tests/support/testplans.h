#pragma once

#include "core/plan/plan.h"

namespace Cutover::TestPlans {

// A complete plan with every section filled, English and Chinese text, a
// target of every reference kind, a phase dependency and a custom metric.
Plan full();

// The smallest non-empty plan: one objective without a target.
Plan minimal();

} // namespace Cutover::TestPlans
