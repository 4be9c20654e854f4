#pragma once

#include "core/prompts/sequencediff.h"

#include <QList>
#include <QString>

// A word-level diff between two answers, for the compare view's highlighting.
// Both texts are split into tokens (texttokens.h: words, whitespace runs,
// punctuation, single CJK characters) and diffed with SequenceDiff (Myers,
// linear memory, bounded work). Whitespace that only separates two changes
// is folded into them, so "the quick brown" → "a slow red" highlights as one
// change rather than three.
namespace Cutover {

// One span of the diff. Positions and lengths are UTF-16 offsets:
// Equal:  old[oldPos, +oldLength) == new[newPos, +newLength)
// Delete: old[oldPos, +oldLength) is gone; newPos marks the place in new, newLength 0
// Insert: new[newPos, +newLength) is new; oldPos marks the place in old, oldLength 0
struct WordDiffSpan
{
    SequenceDiff::Op op = SequenceDiff::Op::Equal;
    qsizetype oldPos = 0;
    qsizetype oldLength = 0;
    qsizetype newPos = 0;
    qsizetype newLength = 0;

    friend bool operator==(const WordDiffSpan &, const WordDiffSpan &) = default;
};

struct WordDiff
{
    QList<WordDiffSpan> spans; // in order; spans cover both texts exactly once
    bool exact = true;         // false when the work bound made SequenceDiff give up on a part
    qsizetype changedOld = 0;  // UTF-16 units deleted from the old text
    qsizetype changedNew = 0;  // UTF-16 units inserted in the new text
};

namespace WordDiffs {

WordDiff diff(const QString &oldText, const QString &newText, bool caseInsensitive = false,
              qint64 maxWork = SequenceDiff::kDefaultMaxWork);

// "[-old-]{+new+}" markup over the texts, for tests and plain-text output.
QString toMarkup(const WordDiff &diff, const QString &oldText, const QString &newText);

} // namespace WordDiffs
} // namespace Cutover
