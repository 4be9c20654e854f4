#include "core/runs/assertioneval.h"

#include "core/runs/jsonschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Assertions)
};

AssertionOutcome pass(QString reason, std::optional<double> measured = std::nullopt)
{
    return {AssertionStatus::Passed, std::move(reason), 1.0, measured};
}

AssertionOutcome failure(QString reason, std::optional<double> measured = std::nullopt)
{
    return {AssertionStatus::Failed, std::move(reason), 1.0, measured};
}

AssertionOutcome skip(QString reason)
{
    return {AssertionStatus::Skipped, std::move(reason), 1.0, std::nullopt};
}

QString quoted(const QString &text)
{
    constexpr qsizetype kMax = 80;
    if (text.size() <= kMax)
        return u'"' + text + u'"';
    return u'"' + text.left(kMax) + u"…\""_s;
}

qsizetype codePointCount(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++n;
    }
    return n;
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// Strips one surrounding Markdown code fence (```json ... ```), if present.
QString withoutFence(const QString &answer)
{
    static const QRegularExpression fence(
            u"^\\s*```[A-Za-z0-9_-]*[ \\t]*\\r?\\n(.*?)\\r?\\n?```\\s*$"_s,
            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = fence.match(answer);
    return m.hasMatch() ? m.captured(1) : answer;
}

// Parses one JSON value of any type (QJsonDocument alone takes objects and arrays only).
std::optional<QJsonValue> parseJson(const QString &text, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + utf8 + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int at = std::clamp(parseError.offset - 1, 0, int(utf8.size()));
        *error = Tr::tr("The answer is not valid JSON (at byte %1: %2).")
                         .arg(at + 1)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonArray wrapped = doc.array();
    if (wrapped.size() != 1) {
        *error = wrapped.isEmpty() ? Tr::tr("The answer is empty, not JSON.")
                                   : Tr::tr("The answer holds several JSON values, not one.");
        return std::nullopt;
    }
    return wrapped.at(0);
}

AssertionOutcome similarity(const Assertion &a, const std::optional<QString> &other,
                            const QString &answer, bool baseline)
{
    if (!other) {
        return skip(baseline ? Tr::tr("No baseline answer to compare with (this is the baseline, "
                                      "or its call failed).")
                             : Tr::tr("The case has no reference answer."));
    }
    const double s = Similarity::measure(a.measure, answer, *other, a.caseInsensitive);
    const QString what = baseline ? Tr::tr("the baseline's answer") : Tr::tr("the reference");
    const QString text
            = Tr::tr("Similarity to %1 is %2 (%3); the threshold is %4.")
                      .arg(what, number(s, 3), Similarity::label(a.measure), number(a.limit, 3));
    // A small tolerance so that a threshold typed as 0.8 accepts a computed 0.7999999.
    return s + 1e-9 >= a.limit ? pass(text, s) : failure(text, s);
}

} // namespace

int Evaluation::failedCount() const
{
    int n = 0;
    for (const AssertionOutcome &o : outcomes) {
        if (o.status == AssertionStatus::Failed)
            ++n;
    }
    return n;
}

namespace Assertions {

AssertionOutcome evaluate(const Assertion &a, const AssertionInput &input)
{
    const Qt::CaseSensitivity cs = a.caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const QString &answer = input.answer;
    AssertionOutcome out;

    switch (a.kind) {
    case AssertionKind::Equals: {
        const QString got = answer.trimmed();
        const QString want = a.text.trimmed();
        if (got.compare(want, cs) == 0) {
            out = pass(Tr::tr("The answer equals the expected text."));
            break;
        }
        qsizetype at = 0;
        while (at < got.size() && at < want.size()
               && QStringView(got).mid(at, 1).compare(QStringView(want).mid(at, 1), cs) == 0)
            ++at;
        out = failure(Tr::tr("The answer differs from the expected text at character %1 "
                             "(expected %2 characters, got %3).")
                              .arg(at + 1)
                              .arg(want.size())
                              .arg(got.size()));
        break;
    }
    case AssertionKind::Contains: {
        QStringList found;
        QStringList missing;
        for (const QString &needle : a.needles)
            (answer.contains(needle, cs) ? found : missing).append(quoted(needle));
        const bool ok = a.mode == ContainsMode::All ? missing.isEmpty() : !found.isEmpty();
        if (a.mode == ContainsMode::All) {
            out = ok ? pass(Tr::tr("All %n text(s) found.", nullptr, int(found.size())))
                     : failure(Tr::tr("Not found: %1.").arg(missing.join(u", "_s)));
        } else {
            out = ok ? pass(Tr::tr("Found %1.").arg(found.join(u", "_s)))
                     : failure(Tr::tr("None found of %1.").arg(missing.join(u", "_s)));
        }
        out.measured = double(found.size());
        break;
    }
    case AssertionKind::Regex: {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (a.caseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        const QRegularExpression re(a.text, options);
        if (!re.isValid()) {
            out = failure(Tr::tr("The pattern /%1/ is not a valid regular expression (at offset "
                                 "%2: %3).")
                                  .arg(a.text)
                                  .arg(re.patternErrorOffset())
                                  .arg(re.errorString()));
            break;
        }
        const QRegularExpressionMatch m = re.match(answer);
        out = m.hasMatch() ? pass(Tr::tr("/%1/ matches %2 at character %3.")
                                          .arg(a.text, quoted(m.captured(0)))
                                          .arg(m.capturedStart(0) + 1))
                           : failure(Tr::tr("/%1/ does not match the answer.").arg(a.text));
        break;
    }
    case AssertionKind::StartsWith: {
        qsizetype start = 0;
        while (start < answer.size() && answer.at(start).isSpace())
            ++start;
        const QStringView rest = QStringView(answer).mid(start);
        out = rest.startsWith(a.text, cs)
                      ? pass(Tr::tr("The answer starts with %1.").arg(quoted(a.text)))
                      : failure(Tr::tr("The answer starts with %1, not %2.")
                                        .arg(quoted(rest.left(a.text.size()).toString()),
                                             quoted(a.text)));
        break;
    }
    case AssertionKind::IsJson:
    case AssertionKind::MatchesSchema: {
        QString error;
        const QString text = a.allowCodeFence ? withoutFence(answer) : answer;
        const std::optional<QJsonValue> value = parseJson(text, &error);
        if (!value) {
            out = failure(error);
            break;
        }
        if (a.kind == AssertionKind::IsJson) {
            out = pass(Tr::tr("The answer is valid JSON."));
            break;
        }
        if (Result<void> ok = JsonSchema::check(a.schema); !ok) {
            out = failure(ok.error().message);
            break;
        }
        if (const auto v = JsonSchema::validate(*value, a.schema))
            out = failure(
                    Tr::tr("The JSON does not match the schema: %1 %2.").arg(v->path, v->message));
        else
            out = pass(Tr::tr("The JSON matches the schema."));
        break;
    }
    case AssertionKind::MaxLength: {
        const qsizetype n = codePointCount(answer);
        const qint64 max = qint64(a.limit);
        out = n <= max
                      ? pass(Tr::tr("%1 characters, within the limit of %2.").arg(n).arg(max),
                             double(n))
                      : failure(Tr::tr("%1 characters, more than the limit of %2.").arg(n).arg(max),
                                double(n));
        break;
    }
    case AssertionKind::MaxLatency: {
        const qint64 max = qint64(a.limit);
        out = input.latencyMs <= max
                      ? pass(Tr::tr("Latency %1 ms, within the limit of %2 ms.")
                                     .arg(input.latencyMs)
                                     .arg(max),
                             double(input.latencyMs))
                      : failure(Tr::tr("Latency %1 ms, more than the limit of %2 ms.")
                                        .arg(input.latencyMs)
                                        .arg(max),
                                double(input.latencyMs));
        break;
    }
    case AssertionKind::MaxCost:
        if (!input.cost) {
            out = skip(Tr::tr("The cost is unknown (no prices or no token counts)."));
            break;
        }
        out = *input.cost <= a.limit + 1e-12
                      ? pass(Tr::tr("Cost %1, within the limit of %2.")
                                     .arg(number(*input.cost, 6), number(a.limit, 6)),
                             *input.cost)
                      : failure(Tr::tr("Cost %1, more than the limit of %2.")
                                        .arg(number(*input.cost, 6), number(a.limit, 6)),
                                *input.cost);
        break;
    case AssertionKind::SimilarToReference:
        out = similarity(a, input.reference, answer, false);
        break;
    case AssertionKind::EquivalentToBaseline:
        out = similarity(a, input.baselineAnswer, answer, true);
        break;
    }
    out.weight = a.weight;
    return out;
}

Evaluation evaluate(const QList<Assertion> &assertions, const AssertionInput &input,
                    double threshold)
{
    Evaluation e;
    e.threshold = threshold;
    for (const Assertion &a : assertions) {
        AssertionOutcome o = evaluate(a, input);
        if (o.status == AssertionStatus::Passed) {
            e.passedWeight += o.weight;
            e.countedWeight += o.weight;
        } else if (o.status == AssertionStatus::Failed) {
            e.countedWeight += o.weight;
        }
        e.outcomes.append(std::move(o));
    }
    e.score = e.countedWeight > 0 ? e.passedWeight / e.countedWeight : 1.0;
    e.passed = e.score + 1e-9 >= threshold;
    return e;
}

QString statusKey(AssertionStatus status)
{
    switch (status) {
    case AssertionStatus::Passed:
        return u"passed"_s;
    case AssertionStatus::Failed:
        return u"failed"_s;
    case AssertionStatus::Skipped:
        return u"skipped"_s;
    }
    return QString();
}

} // namespace Assertions
} // namespace Cutover
