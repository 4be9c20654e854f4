#pragma once

#include "core/convert/conversionjob.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Cutover::Convert {

// A finished conversion as the project remembers it (table conversion_runs).
struct ConversionRecord
{
    qint64 id = 0;
    QDateTime finishedAt; // UTC
    QString input;        // the first input
    QStringList inputs;   // every input, in order (stored one per line in the input column)
    QString output;
    QString from, to; // format names as the command line spells them ("openai-array")
    std::uint64_t recordsIn = 0, converted = 0, rejected = 0;
    // summaryToJson(): records with losses, losses by kind with examples,
    // rejects by reason, bytes, seconds, notes on the input
    QString summaryJson;
};

// Appends a finished run to the project's conversion history (one write
// transaction). A dry run is not history and is refused.
Result<void> recordConversion(QSqlDatabase db, const JobConfig &config, const Summary &summary,
                              const QDateTime &finishedAt);

// The history, oldest first.
Result<QList<ConversionRecord>> loadConversions(QSqlDatabase db);

} // namespace Cutover::Convert
