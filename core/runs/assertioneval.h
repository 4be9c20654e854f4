#pragma once

#include "core/runs/assertion.h"

#include <QList>
#include <QString>

#include <optional>

// Judging one answer against a case's assertions.
namespace Cutover {

// What an assertion looks at. Unknown facts stay std::nullopt: an assertion
// that needs one (max cost without prices, similarity without a reference,
// equivalence when this is the baseline itself or the baseline failed) is
// Skipped with a reason, and leaves the score alone.
struct AssertionInput
{
    QString answer;
    qint64 latencyMs = 0;
    std::optional<double> cost;
    std::optional<QString> reference;      // the case's reference answer
    std::optional<QString> baselineAnswer; // the baseline's answer to the same case
};

enum class AssertionStatus { Passed, Failed, Skipped };

struct AssertionOutcome
{
    AssertionStatus status = AssertionStatus::Failed;
    QString reason;                 // translated, complete sentence
    double weight = 1.0;            // the assertion's weight
    std::optional<double> measured; // the number compared, when there is one
};

struct Evaluation
{
    QList<AssertionOutcome> outcomes; // one per assertion, same order
    double passedWeight = 0.0;
    double countedWeight = 0.0; // passed + failed; skipped ones are not counted
    double score = 1.0;         // passedWeight / countedWeight; 1 when nothing counted
    double threshold = 1.0;
    bool passed = true; // score ≥ threshold

    int failedCount() const;
};

namespace Assertions {

AssertionOutcome evaluate(const Assertion &assertion, const AssertionInput &input);

// `threshold` is the case's pass threshold on the weighted score, 0..1
// (1 = every counted assertion must pass).
Evaluation evaluate(const QList<Assertion> &assertions, const AssertionInput &input,
                    double threshold = 1.0);

QString statusKey(AssertionStatus status); // "passed", "failed", "skipped"

} // namespace Assertions
} // namespace Cutover
