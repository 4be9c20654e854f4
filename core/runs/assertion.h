#pragma once

#include "core/runs/similarity.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cutover {

enum class AssertionKind {
    Equals,               // text: the answer, trimmed, equals `text` (trimmed)
    Contains,             // needles: any or all of them occur in the answer
    Regex,                // text: a QRegularExpression pattern found anywhere in the answer
                          // (Unicode-aware: \w and \d match Chinese letters and other digits)
    StartsWith,           // text: the answer, leading whitespace skipped, starts with `text`
    IsJson,               // the answer parses as one JSON value
    MatchesSchema,        // schema: the answer parses as JSON and conforms (jsonschema.h)
    MaxLength,            // limit: at most this many characters (Unicode code points)
    MaxLatency,           // limit: total latency at most this many milliseconds
    MaxCost,              // limit: cost at most this much (in the endpoint's price currency)
    SimilarToReference,   // limit: similarity to the case's reference answer ≥ threshold
    EquivalentToBaseline, // limit: similarity to the baseline's answer ≥ threshold
};

enum class ContainsMode { Any, All };

// One check of an answer. Which fields matter depends on `kind` (see above);
// the others keep their defaults so that equal assertions compare equal.
struct Assertion
{
    AssertionKind kind = AssertionKind::Equals;
    QString text;        // Equals, StartsWith: expected text; Regex: pattern
    QStringList needles; // Contains
    ContainsMode mode = ContainsMode::Any;
    bool caseInsensitive = false; // Equals, Contains, Regex, StartsWith, the similarities
    bool allowCodeFence = false;  // IsJson, MatchesSchema: accept ```json ... ``` around the JSON
    QJsonObject schema;           // MatchesSchema
    double limit = 0.0;           // Max*: the maximum; similarities: the threshold (0..1)
    SimilarityMeasure measure = SimilarityMeasure::Levenshtein; // the similarities
    double weight = 1.0; // share in the case's weighted score, ≥ 0

    friend bool operator==(const Assertion &, const Assertion &) = default;

    static Assertion equals(const QString &text, bool caseInsensitive = false);
    static Assertion contains(const QStringList &needles, ContainsMode mode,
                              bool caseInsensitive = false);
    static Assertion regex(const QString &pattern, bool caseInsensitive = false);
    static Assertion startsWith(const QString &text, bool caseInsensitive = false);
    static Assertion isJson(bool allowCodeFence = false);
    static Assertion matchesSchema(const QJsonObject &schema, bool allowCodeFence = false);
    static Assertion maxLength(qint64 characters);
    static Assertion maxLatency(qint64 milliseconds);
    static Assertion maxCost(double cost);
    static Assertion similarToReference(SimilarityMeasure measure, double threshold);
    static Assertion equivalentToBaseline(SimilarityMeasure measure, double threshold);
    Assertion withWeight(double w) const;
};

namespace Assertions {

// Stable keys used in JSON: equals, contains, regex, starts_with, is_json,
// json_schema, max_length, max_latency, max_cost, similar_to_reference,
// equivalent_to_baseline.
QString kindKey(AssertionKind kind);
std::optional<AssertionKind> kindFromKey(QStringView key);

// A short translated description for lists and tooltips:
// "contains all of "a", "b"", "latency at most 2000 ms".
QString describe(const Assertion &assertion);

} // namespace Assertions
} // namespace Cutover
