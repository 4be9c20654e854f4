#pragma once

#include "core/convert/formats.h"
#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace Cutover::Convert {

struct JobConfig
{
    // The input: one file (inputPath), or several (inputPaths, read in order
    // as one stream into one output; inputPath is then ignored). "-" reads
    // standard input and must stand alone. Every file is read as from/fromContainer.
    QString inputPath;
    QStringList inputPaths;
    QString outputPath;  // empty: dry run (nothing written)
    QString rejectsPath; // empty: rejects are only counted and listed in the report
    QString reportPath;  // empty: no JSON loss report file (the summary has it all)
    Format from = Format::OpenAI;
    Container fromContainer = Container::Jsonl;
    Format to = Format::Anthropic;
    Container toContainer = Container::Jsonl;
    Options options;
    bool addMigratedAt = false;   // options.migratedAt, or the current UTC time when that is empty
    bool stopOnReject = false;    // stop at the first rejected record (no output is written then)
    int threads = 1;              // workers converting batches; the calling thread reads and writes
    std::uint64_t maxRecords = 0; // 0: all (a dry run on a sample sets this)
    std::size_t batchBytes = 2u << 20;
    bool syncToDisk
            = true; // flush output files to disk (fdatasync) before renaming them into place

    // inputPaths, or inputPath alone when inputPaths is empty.
    QStringList inputs() const
    {
        return inputPaths.isEmpty() ? QStringList{inputPath} : inputPaths;
    }
};

struct LossExample
{
    std::string recordId; // the record's id as written (raw JSON, shortened), may be empty
    std::uint64_t line = 0;
    std::string file;         // the input's name (as in FileSummary::name)
    std::uint64_t offset = 0; // byte offset of the record in that file
};

struct LossStats
{
    std::uint64_t count = 0;           // records with this loss
    std::vector<LossExample> examples; // the first few
};

struct RejectExample
{
    std::string file; // the input's name (as in FileSummary::name)
    std::uint64_t line = 0;
    std::uint64_t offset = 0; // byte offset of the record in the file
    std::int64_t byte = -1;   // byte offset of the problem in the file, when known
    std::string code;         // "invalid_utf8", "bad_shape", "policy", …
    std::string reason;
};

// One input file's share of a run: records in = converted + rejected holds
// per file as it does for the total.
struct FileSummary
{
    QString path;     // as configured ("-" for standard input)
    std::string name; // as rejects and examples name it: the file name, or the path
                      // when two inputs share a file name; "<stdin>"
    std::uint64_t recordsIn = 0;
    std::uint64_t converted = 0;
    std::uint64_t convertedWithLosses = 0;
    std::uint64_t rejected = 0;
    std::uint64_t bytesIn = 0;
    std::uint64_t blankLines = 0;
    std::uint64_t crlfLines = 0;
    bool bom = false;
    bool unterminatedLast = false;
    std::uint64_t skippedBytes = 0;

    bool balanced() const { return recordsIn == converted + rejected; }
};

struct Summary
{
    std::uint64_t recordsIn = 0;
    std::uint64_t converted = 0; // including those with losses
    std::uint64_t convertedWithLosses = 0;
    std::uint64_t rejected = 0;
    std::uint64_t bytesIn = 0;
    std::uint64_t bytesOut = 0;
    std::uint64_t blankLines = 0;
    std::uint64_t crlfLines = 0;
    bool bom = false;
    bool unterminatedLast = false;  // last record had no newline / the array was not closed
    std::uint64_t skippedBytes = 0; // after a broken array structure
    std::uint64_t recordsWithDuplicateKeys = 0;
    std::uint64_t recordsWithBigIntegers = 0;    // kept verbatim
    std::uint64_t recordsWithLoneSurrogates = 0; // kept escaped
    std::array<LossStats, std::size_t(LossKind::Count)> losses{};
    std::vector<std::pair<std::string, std::uint64_t>> rejectsByCode;
    std::vector<RejectExample> firstRejects;
    std::vector<LossExample> duplicateKeyExamples;
    std::vector<FileSummary> files; // one per input, in order; the fields above are their sums
    double seconds = 0;
    bool dryRun = false;

    bool balanced() const
    {
        std::uint64_t in = 0, conv = 0, rej = 0;
        for (const FileSummary &f : files) {
            if (!f.balanced())
                return false;
            in += f.recordsIn;
            conv += f.converted;
            rej += f.rejected;
        }
        return recordsIn == converted + rejected
               && (files.empty() || (in == recordsIn && conv == converted && rej == rejected));
    }
};

// The loss report as JSON (counts by kind with first examples, rejects, notes).
std::string summaryToJson(const Summary &s, const JobConfig &config);

// Over all inputs.
struct Progress
{
    std::uint64_t bytesRead = 0;
    std::uint64_t bytesTotal = 0; // 0 when unknown (a pipe)
    std::uint64_t records = 0;
    int file = 0;  // index of the input being read
    int files = 1; // how many inputs
};
using ProgressFn = std::function<void(const Progress &)>;

// Runs a conversion: streams the input(s) in batches (memory stays bounded),
// converts them on config.threads workers, writes output, rejects and
// report to temporary files that are renamed into place only at the end, so
// a cancelled or failed run leaves nothing behind. Safe to call from any
// thread; progress is called on the calling thread. Cancelling makes it
// return an Error of kind Cancelled. Several inputs are converted in order
// into one output (one JSON array when the target is an array); every
// input must exist before anything is read, and "-" cannot be one of several.
Result<Summary> runConversion(const JobConfig &config, const ProgressFn &progress = {},
                              const std::atomic<bool> *cancel = nullptr);

} // namespace Cutover::Convert
