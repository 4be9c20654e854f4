// convert_bench: runs the conversion engine on one file, as the benchmark and
// for trying the readers by hand.
//
//   convert_bench [--from F|auto] [--to F] [--threads N] [--ts TS] [--array-out]
//                 [--rejects FILE] [--report FILE] [--no-sync] IN [OUT]
//   convert_bench --parse-only IN      (split + strict parse of every record, the floor)
//
// Without OUT it is a dry run. Prints the loss report (JSON) to stderr.
#include "core/convert/conversionjob.h"
#include "core/convert/detect.h"
#include "core/convert/recordsplitter.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Cutover::Convert;

namespace {

int parseOnly(const char *path)
{
    const int fd = ::open(path, O_RDONLY);
    if (fd < 0)
        return 2;
    RecordSplitter splitter(Container::Jsonl);
    JsonDoc doc;
    std::string buf;
    std::vector<RecordSpan> spans;
    std::uint64_t offset = 0, ok = 0, bad = 0;
    bool eof = false;
    const std::size_t chunk = 2u << 20;
    while (!eof || !buf.empty()) {
        const std::size_t have = buf.size();
        buf.resize(have + chunk);
        const ssize_t n = ::read(fd, buf.data() + have, chunk);
        buf.resize(have + std::size_t(n > 0 ? n : 0));
        eof = n <= 0;
        spans.clear();
        const std::size_t used = splitter.split(buf, offset, eof, spans);
        for (const RecordSpan &r : spans)
            (doc.parse(std::string_view(buf.data() + r.begin, r.length)) ? ok : bad)++;
        buf.erase(0, used);
        offset += used;
        if (eof && used == 0)
            break;
    }
    ::close(fd);
    std::fprintf(stderr, "{\"parsed\":%llu,\"bad\":%llu}\n", (unsigned long long) ok,
                 (unsigned long long) bad);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    JobConfig config;
    config.from = Format::OpenAI;
    config.to = Format::Anthropic;
    bool autoFrom = false;
    bool quiet = false;
    std::vector<const char *> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto next = [&]() -> const char * {
            return i + 1 < argc ? argv[++i] : "";
        };
        if (a == "--from") {
            const std::string_view v = next();
            if (v == "auto")
                autoFrom = true;
            else if (auto f = formatFromName(v))
                config.from = *f;
        } else if (a == "--to") {
            if (auto f = formatFromName(next()))
                config.to = *f;
        } else if (a == "--threads") {
            config.threads = std::atoi(next());
        } else if (a == "--ts") {
            config.options.migratedAt = next();
        } else if (a == "--array-out") {
            config.toContainer = Container::Array;
        } else if (a == "--array-in") {
            config.fromContainer = Container::Array;
        } else if (a == "--rejects") {
            config.rejectsPath = QString::fromLocal8Bit(next());
        } else if (a == "--report") {
            config.reportPath = QString::fromLocal8Bit(next());
        } else if (a == "--no-sync") {
            config.syncToDisk = false;
        } else if (a == "--parse-only") {
            return parseOnly(next());
        } else if (a == "--quiet") {
            quiet = true;
        } else {
            positional.push_back(argv[i]);
        }
    }
    if (positional.empty()) {
        std::fprintf(stderr, "usage: convert_bench [options] IN [OUT]\n");
        return 1;
    }
    config.inputPath = QString::fromLocal8Bit(positional[0]);
    if (positional.size() > 1)
        config.outputPath = QString::fromLocal8Bit(positional[1]);
    if (autoFrom) {
        const auto d = detectFile(config.inputPath);
        if (!d) {
            std::fprintf(stderr, "%s\n", qPrintable(d.error().message));
            return 2;
        }
        config.from = d->format;
        config.fromContainer = d->container;
        std::fprintf(stderr, "detected %s (%s), confidence %.2f\n", formatName(d->format),
                     d->container == Container::Array ? "array" : "jsonl", d->confidence);
        for (const QString &e : d->evidence)
            std::fprintf(stderr, "  %s\n", qPrintable(e));
    }
    const auto r = runConversion(config);
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 2;
    }
    if (!quiet)
        std::fputs(summaryToJson(r.value(), config).c_str(), stderr);
    else
        std::fprintf(
                stderr,
                "{\"records_in\":%llu,\"converted\":%llu,\"with_losses\":%llu,\"rejected\":%llu}\n",
                (unsigned long long) r->recordsIn, (unsigned long long) r->converted,
                (unsigned long long) r->convertedWithLosses, (unsigned long long) r->rejected);
    return r->rejected ? 5 : 0;
}
