// cutover-cli convert: the conversion engine (core/convert) for scripts.

#include "cliapp.h"
#include "core/convert/conversionhistory.h"
#include "core/convert/conversionjob.h"
#include "core/convert/detect.h"
#include "core/project/projectfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <atomic>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {
namespace {

std::atomic<bool> s_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    s_interrupted.store(true);
}

template<typename T>
bool pick(const QString &value, std::initializer_list<std::pair<const char *, T>> choices, T &out)
{
    for (const auto &[name, v] : choices) {
        if (value == QLatin1StringView(name)) {
            out = v;
            return true;
        }
    }
    return false;
}

QString formatList()
{
    return Tr::tr("openai, anthropic, sharegpt, alpaca, gemini (JSON Lines; add -array for one "
                  "JSON array, as in openai-array)");
}

// "12.3 MB of 100 MB (12%), 45,000 records" over itself, at most ten times a second.
class TtyProgress
{
public:
    TtyProgress() { m_clock.start(); }
    void operator()(const Convert::Progress &p)
    {
        if (m_clock.elapsed() < m_next)
            return;
        m_next = m_clock.elapsed() + 100;
        const QLocale locale;
        QString line = locale.formattedDataSize(qint64(p.bytesRead));
        if (p.bytesTotal > 0)
            line = Tr::tr("%1 of %2 (%3%)")
                           .arg(line, locale.formattedDataSize(qint64(p.bytesTotal)))
                           .arg(p.bytesRead * 100 / p.bytesTotal);
        line += u", "_s + Tr::tr("%1 records").arg(locale.toString(qulonglong(p.records)));
        if (p.files > 1)
            line += u", "_s + Tr::tr("file %1 of %2").arg(p.file + 1).arg(p.files);
        err(u"\r\x1b[K"_s + line);
        m_shown = true;
    }
    ~TtyProgress()
    {
        if (m_shown)
            err(u"\r\x1b[K"_s);
    }

private:
    QElapsedTimer m_clock;
    qint64 m_next = 0;
    bool m_shown = false;
};

QString oneLineSummary(const Convert::Summary &s, const Convert::JobConfig &config)
{
    const QLocale locale;
    auto n = [&locale](std::uint64_t v) {
        return locale.toString(qulonglong(v));
    };
    QString line
            = Tr::tr("%1 records in = %2 converted (%3 with losses) + %4 rejected")
                      .arg(n(s.recordsIn), n(s.converted), n(s.convertedWithLosses), n(s.rejected));
    if (s.dryRun)
        line += u"; "_s + Tr::tr("dry run, nothing written");
    else
        line += u"; "_s + Tr::tr("written to %1").arg(config.outputPath);
    if (s.rejected > 0 && !config.rejectsPath.isEmpty() && !s.dryRun)
        line += u"; "_s + Tr::tr("rejects in %1").arg(config.rejectsPath);
    QStringList losses;
    for (std::size_t k = 0; k < s.losses.size(); ++k) {
        if (s.losses[k].count)
            losses << QString::fromLatin1(Convert::lossKindName(Convert::LossKind(k))) + u' '
                              + n(s.losses[k].count);
    }
    if (!losses.isEmpty())
        line += u"; "_s + Tr::tr("losses: %1").arg(losses.join(u", "_s));
    line += u'\n';
    if (s.files.size() > 1) {
        for (const Convert::FileSummary &f : s.files)
            line += u"  "_s
                    + Tr::tr("%1: %2 records in = %3 converted (%4 with losses) + %5 rejected")
                              .arg(QString::fromStdString(f.name), n(f.recordsIn), n(f.converted),
                                   n(f.convertedWithLosses), n(f.rejected))
                    + u'\n';
    }
    return line;
}

} // namespace

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"input"_s,
                                 Tr::tr("The file(s) to convert, read in order into one output; "
                                        "- reads standard input (only alone)."),
                                 u"convert <input> [<input> ...]"_s);
    const QCommandLineOption from(
            u"from"_s, Tr::tr("Input format: auto (the default) or one of %1.").arg(formatList()),
            u"format"_s, u"auto"_s);
    const QCommandLineOption to(u"to"_s, Tr::tr("Output format: one of %1.").arg(formatList()),
                                u"format"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    Tr::tr("Write the converted records here."), u"file"_s);
    const QCommandLineOption rejects(u"rejects"_s,
                                     Tr::tr("Write rejected records here, verbatim, each after a "
                                            "line with file, line, byte and reason."),
                                     u"file"_s);
    const QCommandLineOption report(u"report"_s, Tr::tr("Write the loss report (JSON) here."),
                                    u"file.json"_s);
    const QCommandLineOption systemPolicy(
            u"system-policy"_s,
            Tr::tr("Several system messages: merge them (default), keep the first, or turn the "
                   "others into user turns (as-user)."),
            u"merge|first|as-user"_s, u"merge"_s);
    const QCommandLineOption toolArguments(
            u"tool-arguments"_s,
            Tr::tr("Tool call arguments that are not a JSON object: keep the raw string "
                   "(default) or reject the record."),
            u"keep-raw|reject"_s, u"keep-raw"_s);
    const QCommandLineOption sameRole(u"same-role"_s,
                                      Tr::tr("Consecutive turns of the same role: merge (default) "
                                             "or reject the record."),
                                      u"merge|reject"_s, u"merge"_s);
    const QCommandLineOption images(u"images"_s,
                                    Tr::tr("Images: keep where the target can hold them "
                                           "(default), drop them all, or reject such records."),
                                    u"keep|drop|reject"_s, u"keep"_s);
    const QCommandLineOption noIdMetadata(u"no-id-metadata"_s,
                                          Tr::tr("Do not carry record ids and metadata."));
    const QCommandLineOption dropUnknown(u"drop-unknown-fields"_s,
                                         Tr::tr("Drop fields the reader does not know (default: "
                                                "keep them where the target has a place)."));
    const QCommandLineOption addMigratedAt(u"add-migrated-at"_s,
                                           Tr::tr("Add a \"migrated_at\" timestamp (now, UTC)."));
    const QCommandLineOption migratedAt(
            u"migrated-at"_s, Tr::tr("Add this \"migrated_at\" timestamp instead of now."),
            u"timestamp"_s);
    const QCommandLineOption threads(
            u"threads"_s, Tr::tr("Worker threads converting batches (default 1)."), u"n"_s, u"1"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, Tr::tr("Convert and count, but write nothing."));
    const QCommandLineOption json(u"json"_s,
                                  Tr::tr("Print the summary as one JSON object on stdout."));
    const QCommandLineOption stopOnReject(u"stop-on-reject"_s,
                                          Tr::tr("Stop at the first rejected record and write "
                                                 "nothing."));
    const QCommandLineOption project(u"project"_s,
                                     Tr::tr("Add the finished run to this project's conversion "
                                            "history (not for a dry run)."),
                                     u"path"_s);
    parser.addOptions({from, to, output, rejects, report, systemPolicy, toolArguments, sameRole,
                       images, noIdMetadata, dropUnknown, addMigratedAt, migratedAt, threads,
                       dryRun, json, stopOnReject, project});
    if (int code = parse(parser, u"convert"_s,
                         Tr::tr("Convert conversation records between formats. Every record is "
                                "converted, converted with its losses counted, or rejected with "
                                "its position. Several inputs are read in order into one output "
                                "and must hold one format (or give --from); the summary counts "
                                "each file and all. Exit codes: 0 all records converted, 5 some "
                                "records rejected, 2 unreadable input or bad options, 1 usage."),
                         arguments, 1, -1);
        code >= 0)
        return code;

    if (!parser.isSet(to))
        return fail(UsageError, Tr::tr("--to is required (see: cutover-cli convert --help)"));
    if (!parser.isSet(output) && !parser.isSet(dryRun))
        return fail(UsageError,
                    Tr::tr("-o is required unless --dry-run (see: cutover-cli convert --help)"));

    Convert::JobConfig config;
    const QStringList positional = parser.positionalArguments();
    const bool fromStdin = positional.contains(u"-"_s);
    if (fromStdin && positional.size() > 1)
        return fail(UsageError, Tr::tr("- (standard input) can only be converted alone, not "
                                       "together with files"));
    for (const QString &p : positional) {
        const QString path = fromStdin ? p : QFileInfo(p).absoluteFilePath();
        if (config.inputPaths.contains(path))
            return fail(BadInput, Tr::tr("%1 is named twice as input").arg(path));
        config.inputPaths << path;
    }
    config.inputPath = config.inputPaths.constFirst();

    const auto target = Convert::formatSpecFromName(parser.value(to).toStdString());
    if (!target)
        return fail(BadInput, Tr::tr("unknown format \"%1\" for --to; use one of %2")
                                      .arg(parser.value(to), formatList()));
    config.to = target->format;
    config.toContainer = target->container;

    Convert::Options &o = config.options;
    using namespace Convert;
    if (!pick<SystemPolicy>(parser.value(systemPolicy),
                            {{"merge", SystemPolicy::Merge},
                             {"first", SystemPolicy::First},
                             {"as-user", SystemPolicy::AsUser}},
                            o.systemPolicy))
        return fail(BadInput, Tr::tr("unknown --system-policy \"%1\"; use merge, first or as-user")
                                      .arg(parser.value(systemPolicy)));
    if (!pick<ToolArgumentPolicy>(parser.value(toolArguments),
                                  {{"keep-raw", ToolArgumentPolicy::ParseOrKeepRaw},
                                   {"reject", ToolArgumentPolicy::ParseOrReject}},
                                  o.toolArguments))
        return fail(BadInput, Tr::tr("unknown --tool-arguments \"%1\"; use keep-raw or reject")
                                      .arg(parser.value(toolArguments)));
    if (!pick<SameRolePolicy>(
                parser.value(sameRole),
                {{"merge", SameRolePolicy::Merge}, {"reject", SameRolePolicy::Reject}}, o.sameRole))
        return fail(BadInput, Tr::tr("unknown --same-role \"%1\"; use merge or reject")
                                      .arg(parser.value(sameRole)));
    if (!pick<ImagePolicy>(parser.value(images),
                           {{"keep", ImagePolicy::Keep},
                            {"drop", ImagePolicy::Drop},
                            {"reject", ImagePolicy::Reject}},
                           o.images))
        return fail(BadInput, Tr::tr("unknown --images \"%1\"; use keep, drop or reject")
                                      .arg(parser.value(images)));
    o.carryIdAndMetadata = !parser.isSet(noIdMetadata);
    o.keepUnknownFields = !parser.isSet(dropUnknown);
    if (parser.isSet(migratedAt)) {
        if (parser.value(migratedAt).isEmpty())
            return fail(BadInput, Tr::tr("--migrated-at needs a timestamp"));
        o.migratedAt = parser.value(migratedAt).toStdString();
    }
    config.addMigratedAt = parser.isSet(addMigratedAt) || parser.isSet(migratedAt);
    bool threadsOk = false;
    config.threads = parser.value(threads).toInt(&threadsOk);
    if (!threadsOk || config.threads < 1 || config.threads > 64)
        return fail(BadInput, Tr::tr("--threads takes a number from 1 to 64, not \"%1\"")
                                      .arg(parser.value(threads)));
    config.stopOnReject = parser.isSet(stopOnReject);

    if (!parser.isSet(dryRun)) {
        config.outputPath = QFileInfo(parser.value(output)).absoluteFilePath();
        if (parser.isSet(rejects))
            config.rejectsPath = QFileInfo(parser.value(rejects)).absoluteFilePath();
        if (parser.isSet(report))
            config.reportPath = QFileInfo(parser.value(report)).absoluteFilePath();
        QStringList seen;
        if (!fromStdin)
            seen << config.inputPaths;
        for (const QString &p : {config.outputPath, config.rejectsPath, config.reportPath}) {
            if (p.isEmpty())
                continue;
            if (seen.contains(p))
                return fail(BadInput,
                            Tr::tr("%1 is named twice; input, output, rejects and report need "
                                   "their own files")
                                    .arg(p));
            seen << p;
        }
    }

    const QString fromName = parser.value(from);
    if (fromName == u"auto") {
        if (fromStdin)
            return fail(UsageError, Tr::tr("reading standard input needs --from FORMAT; "
                                           "auto-detection reads the start of a file"));
        QList<Convert::Detection> perFile;
        auto detected = Convert::detectFiles(config.inputPaths, &perFile);
        for (qsizetype i = 0; i < perFile.size(); ++i) {
            if (perFile.at(i).sampled > 0 && perFile.at(i).parsed == 0)
                return fail(BadInput,
                            Tr::tr("%1: no record is valid JSON; cannot detect the format "
                                   "(give --from FORMAT)")
                                    .arg(config.inputPaths.at(i)));
        }
        if (!detected)
            return fail(detected.error());
        config.from = detected->format;
        config.fromContainer = detected->container;
    } else {
        const auto source = Convert::formatSpecFromName(fromName.toStdString());
        if (!source)
            return fail(BadInput, Tr::tr("unknown format \"%1\" for --from; use auto or one of %2")
                                          .arg(fromName, formatList()));
        config.from = source->format;
        config.fromContainer = source->container;
    }

    // The project is opened first, so that a bad one fails before any work.
    std::unique_ptr<ProjectFile> history;
    if (parser.isSet(project) && !parser.isSet(dryRun)) {
        ProjectOpenOptions options;
        auto opened = ProjectFile::open(parser.value(project), options);
        if (!opened)
            return fail(opened.error());
        if (opened.value()->isReadOnly())
            return fail(BadInput, opened.value()->readOnlyMessage());
        history = std::move(opened.value());
    }

    s_interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    Convert::ProgressFn progress;
    std::unique_ptr<TtyProgress> tty;
    if (::isatty(STDERR_FILENO)) {
        tty = std::make_unique<TtyProgress>();
        progress = [&tty](const Convert::Progress &p) {
            (*tty)(p);
        };
    }
    auto result = Convert::runConversion(config, progress, &s_interrupted);
    tty.reset();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    if (!result) {
        const Error &e = result.error();
        if (e.kind == ErrorKind::Cancelled)
            return fail(Interrupted, e.message);
        if (config.stopOnReject && e.kind == ErrorKind::BadInput)
            return fail(RecordsRejected, e.message);
        return fail(e);
    }
    const Convert::Summary &s = result.value();
    if (parser.isSet(json))
        outBytes(QByteArray::fromStdString(Convert::summaryToJson(s, config)));
    else
        err(oneLineSummary(s, config));
    if (history) {
        if (auto r = Convert::recordConversion(history->database(), config, s,
                                               QDateTime::currentDateTimeUtc());
            !r)
            return fail(r.error());
        if (auto r = history->close(); !r)
            return fail(r.error());
    }
    return s.rejected > 0 ? RecordsRejected : Success;
}

} // namespace Cutover::Cli
