#include "core/runs/resultevaluation.h"

#include "core/runs/assertioneval.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover::RunEvaluation {

bool needsBaseline(const TestCase &testCase)
{
    return std::any_of(
            testCase.assertions.cbegin(), testCase.assertions.cend(),
            [](const Assertion &a) { return a.kind == AssertionKind::EquivalentToBaseline; });
}

void apply(RunResult &result, const TestCase &testCase,
           const std::optional<QString> &baselineAnswer)
{
    result.assertions = QJsonArray();
    result.score.reset();
    result.passed.reset();
    if (testCase.assertions.isEmpty() || result.status != CallStatus::Ok)
        return;
    AssertionInput input;
    input.answer = result.text;
    input.latencyMs = result.latencyMs;
    input.cost = result.cost;
    input.reference = testCase.reference;
    input.baselineAnswer = baselineAnswer;
    const Evaluation e = Assertions::evaluate(testCase.assertions, input, testCase.passThreshold);
    for (const AssertionOutcome &o : e.outcomes) {
        QJsonObject j{{u"status"_s, Assertions::statusKey(o.status)},
                      {u"reason"_s, o.reason},
                      {u"weight"_s, o.weight}};
        if (o.measured)
            j.insert(u"measured"_s, *o.measured);
        result.assertions.append(j);
    }
    result.score = e.score;
    result.passed = e.passed;
}

} // namespace Cutover::RunEvaluation
