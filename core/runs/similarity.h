#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Text similarity measures, each from 0 (nothing in common) to 1 (same).
// Two empty texts are identical (1); an empty and a non-empty text score 0.
namespace Cutover {

enum class SimilarityMeasure {
    Levenshtein, // 1 − edit distance / length of the longer text, over Unicode code points
    Jaccard,     // |A ∩ B| / |A ∪ B| over the sets of words (texttokens.h)
    Cosine,      // cosine of the word-count vectors
};

namespace Similarity {

// Edit distance (insert, delete, substitute: cost 1 each) over code points.
// Memory O(min(n, m)); time O(n · m). Texts whose product of lengths exceeds
// kMaxLevenshteinCells are compared word by word instead (each word one
// symbol), which keeps the time bounded for very long answers.
inline constexpr qint64 kMaxLevenshteinCells = 100'000'000;
qsizetype levenshteinDistance(QStringView a, QStringView b, bool caseInsensitive = false);
double levenshteinRatio(QStringView a, QStringView b, bool caseInsensitive = false);

double jaccard(QStringView a, QStringView b, bool caseInsensitive = false);
double cosine(QStringView a, QStringView b, bool caseInsensitive = false);

double measure(SimilarityMeasure m, QStringView a, QStringView b, bool caseInsensitive = false);

QString key(SimilarityMeasure m); // "levenshtein", "jaccard", "cosine"
std::optional<SimilarityMeasure> fromKey(QStringView key);
QString label(SimilarityMeasure m); // translated name for people

} // namespace Similarity
} // namespace Cutover
