#include "core/runs/resultsquery.h"

#include "core/project/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Cutover::ResultsQuery {
namespace {

// A result counts as failed when its assertions failed or the call ended in
// an error or cut off; a cancelled cell is not finished, so not failed.
const QString kFailed = u"(coalesce(json_extract(%1.v, '$.status') IN ('error', 'incomplete'), 0)"
                        " OR coalesce(json_extract(%1.v, '$.passed') = 0, 0))"_s;

// Per case, the mean over the repeats both sides answered.
const QString kPairs
        = u"pairs AS (SELECT b.cs AS cs, avg("
          "2.0 * ((json_extract(b.v, '$.status') IS NOT json_extract(o.v, '$.status'))"
          " OR (json_extract(b.v, '$.passed') IS NOT json_extract(o.v, '$.passed')))"
          " + (json_extract(b.v, '$.text') IS NOT json_extract(o.v, '$.text'))) AS score"
          " FROM results b JOIN results o"
          " ON o.run = b.run AND o.cs = b.cs AND o.ep = ? AND o.rep = b.rep"
          " WHERE b.run = ? AND b.ep = ? GROUP BY b.cs)"_s;

std::optional<CallStatus> statusFromKey(const QString &key)
{
    for (CallStatus s :
         {CallStatus::Ok, CallStatus::Error, CallStatus::Incomplete, CallStatus::Cancelled}) {
        if (callStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

} // namespace

Result<ResultsIndex> index(QSqlDatabase db, const ResultsQuerySpec &spec)
{
    const bool needPairs = spec.sortByDisagreement || spec.filter == ResultsFilter::Different;
    const bool needFailed = spec.filter == ResultsFilter::Failures;
    QString sql;
    QVariantList values;
    if (!needPairs && !needFailed) {
        sql = u"SELECT DISTINCT cs, 0 FROM results WHERE run = ? ORDER BY cs"_s;
        values = {spec.runId};
    } else {
        const QString cases = needFailed ? u"cases AS (SELECT cs, max(%1) AS failed FROM results r"
                                           " WHERE run = ? GROUP BY cs)"_s.arg(kFailed.arg(u"r"_s))
                                         : u"cases AS (SELECT DISTINCT cs, 0 AS failed FROM results"
                                           " WHERE run = ?)"_s;
        values = {spec.runId};
        sql = u"WITH "_s + cases;
        QString score = u"0"_s;
        QString from = u" FROM cases c"_s;
        if (needPairs) {
            sql += u", "_s + kPairs;
            values += QVariantList{spec.candidate, spec.runId, spec.baseline};
            score = u"coalesce(p.score, 0)"_s;
            from += u" LEFT JOIN pairs p ON p.cs = c.cs"_s;
        }
        sql += u" SELECT c.cs, "_s + score + from;
        if (needFailed)
            sql += u" WHERE c.failed"_s;
        else if (spec.filter == ResultsFilter::Different)
            sql += u" WHERE p.score > 0"_s;
        sql += spec.sortByDisagreement ? u" ORDER BY 2 DESC, c.cs"_s : u" ORDER BY c.cs"_s;
    }

    ResultsIndex out;
    auto ratings = RunStore::ratings(db, spec.runId);
    if (!ratings)
        return ratings.error();
    out.ratings.reserve(ratings->size());
    for (const RatingEntry &r : ratings.value())
        out.ratings.insert(r.caseId, r);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = execSql(q, sql, values); !r)
        return r.error();
    const bool unrated = spec.filter == ResultsFilter::Unrated;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (unrated && out.ratings.contains(id))
            continue;
        out.caseIds.append(id);
        if (spec.sortByDisagreement)
            out.disagreement.append(q.value(1).toDouble());
    }
    return out;
}

Result<QList<qint64>> firstCaseIds(QSqlDatabase db, qint64 runId, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = execSql(q, u"SELECT DISTINCT cs FROM results WHERE run = ? ORDER BY cs LIMIT ?"_s,
                         {runId, limit});
        !r)
        return r.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<MatrixRow>> rows(QSqlDatabase db, qint64 runId, const QStringList &endpoints,
                              const QList<qint64> &caseIds)
{
    QList<MatrixRow> out;
    out.reserve(caseIds.size());
    QHash<qint64, qsizetype> rowOf;
    for (qint64 id : caseIds) {
        rowOf.insert(id, out.size());
        out.append(MatrixRow{id, QList<MatrixCell>(endpoints.size())});
    }
    if (caseIds.isEmpty() || endpoints.isEmpty())
        return out;

    // SQLite allows at least 32,766 parameters; pages are far smaller, but
    // stay safe for a caller that asks for many.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < caseIds.size(); start += kChunk) {
        const QList<qint64> chunk = caseIds.mid(start, kChunk);
        QString marks;
        QVariantList values{runId};
        for (qint64 id : chunk) {
            marks += marks.isEmpty() ? u"?"_s : u",?"_s;
            values.append(id);
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString sql
                = u"SELECT cs, ep, rep, json_extract(v, '$.status'), json_extract(v, '$.passed'),"
                  " CASE WHEN rep = 0 THEN substr(coalesce(nullif(json_extract(v, '$.text'), ''),"
                  " json_extract(v, '$.error')), 1, %1) END,"
                  " json_extract(v, '$.latency_ms'), json_extract(v, '$.cost'),"
                  " json_extract(v, '$.cached')"
                  " FROM results WHERE run = ? AND cs IN (%2)"_s.arg(kPreviewLength)
                          .arg(marks);
        if (auto r = execSql(q, sql, values); !r)
            return r.error();
        while (q.next()) {
            const qsizetype row = rowOf.value(q.value(0).toLongLong(), -1);
            const qsizetype column = endpoints.indexOf(q.value(1).toString());
            if (row < 0 || column < 0)
                continue;
            MatrixCell &cell = out[row].cells[column];
            const QVariant passed = q.value(4);
            ++cell.repeats;
            if (!passed.isNull()) {
                ++cell.judgedRepeats;
                if (passed.toInt() != 0)
                    ++cell.passedRepeats;
            }
            if (q.value(2).toInt() != 0)
                continue;
            cell.present = true;
            cell.status = statusFromKey(q.value(3).toString()).value_or(CallStatus::Error);
            if (!passed.isNull())
                cell.passed = passed.toInt() != 0;
            cell.preview = q.value(5).toString();
            cell.latencyMs = q.value(6).toLongLong();
            if (!q.value(7).isNull())
                cell.cost = q.value(7).toDouble();
            cell.fromCache = q.value(8).toInt() != 0;
        }
    }
    return out;
}

} // namespace Cutover::ResultsQuery
