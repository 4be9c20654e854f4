#include "core/runs/assertioneval.h"
#include "core/runs/assertionjson.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Cutover::Assertion)
Q_DECLARE_METATYPE(Cutover::AssertionInput)
Q_DECLARE_METATYPE(Cutover::AssertionStatus)

class TestAssertions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluateOne_data();
    void evaluateOne();
    void weightedScore_data();
    void weightedScore();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonRejects_data();
    void jsonRejects();
    void describesEveryKind();
};

namespace {

AssertionInput answer(const QString &text)
{
    AssertionInput in;
    in.answer = text;
    in.latencyMs = 1200;
    return in;
}

AssertionInput withReference(const QString &text, const QString &reference)
{
    AssertionInput in = answer(text);
    in.reference = reference;
    return in;
}

AssertionInput withBaseline(const QString &text, const QString &baseline)
{
    AssertionInput in = answer(text);
    in.baselineAnswer = baseline;
    return in;
}

QJsonObject schema(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

void TestAssertions::evaluateOne_data()
{
    QTest::addColumn<Assertion>("assertion");
    QTest::addColumn<AssertionInput>("input");
    QTest::addColumn<AssertionStatus>("status");
    QTest::addColumn<QString>("reasonPart");

    const auto P = AssertionStatus::Passed;
    const auto F = AssertionStatus::Failed;
    const auto S = AssertionStatus::Skipped;

    // equals
    QTest::addRow("equals") << Assertion::equals(u"Paris"_s) << answer(u"Paris"_s) << P
                            << u"equals"_s;
    QTest::addRow("equals trims ends")
            << Assertion::equals(u"Paris"_s) << answer(u" Paris\n"_s) << P << QString();
    QTest::addRow("equals case") << Assertion::equals(u"Paris"_s) << answer(u"paris"_s) << F
                                 << u"at character 1"_s;
    QTest::addRow("equals ignoring case")
            << Assertion::equals(u"Paris"_s, true) << answer(u"PARIS"_s) << P << QString();
    QTest::addRow("equals longer") << Assertion::equals(u"Paris"_s) << answer(u"Paris."_s) << F
                                   << u"at character 6 (expected 5 characters, got 6)"_s;
    // contains
    QTest::addRow("contains any") << Assertion::contains({u"cat"_s, u"dog"_s}, ContainsMode::Any)
                                  << answer(u"a hotdog"_s) << P << u"\"dog\""_s;
    QTest::addRow("contains any none")
            << Assertion::contains({u"cat"_s, u"dog"_s}, ContainsMode::Any) << answer(u"a bird"_s)
            << F << u"\"cat\", \"dog\""_s;
    QTest::addRow("contains all missing one")
            << Assertion::contains({u"cat"_s, u"dog"_s}, ContainsMode::All) << answer(u"cat only"_s)
            << F << u"Not found: \"dog\""_s;
    QTest::addRow("contains all") << Assertion::contains({u"cat"_s, u"dog"_s}, ContainsMode::All)
                                  << answer(u"dog and cat"_s) << P << QString();
    QTest::addRow("contains case") << Assertion::contains({u"CAT"_s}, ContainsMode::All)
                                   << answer(u"cat"_s) << F << QString();
    QTest::addRow("contains ignoring case")
            << Assertion::contains({u"CAT"_s}, ContainsMode::All, true) << answer(u"cat"_s) << P
            << QString();
    QTest::addRow("contains chinese") << Assertion::contains({u"北京"_s}, ContainsMode::Any)
                                      << answer(u"我爱北京"_s) << P << QString();
    // regex
    QTest::addRow("regex") << Assertion::regex(u"\\d{3}-\\d{4}"_s) << answer(u"call 555-1234"_s)
                           << P << u"\"555-1234\" at character 6"_s;
    QTest::addRow("regex no match")
            << Assertion::regex(u"^yes$"_s) << answer(u"yes, sir"_s) << F << u"does not match"_s;
    QTest::addRow("regex ignoring case")
            << Assertion::regex(u"^yes"_s, true) << answer(u"YES"_s) << P << QString();
    QTest::addRow("regex unicode word")
            << Assertion::regex(u"^\\w+$"_s) << answer(u"北京"_s) << P << QString();
    QTest::addRow("regex bad pattern") << Assertion::regex(u"(unclosed"_s) << answer(u"x"_s) << F
                                       << u"not a valid regular expression (at offset 9"_s;
    // starts with
    QTest::addRow("starts with") << Assertion::startsWith(u"Yes"_s) << answer(u"  Yes, indeed"_s)
                                 << P << QString();
    QTest::addRow("starts with not") << Assertion::startsWith(u"Yes"_s) << answer(u"No, yes"_s) << F
                                     << u"starts with \"No,\", not \"Yes\""_s;
    QTest::addRow("starts with ignoring case")
            << Assertion::startsWith(u"Yes"_s, true) << answer(u"yes"_s) << P << QString();
    // is JSON
    QTest::addRow("json object") << Assertion::isJson() << answer(u"{\"a\": 1}"_s) << P
                                 << QString();
    QTest::addRow("json scalar") << Assertion::isJson() << answer(u"42"_s) << P << QString();
    QTest::addRow("json string") << Assertion::isJson() << answer(u" \"hi\" "_s) << P << QString();
    QTest::addRow("json broken") << Assertion::isJson() << answer(u"{\"a\": }"_s) << F
                                 << u"not valid JSON (at byte"_s;
    QTest::addRow("json two values")
            << Assertion::isJson() << answer(u"1, 2"_s) << F << u"several JSON values"_s;
    QTest::addRow("json empty") << Assertion::isJson() << answer(u"  "_s) << F << u"empty"_s;
    QTest::addRow("json fenced refused")
            << Assertion::isJson() << answer(u"```json\n{\"a\": 1}\n```"_s) << F << QString();
    QTest::addRow("json fenced allowed")
            << Assertion::isJson(true) << answer(u"```json\n{\"a\": 1}\n```\n"_s) << P << QString();
    QTest::addRow("json trailing bracket")
            << Assertion::isJson() << answer(u"1] [2"_s) << F << QString();
    // schema
    const QJsonObject s = schema(R"({"type": "object", "required": ["label"],
        "properties": {"label": {"enum": ["spam", "ham"]}, "score": {"type": "number"}}})");
    QTest::addRow("schema ok") << Assertion::matchesSchema(s)
                               << answer(u"{\"label\": \"spam\", \"score\": 0.9}"_s) << P
                               << u"matches the schema"_s;
    QTest::addRow("schema enum") << Assertion::matchesSchema(s)
                                 << answer(u"{\"label\": \"eggs\"}"_s) << F
                                 << u"$.label is \"eggs\""_s;
    QTest::addRow("schema required") << Assertion::matchesSchema(s) << answer(u"{}"_s) << F
                                     << u"$ lacks the required property \"label\""_s;
    QTest::addRow("schema not json")
            << Assertion::matchesSchema(s) << answer(u"spam"_s) << F << u"not valid JSON"_s;
    QTest::addRow("schema fenced") << Assertion::matchesSchema(s, true)
                                   << answer(u"```\n{\"label\": \"ham\"}\n```"_s) << P << QString();
    QTest::addRow("schema unsupported") << Assertion::matchesSchema(schema(R"({"minimum": 1})"))
                                        << answer(u"2"_s) << F << u"minimum"_s;
    // max length (code points)
    QTest::addRow("max length ok")
            << Assertion::maxLength(5) << answer(u"hello"_s) << P << u"5 characters"_s;
    QTest::addRow("max length over") << Assertion::maxLength(4) << answer(u"hello"_s) << F
                                     << u"5 characters, more than the limit of 4"_s;
    QTest::addRow("max length emoji")
            << Assertion::maxLength(2) << answer(u"😀😀"_s) << P << u"2 characters"_s;
    QTest::addRow("max length chinese")
            << Assertion::maxLength(3) << answer(u"我爱北京"_s) << F << u"4 characters"_s;
    // latency and cost
    QTest::addRow("latency ok") << Assertion::maxLatency(1200) << answer(u"x"_s) << P
                                << u"1200 ms"_s;
    QTest::addRow("latency over") << Assertion::maxLatency(1000) << answer(u"x"_s) << F
                                  << u"more than the limit of 1000 ms"_s;
    AssertionInput cheap = answer(u"x"_s);
    cheap.cost = 0.002;
    QTest::addRow("cost ok") << Assertion::maxCost(0.002) << cheap << P << QString();
    QTest::addRow("cost over") << Assertion::maxCost(0.001) << cheap << F << u"more than"_s;
    QTest::addRow("cost unknown") << Assertion::maxCost(0.001) << answer(u"x"_s) << S
                                  << u"cost is unknown"_s;
    // similarity to the reference: "kitten"/"sitting" ratio 1 − 3/7 ≈ 0.571
    QTest::addRow("reference above")
            << Assertion::similarToReference(SimilarityMeasure::Levenshtein, 0.5)
            << withReference(u"kitten"_s, u"sitting"_s) << P << u"0.571"_s;
    QTest::addRow("reference below")
            << Assertion::similarToReference(SimilarityMeasure::Levenshtein, 0.6)
            << withReference(u"kitten"_s, u"sitting"_s) << F << u"threshold is 0.600"_s;
    QTest::addRow("reference exactly at threshold")
            << Assertion::similarToReference(SimilarityMeasure::Jaccard, 0.5)
            << withReference(u"the cat sat"_s, u"the cat ran"_s) << P << u"0.500"_s;
    QTest::addRow("reference missing")
            << Assertion::similarToReference(SimilarityMeasure::Jaccard, 0.5) << answer(u"x"_s) << S
            << u"no reference"_s;
    // equivalent to the baseline: cosine("a a b", "a b b") = 0.8
    QTest::addRow("baseline cosine pass")
            << Assertion::equivalentToBaseline(SimilarityMeasure::Cosine, 0.8)
            << withBaseline(u"a a b"_s, u"a b b"_s) << P << u"0.800"_s;
    QTest::addRow("baseline cosine fail")
            << Assertion::equivalentToBaseline(SimilarityMeasure::Cosine, 0.81)
            << withBaseline(u"a a b"_s, u"a b b"_s) << F << QString();
    Assertion ci = Assertion::equivalentToBaseline(SimilarityMeasure::Levenshtein, 1.0);
    ci.caseInsensitive = true;
    QTest::addRow("baseline ignoring case")
            << ci << withBaseline(u"OK"_s, u"ok"_s) << P << QString();
    QTest::addRow("baseline missing")
            << Assertion::equivalentToBaseline(SimilarityMeasure::Cosine, 0.5) << answer(u"x"_s)
            << S << u"No baseline answer"_s;
}

void TestAssertions::evaluateOne()
{
    QFETCH(Assertion, assertion);
    QFETCH(AssertionInput, input);
    QFETCH(AssertionStatus, status);
    QFETCH(QString, reasonPart);
    const AssertionOutcome o = Assertions::evaluate(assertion, input);
    QVERIFY2(o.status == status, qPrintable(Assertions::statusKey(o.status) + u": "_s + o.reason));
    QVERIFY(!o.reason.isEmpty());
    QVERIFY2(o.reason.contains(reasonPart), qPrintable(o.reason));
    QCOMPARE(o.weight, assertion.weight);
}

void TestAssertions::weightedScore_data()
{
    QTest::addColumn<QList<Assertion>>("assertions");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("score");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<int>("failed");

    const Assertion pass3 = Assertion::contains({u"yes"_s}, ContainsMode::Any).withWeight(3);
    const Assertion fail1 = Assertion::maxLength(1).withWeight(1);
    const Assertion skip5 = Assertion::maxCost(0.1).withWeight(5); // cost unknown: skipped

    // passed 3 of counted 4 → 0.75
    QTest::addRow("3 of 4, threshold 0.7")
            << QList<Assertion>{pass3, fail1} << 0.7 << 0.75 << true << 1;
    QTest::addRow("3 of 4, threshold 0.8")
            << QList<Assertion>{pass3, fail1} << 0.8 << 0.75 << false << 1;
    QTest::addRow("3 of 4, threshold 0.75 exactly")
            << QList<Assertion>{pass3, fail1} << 0.75 << 0.75 << true << 1;
    QTest::addRow("skipped not counted")
            << QList<Assertion>{pass3, fail1, skip5} << 0.75 << 0.75 << true << 1;
    QTest::addRow("all must pass") << QList<Assertion>{pass3, fail1} << 1.0 << 0.75 << false << 1;
    QTest::addRow("no assertions") << QList<Assertion>() << 1.0 << 1.0 << true << 0;
    QTest::addRow("only skipped") << QList<Assertion>{skip5} << 1.0 << 1.0 << true << 0;
    // weight 0 is informational: a failure does not lower the score
    QTest::addRow("zero weight") << QList<Assertion>{pass3, fail1.withWeight(0)} << 1.0 << 1.0
                                 << true << 1;
    // 1 of 1 + 1 → 0.5
    QTest::addRow("equal weights")
            << QList<Assertion>{pass3.withWeight(1), fail1} << 0.5 << 0.5 << true << 1;
}

void TestAssertions::weightedScore()
{
    QFETCH(QList<Assertion>, assertions);
    QFETCH(double, threshold);
    QFETCH(double, score);
    QFETCH(bool, passed);
    QFETCH(int, failed);
    const Evaluation e = Assertions::evaluate(assertions, answer(u"yes"_s), threshold);
    QCOMPARE(e.outcomes.size(), assertions.size());
    QVERIFY(std::abs(e.score - score) < 1e-12);
    QCOMPARE(e.passed, passed);
    QCOMPARE(e.failedCount(), failed);
    QCOMPARE(e.threshold, threshold);
}

void TestAssertions::jsonRoundTrip_data()
{
    QTest::addColumn<QList<Assertion>>("assertions");
    Assertion ci = Assertion::similarToReference(SimilarityMeasure::Cosine, 0.75).withWeight(2.5);
    ci.caseInsensitive = true;
    QTest::addRow("every kind") << QList<Assertion>{
            Assertion::equals(u"Paris"_s, true),
            Assertion::contains({u"a"_s, u"北京"_s}, ContainsMode::All),
            Assertion::contains({u"x"_s}, ContainsMode::Any, true),
            Assertion::regex(u"^\\d+$"_s).withWeight(0),
            Assertion::startsWith(u"Yes"_s),
            Assertion::isJson(true),
            Assertion::matchesSchema(schema(R"({"type": "object", "required": ["a"],
                "properties": {"a": {"enum": [1, "x"]}, "b": {"items": {"type": "string"}}}})")),
            Assertion::maxLength(280),
            Assertion::maxLatency(2000),
            Assertion::maxCost(0.0125),
            ci,
            Assertion::equivalentToBaseline(SimilarityMeasure::Jaccard, 0.6),
    };
    QTest::addRow("empty") << QList<Assertion>();
}

void TestAssertions::jsonRoundTrip()
{
    QFETCH(QList<Assertion>, assertions);
    const QByteArray first = QJsonDocument(AssertionJson::toJson(assertions)).toJson();
    const Result<QList<Assertion>> parsed = AssertionJson::listFromBytes(first);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), assertions);
    QCOMPARE(QJsonDocument(AssertionJson::toJson(parsed.value())).toJson(), first);
}

void TestAssertions::jsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("syntax") << QByteArray(R"([{"type": "equals",}])") << u"invalid JSON at byte"_s;
    QTest::addRow("not array") << QByteArray(R"({"type": "equals"})")
                               << u"assertions must be an array"_s;
    QTest::addRow("element not object")
            << QByteArray("[1]") << u"assertions[0] must be an object"_s;
    QTest::addRow("no type") << QByteArray(R"([{"value": "x"}])")
                             << u"assertions[0].type is required"_s;
    QTest::addRow("unknown type") << QByteArray(R"([{"type": "similar"}])")
                                  << u"assertions[0].type has the unknown value \"similar\""_s;
    QTest::addRow("key of another kind")
            << QByteArray(R"([{"type": "equals", "value": "a"}, {"type": "regex", "patern": "x"}])")
            << u"assertions[1].patern is not a known key for regex"_s;
    QTest::addRow("equals without value")
            << QByteArray(R"([{"type": "equals"}])") << u"assertions[0].value is required"_s;
    QTest::addRow("value type") << QByteArray(R"([{"type": "starts_with", "value": 1}])")
                                << u"assertions[0].value must be a string"_s;
    QTest::addRow("contains empty") << QByteArray(R"([{"type": "contains", "values": []}])")
                                    << u"assertions[0].values must be a non-empty array"_s;
    QTest::addRow("contains non-string")
            << QByteArray(R"([{"type": "contains", "values": ["a", 2]}])")
            << u"assertions[0].values must be a non-empty array of strings"_s;
    QTest::addRow("contains match")
            << QByteArray(R"([{"type": "contains", "values": ["a"], "match": "some"}])")
            << u"assertions[0].match must be \"any\" or \"all\""_s;
    QTest::addRow("bad regex") << QByteArray(R"([{"type": "regex", "pattern": "a("}])")
                               << u"assertions[0].pattern is not a valid regular expression"_s;
    QTest::addRow("schema missing")
            << QByteArray(R"([{"type": "json_schema"}])") << u"assertions[0].schema is required"_s;
    QTest::addRow("schema unsupported") << QByteArray(
            R"([{"type": "json_schema", "schema": {"properties": {"a": {"pattern": "x"}}}}])")
                                        << u"assertions[0].schema.properties.a.pattern is a keyword"_s;
    QTest::addRow("max length fraction") << QByteArray(R"([{"type": "max_length", "max": 2.5}])")
                                         << u"assertions[0].max must be a whole number from 0"_s;
    QTest::addRow("latency negative") << QByteArray(R"([{"type": "max_latency", "max_ms": -1}])")
                                      << u"assertions[0].max_ms must be a whole number from 0"_s;
    QTest::addRow("latency key") << QByteArray(R"([{"type": "max_latency", "max": 10}])")
                                 << u"assertions[0].max is not a known key for max_latency"_s;
    QTest::addRow("cost missing") << QByteArray(R"([{"type": "max_cost"}])")
                                  << u"assertions[0].max is required"_s;
    QTest::addRow("threshold range")
            << QByteArray(R"([{"type": "similar_to_reference", "threshold": 1.5}])")
            << u"assertions[0].threshold must be a number from 0 to 1"_s;
    QTest::addRow("measure unknown") << QByteArray(
            R"([{"type": "equivalent_to_baseline", "measure": "bleu", "threshold": 0.5}])")
                                     << u"assertions[0].measure must be"_s;
    QTest::addRow("weight negative") << QByteArray(R"([{"type": "is_json", "weight": -2}])")
                                     << u"assertions[0].weight must be a number from 0"_s;
    QTest::addRow("flag type") << QByteArray(
            R"([{"type": "equals", "value": "a", "case_insensitive": "yes"}])")
                               << u"assertions[0].case_insensitive must be true or false"_s;
}

void TestAssertions::jsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const Result<QList<Assertion>> r = AssertionJson::listFromBytes(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
}

void TestAssertions::describesEveryKind()
{
    // Keys round-trip and every kind has a description.
    for (int k = int(AssertionKind::Equals); k <= int(AssertionKind::EquivalentToBaseline); ++k) {
        const auto kind = AssertionKind(k);
        QCOMPARE(Assertions::kindFromKey(Assertions::kindKey(kind)),
                 std::optional<AssertionKind>(kind));
        Assertion a;
        a.kind = kind;
        QVERIFY(!Assertions::describe(a).isEmpty());
    }
    QCOMPARE(Assertions::describe(Assertion::contains({u"a"_s, u"b"_s}, ContainsMode::All)),
             u"contains all of \"a\", \"b\""_s);
    QCOMPARE(Assertions::describe(Assertion::maxLatency(2000)), u"latency at most 2000 ms"_s);
    // Defaults are filled in on import: a minimal hand-written list is accepted.
    const Result<QList<Assertion>> minimal = AssertionJson::listFromBytes(
            R"([{"type": "contains", "values": ["x"]}, {"type": "similar_to_reference", "threshold": 0.5}])");
    QVERIFY(minimal.ok());
    QCOMPARE(minimal.value().at(0), Assertion::contains({u"x"_s}, ContainsMode::Any));
    QCOMPARE(minimal.value().at(1),
             Assertion::similarToReference(SimilarityMeasure::Levenshtein, 0.5));
}

QTEST_GUILESS_MAIN(TestAssertions)
#include "tst_assertions.moc"
