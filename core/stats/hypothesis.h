#pragma once

#include "core/stats/bootstrap.h"
#include "core/stats/estimate.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <span>

namespace Cutover::Stats {

// Outcome of a significance test. pValue is two-sided. status is
// NotEnoughData below the documented minimum (the statistic and p-value are
// still filled in when they can be computed) and NoData without data.
struct TestResult
{
    double statistic = kNaN; // z, t, U, chi-square or the smaller count, see method
    double df = kNaN;        // degrees of freedom where the test has them
    double pValue = kNaN;
    qint64 n = 0;
    EstimateStatus status = EstimateStatus::NoData;
    QString method; // stable key: "exact-binomial", "chi-square-cc", "welch-t",
                    // "exact", "normal-tie-corrected", "chi-square"
};

// {"statistic", "df", "pValue", "n", "status", "method"}; NaN as null.
QJsonObject toJson(const TestResult &result);

// Win/tie/loss of the candidate against the baseline on the same cases,
// with the two-sided exact sign test (binomial, p = 1/2, ties dropped).
struct WinTieLoss
{
    qint64 wins = 0; // candidate better
    qint64 ties = 0;
    qint64 losses = 0;
    TestResult signTest; // statistic = min(wins, losses), n = wins + losses
};

WinTieLoss signTest(qint64 wins, qint64 ties, qint64 losses, const SampleMinima &minima = {});
// From scores of the same cases (higher is better, e.g. ratings or the
// number of assertions passed); pairs with a NaN score are skipped.
WinTieLoss winTieLoss(std::span<const double> baselineScores,
                      std::span<const double> candidateScores, const SampleMinima &minima = {});

// McNemar's test for paired pass/fail (PairedCounts in bootstrap.h) on the
// discordant pairs b = baselineOnly, c = candidateOnly:
//   b + c < 25: exact two-sided binomial, p = min(1, 2·P(X ≤ min(b, c))),
//               X ~ Bin(b + c, 1/2)                   method "exact-binomial"
//   otherwise:  χ² = (|b − c| − 1)² / (b + c), 1 df   method "chi-square-cc"
// NotEnoughData below minima.pairs discordant pairs.
TestResult mcnemar(const PairedCounts &counts, const SampleMinima &minima = {});

// Welch's unequal-variance t test of candidate − baseline means, with the
// Welch–Satterthwaite degrees of freedom. NotEnoughData unless both
// samples have minima.groupSize observations.
TestResult welchTest(std::span<const double> baseline, std::span<const double> candidate,
                     const SampleMinima &minima = {});
// Mean difference candidate − baseline with Welch's t interval.
Estimate welchDifference(std::span<const double> baseline, std::span<const double> candidate,
                         double confidence = 0.95, const SampleMinima &minima = {});

// Mann–Whitney U test. statistic is U of the candidate: the number of
// (baseline, candidate) pairs with the candidate larger, ties counting 1/2.
// Exact distribution when there are no ties and n1 + n2 ≤ 40 (method
// "exact", p = min(1, 2·min(P(U ≤ u), P(U ≥ u)))); otherwise the normal
// approximation with tie-corrected variance and continuity correction
// (method "normal-tie-corrected", as scipy.stats.mannwhitneyu with
// use_continuity=True). NotEnoughData below minima.groupSize per sample.
TestResult mannWhitney(std::span<const double> baseline, std::span<const double> candidate,
                       const SampleMinima &minima = {});

// Effect sizes of candidate against baseline.
//   cohensD       (mean_c − mean_b) / pooled SD (n − 1 weighting)
//   hedgesG       d · J(df), J = Γ(df/2) / (√(df/2)·Γ((df − 1)/2)), df = n_b + n_c − 2
//   rankBiserial  2·U_c / (n_b·n_c) − 1 = P(C > B) − P(C < B), in [−1, 1]
// NaN when undefined (fewer than 2 per sample, zero variance for d and g).
struct EffectSizes
{
    double cohensD = kNaN;
    double hedgesG = kNaN;
    double rankBiserial = kNaN;
};

EffectSizes effectSizes(std::span<const double> baseline, std::span<const double> candidate);

// Sample-ratio mismatch: chi-square goodness of fit of the observed counts
// per arm against the expected split (weights, any positive scale), k − 1
// df. mismatch when pValue < threshold. NotEnoughData when an arm expects
// fewer than minima.expectedPerArm observations (mismatch is then false).
struct SampleRatioCheck
{
    TestResult test;
    double threshold = 0.001;
    bool mismatch = false;
};

SampleRatioCheck sampleRatioMismatch(std::span<const qint64> observed,
                                     std::span<const double> expectedWeights,
                                     double threshold = 0.001, const SampleMinima &minima = {});

} // namespace Cutover::Stats
