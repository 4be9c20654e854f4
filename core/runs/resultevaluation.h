#pragma once

#include "core/runs/runstore.h"
#include "core/runs/testcase.h"

#include <optional>

namespace Cutover::RunEvaluation {

// Judges a stored result against its case's assertions and writes the
// outcome into it: one JSON object per assertion {status, reason, weight,
// measured}, score and passed. Results that are not Ok, or cases without
// assertions, get no outcome (score and passed unset). `baselineAnswer` is
// the baseline's successful answer to the same case and repeat, for
// "equivalent to the baseline"; unset for the baseline itself.
void apply(RunResult &result, const TestCase &testCase,
           const std::optional<QString> &baselineAnswer);

// Does any of the case's assertions compare with the baseline's answer?
bool needsBaseline(const TestCase &testCase);

} // namespace Cutover::RunEvaluation
