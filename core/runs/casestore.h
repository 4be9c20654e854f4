#pragma once

#include "core/runs/testcase.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>

// The project's test cases (schema v4, table kv, keys "c/<id>"), as JSON:
// variables, reference, tags, assertions (assertionjson.h), pass_threshold.
// Ids start at 1 and are never reused while the case exists.
namespace Cutover::CaseStore {

// Adds the cases (their ids are ignored) in one transaction; returns the new ids.
Result<QList<qint64>> add(QSqlDatabase db, const QList<TestCase> &cases);
// Replaces the stored case with the same id (edit in place).
Result<void> update(QSqlDatabase db, const TestCase &testCase);
Result<qint64> count(QSqlDatabase db);
// Cases in id order from row `offset`, at most `limit` (-1: all), for a lazy model.
Result<QList<TestCase>> list(QSqlDatabase db, qint64 offset = 0, qint64 limit = -1);
Result<TestCase> load(QSqlDatabase db, qint64 id);

} // namespace Cutover::CaseStore
