#include "ui/convert/conversionsetup.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Cutover {

ConversionSetup::ConversionSetup(QObject *parent)
    : QObject(parent)
{}

Convert::JobConfig ConversionSetup::dryRunConfig() const
{
    Convert::JobConfig c = runConfig();
    c.outputPath.clear(); // a dry run: nothing is written
    c.rejectsPath.clear();
    c.reportPath.clear();
    c.maxRecords = kSampleRecords;
    return c;
}

Convert::JobConfig ConversionSetup::runConfig() const
{
    Convert::JobConfig c;
    c.inputPaths = inputPaths;
    c.inputPath = firstInput();
    c.outputPath = outputPath;
    c.rejectsPath = rejectsPath;
    c.reportPath = reportPath;
    c.from = from.format;
    c.fromContainer = from.container;
    c.to = to.format;
    c.toContainer = to.container;
    c.options = options;
    c.addMigratedAt = addMigratedAt;
    c.threads = threads;
    return c;
}

namespace {

QString besideInput(const QString &input, const QString &suffix)
{
    const QFileInfo info(input);
    QString base = info.completeBaseName();
    if (base.isEmpty())
        base = u"conversion"_s;
    return QDir(info.absolutePath()).filePath(base + suffix);
}

} // namespace

QString ConversionSetup::suggestedOutputPath() const
{
    const QString ext = to.container == Convert::Container::Array ? u".json"_s : u".jsonl"_s;
    return besideInput(firstInput(),
                       u'.' + QString::fromLatin1(Convert::formatName(to.format)) + ext);
}

QString ConversionSetup::suggestedRejectsPath() const
{
    return besideInput(firstInput(), u".rejects.txt"_s);
}

QString ConversionSetup::suggestedReportPath() const
{
    return besideInput(firstInput(), u".report.json"_s);
}

QList<Convert::FormatSpec> ConversionSetup::allSpecs()
{
    QList<Convert::FormatSpec> specs;
    for (Convert::Format f : Convert::kAllFormats) {
        specs.append({f, Convert::Container::Jsonl});
        specs.append({f, Convert::Container::Array});
    }
    return specs;
}

int ConversionSetup::specKey(const Convert::FormatSpec &spec)
{
    return int(spec.format) * 2 + int(spec.container);
}

Convert::FormatSpec ConversionSetup::specFromKey(int key)
{
    return {Convert::Format(key / 2), Convert::Container(key % 2)};
}

QString ConversionSetup::specName(const Convert::FormatSpec &spec)
{
    QString name = QString::fromLatin1(Convert::formatName(spec.format));
    if (spec.container == Convert::Container::Array)
        name += u"-array"_s;
    return name;
}

QString ConversionSetup::specTitle(const Convert::FormatSpec &spec)
{
    return spec.container == Convert::Container::Array
                   ? tr("%1 (one JSON array)").arg(Convert::formatTitle(spec.format))
                   : tr("%1 (JSON Lines)").arg(Convert::formatTitle(spec.format));
}

void ConversionSetup::invalidate()
{
    dryRun.reset();
    result.reset();
    Q_EMIT changed();
}

} // namespace Cutover
