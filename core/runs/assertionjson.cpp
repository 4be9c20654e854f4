#include "core/runs/assertionjson.h"

#include "core/runs/jsonschema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::AssertionJson {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::AssertionJson)
};

QStringList keysFor(AssertionKind kind)
{
    QStringList keys{u"type"_s, u"weight"_s};
    switch (kind) {
    case AssertionKind::Equals:
    case AssertionKind::StartsWith:
        keys << u"value"_s << u"case_insensitive"_s;
        break;
    case AssertionKind::Contains:
        keys << u"values"_s << u"match"_s << u"case_insensitive"_s;
        break;
    case AssertionKind::Regex:
        keys << u"pattern"_s << u"case_insensitive"_s;
        break;
    case AssertionKind::IsJson:
        keys << u"allow_code_fence"_s;
        break;
    case AssertionKind::MatchesSchema:
        keys << u"schema"_s << u"allow_code_fence"_s;
        break;
    case AssertionKind::MaxLength:
    case AssertionKind::MaxCost:
        keys << u"max"_s;
        break;
    case AssertionKind::MaxLatency:
        keys << u"max_ms"_s;
        break;
    case AssertionKind::SimilarToReference:
    case AssertionKind::EquivalentToBaseline:
        keys << u"measure"_s << u"threshold"_s << u"case_insensitive"_s;
        break;
    }
    return keys;
}

class Reader
{
public:
    Reader(const QJsonObject &o, const QString &path)
        : m_o(o)
        , m_path(path)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &key, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = Tr::tr("%1 %2").arg(m_path + u'.' + key, problem);
    }

    QString string(const QString &key, bool required)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, Tr::tr("is required"));
            return QString();
        }
        if (!v.isString()) {
            fail(key, Tr::tr("must be a string"));
            return QString();
        }
        return v.toString();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            fail(key, Tr::tr("must be true or false"));
            return false;
        }
        return v.toBool();
    }

    double number(const QString &key, double fallback, bool required, double min, double max,
                  bool whole = false)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, Tr::tr("is required"));
            return fallback;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max
            || (whole && d != std::floor(d))) {
            if (whole)
                fail(key, Tr::tr("must be a whole number from %1").arg(min));
            else if (max < 1e300)
                fail(key, Tr::tr("must be a number from %1 to %2").arg(min).arg(max));
            else
                fail(key, Tr::tr("must be a number from %1").arg(min));
            return fallback;
        }
        return d;
    }

    QJsonValue value(const QString &key) const { return m_o.value(key); }

private:
    QJsonObject m_o;
    QString m_path;
    QString m_error;
};

constexpr double kHuge = 1e308;
constexpr double kMaxWhole = 9007199254740992.0; // 2^53

} // namespace

QJsonObject toJson(const Assertion &a)
{
    QJsonObject o;
    o.insert(u"type"_s, Assertions::kindKey(a.kind));
    o.insert(u"weight"_s, a.weight);
    switch (a.kind) {
    case AssertionKind::Equals:
    case AssertionKind::StartsWith:
        o.insert(u"value"_s, a.text);
        o.insert(u"case_insensitive"_s, a.caseInsensitive);
        break;
    case AssertionKind::Contains:
        o.insert(u"values"_s, QJsonArray::fromStringList(a.needles));
        o.insert(u"match"_s, a.mode == ContainsMode::All ? u"all"_s : u"any"_s);
        o.insert(u"case_insensitive"_s, a.caseInsensitive);
        break;
    case AssertionKind::Regex:
        o.insert(u"pattern"_s, a.text);
        o.insert(u"case_insensitive"_s, a.caseInsensitive);
        break;
    case AssertionKind::IsJson:
        o.insert(u"allow_code_fence"_s, a.allowCodeFence);
        break;
    case AssertionKind::MatchesSchema:
        o.insert(u"schema"_s, a.schema);
        o.insert(u"allow_code_fence"_s, a.allowCodeFence);
        break;
    case AssertionKind::MaxLength:
    case AssertionKind::MaxCost:
        o.insert(u"max"_s, a.limit);
        break;
    case AssertionKind::MaxLatency:
        o.insert(u"max_ms"_s, a.limit);
        break;
    case AssertionKind::SimilarToReference:
    case AssertionKind::EquivalentToBaseline:
        o.insert(u"measure"_s, Similarity::key(a.measure));
        o.insert(u"threshold"_s, a.limit);
        o.insert(u"case_insensitive"_s, a.caseInsensitive);
        break;
    }
    return o;
}

QJsonArray toJson(const QList<Assertion> &assertions)
{
    QJsonArray out;
    for (const Assertion &a : assertions)
        out.append(toJson(a));
    return out;
}

Result<Assertion> fromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return makeError(ErrorKind::BadInput, Tr::tr("%1 must be an object").arg(path));
    const QJsonObject o = value.toObject();
    Reader r(o, path);
    const QString type = r.string(u"type"_s, true);
    if (r.failed())
        return makeError(ErrorKind::BadInput, r.error());
    const std::optional<AssertionKind> kind = Assertions::kindFromKey(type);
    if (!kind) {
        r.fail(u"type"_s, Tr::tr("has the unknown value \"%1\"").arg(type));
        return makeError(ErrorKind::BadInput, r.error());
    }
    const QStringList allowed = keysFor(*kind);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            r.fail(it.key(), Tr::tr("is not a known key for %1").arg(type));
            return makeError(ErrorKind::BadInput, r.error());
        }
    }

    Assertion a;
    a.kind = *kind;
    a.weight = r.number(u"weight"_s, 1.0, false, 0.0, kHuge);
    switch (a.kind) {
    case AssertionKind::Equals:
    case AssertionKind::StartsWith:
        a.text = r.string(u"value"_s, true);
        a.caseInsensitive = r.boolean(u"case_insensitive"_s);
        break;
    case AssertionKind::Contains: {
        const QJsonValue values = r.value(u"values"_s);
        if (!values.isArray() || values.toArray().isEmpty()) {
            r.fail(u"values"_s, Tr::tr("must be a non-empty array of strings"));
            break;
        }
        const QJsonArray items = values.toArray();
        for (const QJsonValue &v : items) {
            if (!v.isString() || v.toString().isEmpty()) {
                r.fail(u"values"_s, Tr::tr("must be a non-empty array of strings"));
                break;
            }
            a.needles.append(v.toString());
        }
        const QString match = r.string(u"match"_s, false);
        if (match == u"all")
            a.mode = ContainsMode::All;
        else if (!match.isEmpty() && match != u"any")
            r.fail(u"match"_s, Tr::tr("must be \"any\" or \"all\""));
        a.caseInsensitive = r.boolean(u"case_insensitive"_s);
        break;
    }
    case AssertionKind::Regex: {
        a.text = r.string(u"pattern"_s, true);
        a.caseInsensitive = r.boolean(u"case_insensitive"_s);
        if (r.failed())
            break;
        const QRegularExpression re(a.text);
        if (!re.isValid())
            r.fail(u"pattern"_s, Tr::tr("is not a valid regular expression (at offset %1: %2)")
                                         .arg(re.patternErrorOffset())
                                         .arg(re.errorString()));
        break;
    }
    case AssertionKind::IsJson:
        a.allowCodeFence = r.boolean(u"allow_code_fence"_s);
        break;
    case AssertionKind::MatchesSchema: {
        a.allowCodeFence = r.boolean(u"allow_code_fence"_s);
        const QJsonValue schema = r.value(u"schema"_s);
        if (!schema.isObject()) {
            r.fail(u"schema"_s,
                   schema.isUndefined() ? Tr::tr("is required") : Tr::tr("must be an object"));
            break;
        }
        a.schema = schema.toObject();
        if (Result<void> ok = JsonSchema::check(a.schema, path + u".schema"_s); !ok)
            return ok.error();
        break;
    }
    case AssertionKind::MaxLength:
        a.limit = r.number(u"max"_s, 0, true, 0, kMaxWhole, true);
        break;
    case AssertionKind::MaxLatency:
        a.limit = r.number(u"max_ms"_s, 0, true, 0, kMaxWhole, true);
        break;
    case AssertionKind::MaxCost:
        a.limit = r.number(u"max"_s, 0, true, 0, kHuge);
        break;
    case AssertionKind::SimilarToReference:
    case AssertionKind::EquivalentToBaseline: {
        const QString measure = r.string(u"measure"_s, false);
        if (!measure.isEmpty()) {
            if (const auto m = Similarity::fromKey(measure))
                a.measure = *m;
            else
                r.fail(u"measure"_s, Tr::tr("must be \"levenshtein\", \"jaccard\" or \"cosine\""));
        }
        a.limit = r.number(u"threshold"_s, 0, true, 0, 1);
        a.caseInsensitive = r.boolean(u"case_insensitive"_s);
        break;
    }
    }
    if (r.failed())
        return makeError(ErrorKind::BadInput, r.error());
    return a;
}

Result<QList<Assertion>> listFromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return makeError(ErrorKind::BadInput, Tr::tr("%1 must be an array").arg(path));
    QList<Assertion> out;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        Result<Assertion> a = fromJson(items.at(i), path + u'[' + QString::number(i) + u']');
        if (!a)
            return a.error();
        out.append(std::move(a).value());
    }
    return out;
}

Result<QList<Assertion>> listFromBytes(const QByteArray &json, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorKind::BadInput, Tr::tr("%1: invalid JSON at byte %2: %3")
                                                      .arg(path)
                                                      .arg(parseError.offset + 1)
                                                      .arg(parseError.errorString()));
    if (!doc.isArray())
        return makeError(ErrorKind::BadInput, Tr::tr("%1 must be an array").arg(path));
    return listFromJson(doc.array(), path);
}

} // namespace Cutover::AssertionJson
