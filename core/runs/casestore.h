#pragma once

#include "core/runs/testcase.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The project's test cases (schema v4, table kv, keys "c/<id>"), as JSON:
// variables, reference, tags, assertions (assertionjson.h), pass_threshold.
// Ids start at 1 and are never reused, not even after the case is removed
// (the last id handed out is kept under "c-last"), so stored run results
// never point at a different case; restore() puts removed cases back under
// their own ids (undo).
namespace Cutover::CaseStore {

// Which cases ids() lists; an empty field does not filter.
struct Filter
{
    // Case-insensitive (ASCII letters) substring of a variable's value, the
    // reference or a tag.
    QString text;
    QString tag; // exactly this tag
};

// Adds the cases (their ids are ignored) in one transaction; returns the new ids.
Result<QList<qint64>> add(QSqlDatabase db, const QList<TestCase> &cases);
// Stores the cases under their own ids in one transaction (undo of remove());
// refuses an id that is in use or was never handed out.
Result<void> restore(QSqlDatabase db, const QList<TestCase> &cases);
// Removes the cases in one transaction; unknown ids are ignored. Returns how
// many were removed.
Result<qint64> remove(QSqlDatabase db, const QList<qint64> &ids);
// Replaces the stored case with the same id (edit in place).
Result<void> update(QSqlDatabase db, const TestCase &testCase);
Result<qint64> count(QSqlDatabase db);
// Cases in id order from row `offset`, at most `limit` (-1: all), for a lazy model.
Result<QList<TestCase>> list(QSqlDatabase db, qint64 offset = 0, qint64 limit = -1);
Result<TestCase> load(QSqlDatabase db, qint64 id);
// The cases with these ids in the order given; ids without a case are left out.
Result<QList<TestCase>> load(QSqlDatabase db, const QList<qint64> &ids);

// Ids of the cases that match, in id order (one query, no JSON parsed in C++).
Result<QList<qint64>> ids(QSqlDatabase db, const Filter &filter = {});
// Every variable name used by a case, sorted; every tag, sorted.
Result<QStringList> variableNames(QSqlDatabase db);
Result<QStringList> tags(QSqlDatabase db);

} // namespace Cutover::CaseStore
