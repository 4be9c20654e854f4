#include "core/convert/conversionhistory.h"

#include "core/project/writetransaction.h"
#include "core/util/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Cutover::Convert {

namespace {

QString specName(Format f, Container c)
{
    QString name = QString::fromLatin1(formatName(f));
    if (c == Container::Array)
        name += u"-array"_s;
    return name;
}

} // namespace

Result<void> recordConversion(QSqlDatabase db, const JobConfig &config, const Summary &summary,
                              const QDateTime &finishedAt)
{
    if (summary.dryRun)
        return makeError(ErrorKind::Generic,
                         CoreTr::tr("A dry run is not recorded in the conversion history."));
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QString json = QString::fromStdString(summaryToJson(summary, config));
    if (auto r
        = execSql(db,
                  u"INSERT INTO conversion_runs (finished_at, input, output, from_format, "
                  "to_format, records_in, converted, rejected, summary) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {finishedAt.toUTC().toString(Qt::ISODateWithMs), config.inputs().join(u'\n'),
                   config.outputPath, specName(config.from, config.fromContainer),
                   specName(config.to, config.toContainer), qulonglong(summary.recordsIn),
                   qulonglong(summary.converted), qulonglong(summary.rejected), json});
        !r)
        return r;
    return tx.commit();
}

Result<QList<ConversionRecord>> loadConversions(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, finished_at, input, output, from_format, to_format, records_in, "
                "converted, rejected, summary FROM conversion_runs ORDER BY id"_s))
        return makeError(
                ErrorKind::Corrupt,
                CoreTr::tr("Cannot read the conversion history: %1").arg(q.lastError().text()));
    QList<ConversionRecord> out;
    while (q.next()) {
        ConversionRecord r;
        r.id = q.value(0).toLongLong();
        r.finishedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.inputs = q.value(2).toString().split(u'\n');
        r.input = r.inputs.constFirst();
        r.output = q.value(3).toString();
        r.from = q.value(4).toString();
        r.to = q.value(5).toString();
        r.recordsIn = q.value(6).toULongLong();
        r.converted = q.value(7).toULongLong();
        r.rejected = q.value(8).toULongLong();
        r.summaryJson = q.value(9).toString();
        out.append(r);
    }
    return out;
}

} // namespace Cutover::Convert
