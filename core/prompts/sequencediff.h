#pragma once

#include <QList>

#include <vector>

// A shortest edit script between two sequences of tokens, given as integer
// ids (equal ids = equal tokens): Myers' O(ND) algorithm in its linear-space
// form (bisection on the middle snake, as in diff-match-patch), after
// trimming the common prefix and suffix. Memory is O(N + M).
//
// Time is O((N + M) · D). To keep very long, very different inputs from
// taking minutes, the work (diagonal steps) is bounded by `maxWork`; when a
// sub-problem exceeds the budget it is reported as "delete all, insert all"
// and `exact` is false. The script is always a valid transformation.
namespace Cutover::SequenceDiff {

enum class Op { Equal, Delete, Insert };

// A run of one operation. Equal: a[oldPos, oldPos+length) == b[newPos, ...).
// Delete: a[oldPos, oldPos+length) removed; newPos is where it was in b.
// Insert: b[newPos, newPos+length) added; oldPos is where in a.
struct Edit
{
    Op op = Op::Equal;
    qsizetype oldPos = 0;
    qsizetype newPos = 0;
    qsizetype length = 0;

    friend bool operator==(const Edit &, const Edit &) = default;
};

struct Script
{
    QList<Edit> edits; // in order, adjacent runs of the same op merged, no empty runs
    bool exact = true; // false when the work budget forced a coarser script
};

inline constexpr qint64 kDefaultMaxWork = 50'000'000;

Script diff(const std::vector<int> &a, const std::vector<int> &b, qint64 maxWork = kDefaultMaxWork);

} // namespace Cutover::SequenceDiff
