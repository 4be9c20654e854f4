#include "core/runs/resultimport.h"

#include "core/endpoints/endpointstore.h"
#include "core/providers/resultfolder.h"
#include "core/runs/casestore.h"
#include "core/runs/resultevaluation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::ResultImport {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ResultImport)
};

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys{u"case"_s,          u"endpoint"_s,     u"repeat"_s,
                                    u"status"_s,        u"text"_s,         u"latency_ms"_s,
                                    u"ttft_ms"_s,       u"input_tokens"_s, u"cached_input_tokens"_s,
                                    u"output_tokens"_s, u"cost"_s,         u"finish_reason"_s,
                                    u"error"_s,         u"request_id"_s,   u"finished_at"_s};
    return keys;
}

// Reads one line's record; errors say what is wrong, the caller adds where.
class RecordReader
{
public:
    explicit RecordReader(const QJsonObject &object)
        : m_object(object)
    {}

    QString error;

    std::optional<qint64> count(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Tr::tr("\"%1\" is missing.").arg(key));
            return std::nullopt;
        }
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9.0e15) {
            fail(Tr::tr("\"%1\" must be a whole number of at least 0.").arg(key));
            return std::nullopt;
        }
        return qint64(d);
    }

    QString text(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(Tr::tr("\"%1\" must be a string.").arg(key));
        return v.toString();
    }

private:
    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    QJsonObject m_object;
};

std::optional<CallStatus> statusFromKey(const QString &key)
{
    for (CallStatus s : {CallStatus::Ok, CallStatus::Error, CallStatus::Incomplete}) {
        if (callStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

} // namespace

Result<Summary> importJsonl(QSqlDatabase db, const QString &path, const Options &options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));

    auto endpoints = EndpointStore::load(db);
    if (!endpoints)
        return endpoints.error();
    QHash<QString, EndpointPrices> prices;
    for (const Endpoint &e : std::as_const(endpoints.value()))
        prices.insert(e.name, e.prices);
    auto cases = CaseStore::list(db);
    if (!cases)
        return cases.error();
    QHash<qint64, TestCase> caseById;
    for (const TestCase &c : std::as_const(cases.value()))
        caseById.insert(c.id, c);

    QList<RunResult> results;
    QSet<CellKey> seen;
    qint64 lineNumber = 0;
    int repeats = 0;
    const auto where = [&] {
        return u"%1:%2: "_s.arg(name).arg(lineNumber);
    };
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(ErrorKind::BadInput,
                             where()
                                     + (doc.isNull() ? Tr::tr("not valid JSON at byte %1: %2.")
                                                               .arg(parseError.offset + 1)
                                                               .arg(parseError.errorString())
                                                     : Tr::tr("each line must be a JSON object.")));
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!knownKeys().contains(it.key()))
                return makeError(ErrorKind::BadInput,
                                 where() + Tr::tr("\"%1\" is not a known key.").arg(it.key()));
        }
        RecordReader read(object);
        RunResult r;
        r.caseId = read.count(u"case"_s, true).value_or(0);
        r.endpoint = read.text(u"endpoint"_s);
        r.repeat = int(read.count(u"repeat"_s, false).value_or(0));
        r.text = read.text(u"text"_s);
        r.latencyMs = read.count(u"latency_ms"_s, true).value_or(0);
        r.ttftMs = read.count(u"ttft_ms"_s, false);
        r.usage.input = read.count(u"input_tokens"_s, false);
        r.usage.cachedInput = read.count(u"cached_input_tokens"_s, false);
        r.usage.output = read.count(u"output_tokens"_s, false);
        r.finishReason = read.text(u"finish_reason"_s);
        r.error = read.text(u"error"_s);
        r.requestId = read.text(u"request_id"_s);
        const QString statusText = read.text(u"status"_s);
        const QString finished = read.text(u"finished_at"_s);
        if (!read.error.isEmpty())
            return makeError(ErrorKind::BadInput, where() + read.error);
        const auto status
                = statusText.isEmpty() ? std::optional(CallStatus::Ok) : statusFromKey(statusText);
        if (!status)
            return makeError(ErrorKind::BadInput,
                             where()
                                     + Tr::tr("\"status\" must be \"ok\", \"error\" or "
                                              "\"incomplete\", not \"%1\".")
                                               .arg(statusText));
        r.status = *status;
        if (!options.spec.endpoints.contains(r.endpoint))
            return makeError(
                    ErrorKind::BadInput,
                    where()
                            + Tr::tr("the endpoint \"%1\" is not one of the run's "
                                     "endpoints (%2).")
                                      .arg(r.endpoint, options.spec.endpoints.join(u", "_s)));
        if (!caseById.contains(r.caseId))
            return makeError(ErrorKind::BadInput,
                             where() + Tr::tr("the project has no case %1.").arg(r.caseId));
        if (r.repeat > 9999)
            return makeError(ErrorKind::BadInput,
                             where() + Tr::tr("\"repeat\" must be below 10000."));
        if (!finished.isEmpty()) {
            r.finishedAt = QDateTime::fromString(finished, Qt::ISODateWithMs);
            if (!r.finishedAt.isValid())
                return makeError(ErrorKind::BadInput,
                                 where()
                                         + Tr::tr("\"finished_at\" is not an ISO 8601 time: "
                                                  "\"%1\".")
                                                   .arg(finished));
        }
        const QJsonValue cost = object.value(u"cost"_s);
        if (cost.isUndefined()) {
            r.cost = costOf(r.usage, prices.value(r.endpoint));
        } else if (!cost.isNull()) {
            if (!cost.isDouble() || cost.toDouble() < 0)
                return makeError(ErrorKind::BadInput,
                                 where() + Tr::tr("\"cost\" must be a number of at least 0."));
            r.cost = cost.toDouble();
        }
        const CellKey cell{r.caseId, r.endpoint, r.repeat};
        if (seen.contains(cell))
            return makeError(ErrorKind::BadInput,
                             where()
                                     + Tr::tr("a second result for case %1, endpoint \"%2\", "
                                              "repeat %3.")
                                               .arg(r.caseId)
                                               .arg(r.endpoint)
                                               .arg(r.repeat));
        seen.insert(cell);
        repeats = std::max(repeats, r.repeat + 1);
        results.append(std::move(r));
    }
    if (results.isEmpty())
        return makeError(ErrorKind::BadInput, Tr::tr("%1 holds no results.").arg(name));

    RunSpec spec = options.spec;
    spec.repeats = repeats;
    auto run = BatchRunner::resolveRun(db, spec);
    if (!run)
        return run.error();
    run->note = options.note;
    // Recorded results say when they were made: the run started with the
    // earliest of them, not at the import.
    for (const RunResult &r : std::as_const(results)) {
        if (r.finishedAt.isValid())
            run->createdAt = std::min(run->createdAt, r.finishedAt.addMSecs(-r.latencyMs));
    }
    const QString baseline = options.spec.endpoints.constFirst();
    QHash<CellKey, QString> baselineAnswers;
    for (const RunResult &r : std::as_const(results)) {
        if (r.endpoint == baseline && r.status == CallStatus::Ok)
            baselineAnswers.insert(CellKey{r.caseId, QString(), r.repeat}, r.text);
    }
    QDateTime last = run->createdAt;
    for (RunResult &r : results) {
        if (!r.finishedAt.isValid())
            r.finishedAt = run->createdAt;
        last = std::max(last, r.finishedAt);
        std::optional<QString> baselineAnswer;
        if (r.endpoint != baseline) {
            const auto it = baselineAnswers.constFind(CellKey{r.caseId, QString(), r.repeat});
            if (it != baselineAnswers.cend())
                baselineAnswer = *it;
        }
        RunEvaluation::apply(r, caseById.value(r.caseId), baselineAnswer);
    }
    run->status = RunStatus::Done;
    run->finishedAt = last;
    // The run and all its results in one transaction: both or nothing.
    const qint64 count = results.size();
    auto runId = RunStore::createRunWithResults(db, run.value(), std::move(results));
    if (!runId)
        return runId.error();
    return Summary{runId.value(), count, repeats};
}

} // namespace Cutover::ResultImport
