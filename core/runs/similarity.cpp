#include "core/runs/similarity.h"

#include "core/runs/texttokens.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Cutover::Similarity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Similarity)
};

std::vector<char32_t> codePoints(QStringView text, bool caseInsensitive)
{
    const QString folded = caseInsensitive ? text.toString().toCaseFolded() : QString();
    const QList<uint> ucs4 = caseInsensitive ? folded.toUcs4() : text.toUcs4();
    return std::vector<char32_t>(ucs4.cbegin(), ucs4.cend());
}

template<typename T>
qsizetype editDistance(const std::vector<T> &x, const std::vector<T> &y)
{
    const std::vector<T> &a = x.size() >= y.size() ? x : y; // longer
    const std::vector<T> &b = x.size() >= y.size() ? y : x; // shorter: the row
    std::vector<qsizetype> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = qsizetype(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = qsizetype(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::vector<int> wordIds(QStringView text, bool caseInsensitive, QHash<QString, int> &table)
{
    std::vector<int> ids;
    for (const TextTokens::Token &t : TextTokens::tokenize(text)) {
        QString piece = text.mid(t.position, t.length).toString();
        if (caseInsensitive)
            piece = piece.toCaseFolded();
        auto it = table.constFind(piece);
        if (it == table.constEnd())
            it = table.insert(piece, int(table.size()));
        ids.push_back(it.value());
    }
    return ids;
}

QHash<QString, int> counts(QStringView text, bool caseInsensitive)
{
    QHash<QString, int> out;
    for (const QString &w : TextTokens::words(text, caseInsensitive))
        ++out[w];
    return out;
}

} // namespace

qsizetype levenshteinDistance(QStringView a, QStringView b, bool caseInsensitive)
{
    const std::vector<char32_t> x = codePoints(a, caseInsensitive);
    const std::vector<char32_t> y = codePoints(b, caseInsensitive);
    if (qint64(x.size()) * qint64(y.size()) <= kMaxLevenshteinCells)
        return editDistance(x, y);
    QHash<QString, int> table;
    return editDistance(wordIds(a, caseInsensitive, table), wordIds(b, caseInsensitive, table));
}

double levenshteinRatio(QStringView a, QStringView b, bool caseInsensitive)
{
    const std::vector<char32_t> x = codePoints(a, caseInsensitive);
    const std::vector<char32_t> y = codePoints(b, caseInsensitive);
    if (x.empty() && y.empty())
        return 1.0;
    if (qint64(x.size()) * qint64(y.size()) <= kMaxLevenshteinCells)
        return 1.0 - double(editDistance(x, y)) / double(std::max(x.size(), y.size()));
    QHash<QString, int> table;
    const std::vector<int> wx = wordIds(a, caseInsensitive, table);
    const std::vector<int> wy = wordIds(b, caseInsensitive, table);
    return 1.0 - double(editDistance(wx, wy)) / double(std::max(wx.size(), wy.size()));
}

double jaccard(QStringView a, QStringView b, bool caseInsensitive)
{
    const QStringList wa = TextTokens::words(a, caseInsensitive);
    const QStringList wb = TextTokens::words(b, caseInsensitive);
    const QSet<QString> sa(wa.cbegin(), wa.cend());
    const QSet<QString> sb(wb.cbegin(), wb.cend());
    if (sa.isEmpty() && sb.isEmpty())
        return 1.0;
    qsizetype common = 0;
    for (const QString &w : sa) {
        if (sb.contains(w))
            ++common;
    }
    return double(common) / double(sa.size() + sb.size() - common);
}

double cosine(QStringView a, QStringView b, bool caseInsensitive)
{
    const QHash<QString, int> ca = counts(a, caseInsensitive);
    const QHash<QString, int> cb = counts(b, caseInsensitive);
    if (ca.isEmpty() && cb.isEmpty())
        return 1.0;
    if (ca.isEmpty() || cb.isEmpty())
        return 0.0;
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (auto it = ca.constBegin(); it != ca.constEnd(); ++it) {
        na += double(it.value()) * it.value();
        dot += double(it.value()) * cb.value(it.key(), 0);
    }
    for (auto it = cb.constBegin(); it != cb.constEnd(); ++it)
        nb += double(it.value()) * it.value();
    return std::clamp(dot / (std::sqrt(na) * std::sqrt(nb)), 0.0, 1.0);
}

double measure(SimilarityMeasure m, QStringView a, QStringView b, bool caseInsensitive)
{
    switch (m) {
    case SimilarityMeasure::Levenshtein:
        return levenshteinRatio(a, b, caseInsensitive);
    case SimilarityMeasure::Jaccard:
        return jaccard(a, b, caseInsensitive);
    case SimilarityMeasure::Cosine:
        return cosine(a, b, caseInsensitive);
    }
    return 0.0;
}

QString key(SimilarityMeasure m)
{
    switch (m) {
    case SimilarityMeasure::Levenshtein:
        return u"levenshtein"_s;
    case SimilarityMeasure::Jaccard:
        return u"jaccard"_s;
    case SimilarityMeasure::Cosine:
        return u"cosine"_s;
    }
    return QString();
}

std::optional<SimilarityMeasure> fromKey(QStringView key)
{
    if (key == u"levenshtein")
        return SimilarityMeasure::Levenshtein;
    if (key == u"jaccard")
        return SimilarityMeasure::Jaccard;
    if (key == u"cosine")
        return SimilarityMeasure::Cosine;
    return std::nullopt;
}

QString label(SimilarityMeasure m)
{
    switch (m) {
    case SimilarityMeasure::Levenshtein:
        return Tr::tr("edit-distance ratio");
    case SimilarityMeasure::Jaccard:
        return Tr::tr("word-set overlap (Jaccard)");
    case SimilarityMeasure::Cosine:
        return Tr::tr("word-count cosine");
    }
    return QString();
}

} // namespace Cutover::Similarity
