#include "core/runs/assertion.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Assertions)
};

struct KindKey
{
    AssertionKind kind;
    const char16_t *key;
};

constexpr KindKey kKindKeys[] = {
        {AssertionKind::Equals, u"equals"},
        {AssertionKind::Contains, u"contains"},
        {AssertionKind::Regex, u"regex"},
        {AssertionKind::StartsWith, u"starts_with"},
        {AssertionKind::IsJson, u"is_json"},
        {AssertionKind::MatchesSchema, u"json_schema"},
        {AssertionKind::MaxLength, u"max_length"},
        {AssertionKind::MaxLatency, u"max_latency"},
        {AssertionKind::MaxCost, u"max_cost"},
        {AssertionKind::SimilarToReference, u"similar_to_reference"},
        {AssertionKind::EquivalentToBaseline, u"equivalent_to_baseline"},
};

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

Assertion Assertion::equals(const QString &text, bool caseInsensitive)
{
    Assertion a;
    a.kind = AssertionKind::Equals;
    a.text = text;
    a.caseInsensitive = caseInsensitive;
    return a;
}

Assertion Assertion::contains(const QStringList &needles, ContainsMode mode, bool caseInsensitive)
{
    Assertion a;
    a.kind = AssertionKind::Contains;
    a.needles = needles;
    a.mode = mode;
    a.caseInsensitive = caseInsensitive;
    return a;
}

Assertion Assertion::regex(const QString &pattern, bool caseInsensitive)
{
    Assertion a;
    a.kind = AssertionKind::Regex;
    a.text = pattern;
    a.caseInsensitive = caseInsensitive;
    return a;
}

Assertion Assertion::startsWith(const QString &text, bool caseInsensitive)
{
    Assertion a = equals(text, caseInsensitive);
    a.kind = AssertionKind::StartsWith;
    return a;
}

Assertion Assertion::isJson(bool allowCodeFence)
{
    Assertion a;
    a.kind = AssertionKind::IsJson;
    a.allowCodeFence = allowCodeFence;
    return a;
}

Assertion Assertion::matchesSchema(const QJsonObject &schema, bool allowCodeFence)
{
    Assertion a = isJson(allowCodeFence);
    a.kind = AssertionKind::MatchesSchema;
    a.schema = schema;
    return a;
}

Assertion Assertion::maxLength(qint64 characters)
{
    Assertion a;
    a.kind = AssertionKind::MaxLength;
    a.limit = double(characters);
    return a;
}

Assertion Assertion::maxLatency(qint64 milliseconds)
{
    Assertion a;
    a.kind = AssertionKind::MaxLatency;
    a.limit = double(milliseconds);
    return a;
}

Assertion Assertion::maxCost(double cost)
{
    Assertion a;
    a.kind = AssertionKind::MaxCost;
    a.limit = cost;
    return a;
}

Assertion Assertion::similarToReference(SimilarityMeasure measure, double threshold)
{
    Assertion a;
    a.kind = AssertionKind::SimilarToReference;
    a.measure = measure;
    a.limit = threshold;
    return a;
}

Assertion Assertion::equivalentToBaseline(SimilarityMeasure measure, double threshold)
{
    Assertion a = similarToReference(measure, threshold);
    a.kind = AssertionKind::EquivalentToBaseline;
    return a;
}

Assertion Assertion::withWeight(double w) const
{
    Assertion a = *this;
    a.weight = w;
    return a;
}

namespace Assertions {

QString kindKey(AssertionKind kind)
{
    for (const KindKey &k : kKindKeys) {
        if (k.kind == kind)
            return QString::fromUtf16(k.key);
    }
    return QString();
}

std::optional<AssertionKind> kindFromKey(QStringView key)
{
    for (const KindKey &k : kKindKeys) {
        if (key == QStringView(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString describe(const Assertion &a)
{
    const QString ci = a.caseInsensitive ? Tr::tr(" (ignoring case)") : QString();
    switch (a.kind) {
    case AssertionKind::Equals:
        return Tr::tr("equals %1").arg(quoted(a.text)) + ci;
    case AssertionKind::Contains: {
        QStringList shown;
        for (const QString &n : a.needles)
            shown.append(quoted(n));
        const QString list = shown.join(u", "_s);
        return (a.mode == ContainsMode::All ? Tr::tr("contains all of %1").arg(list)
                                            : Tr::tr("contains any of %1").arg(list))
               + ci;
    }
    case AssertionKind::Regex:
        return Tr::tr("matches /%1/").arg(a.text) + ci;
    case AssertionKind::StartsWith:
        return Tr::tr("starts with %1").arg(quoted(a.text)) + ci;
    case AssertionKind::IsJson:
        return Tr::tr("is valid JSON");
    case AssertionKind::MatchesSchema:
        return Tr::tr("is JSON matching the schema");
    case AssertionKind::MaxLength:
        return Tr::tr("at most %1 characters").arg(qint64(a.limit));
    case AssertionKind::MaxLatency:
        return Tr::tr("latency at most %1 ms").arg(qint64(a.limit));
    case AssertionKind::MaxCost:
        return Tr::tr("cost at most %1").arg(QLocale().toString(a.limit, 'g', 6));
    case AssertionKind::SimilarToReference:
        return Tr::tr("similar to the reference: %1 ≥ %2")
                .arg(Similarity::label(a.measure), QLocale().toString(a.limit, 'f', 2));
    case AssertionKind::EquivalentToBaseline:
        return Tr::tr("equivalent to the baseline's answer: %1 ≥ %2")
                .arg(Similarity::label(a.measure), QLocale().toString(a.limit, 'f', 2));
    }
    return QString();
}

} // namespace Assertions
} // namespace Cutover
