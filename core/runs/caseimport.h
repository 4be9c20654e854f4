#pragma once

#include "core/runs/testcase.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Test cases from CSV or JSONL (`cutover-cli cases import`, the Cases pane).
//
// Every column (CSV) or key (JSONL) becomes a variable, except these:
//   expected        the reference answer
//   tags            CSV: separated by "," or ";"; JSONL: an array of strings or such a string
//   assertions      a JSON array of assertions (assertionjson.h); in CSV a JSON text cell
//   pass_threshold  the case's pass threshold, a number from 0 to 1 (default 1)
// An empty `expected` cell means "no reference"; in JSONL, null does. JSONL
// values that are not strings become their compact JSON text (42, true,
// {"a":1}); null leaves the variable out.
//
// Variables come in column order (CSV) or, for JSONL, in order of first
// appearance with the keys of one line sorted (QJsonObject keeps no order).
//
// CSV: RFC 4180 (comma separator, double quotes, "" inside quotes, fields
// spanning lines), UTF-8 with or without BOM, LF or CRLF; the first record is
// the header; blank lines are skipped.
//
// Import is all or nothing: the first problem is an error naming the file,
// the line (of the record's start) and the column or JSON path — invalid
// UTF-8, an unclosed quote, a record with the wrong number of fields, a
// duplicate or empty column name, a bad assertion. Columns that cannot be
// written as {{placeholders}} are imported but listed in `warnings`.
namespace Cutover {

struct CaseImportResult
{
    QList<TestCase> cases;
    QStringList variables; // variable columns/keys in order of first appearance
    QStringList warnings;  // translated
};

namespace CaseImport {

// Called now and then while reading (from the reading thread) with the part
// read so far, in characters of the decoded text; returning false stops the
// import with an ErrorKind::Cancelled error.
using Progress = std::function<bool(qint64 done, qint64 total)>;

Result<CaseImportResult> fromCsv(const QByteArray &data, const QString &fileName,
                                 const Progress &progress = {});
Result<CaseImportResult> fromJsonl(const QByteArray &data, const QString &fileName,
                                   const Progress &progress = {});
// By extension: .csv, or .jsonl / .ndjson (one object per line). Messages
// name the file by its file name.
Result<CaseImportResult> fromFile(const QString &path, const Progress &progress = {});

} // namespace CaseImport
} // namespace Cutover
