#include "core/convert/conversionjob.h"

#include "core/convert/atomicfile.h"
#include "core/convert/recordsplitter.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QFileInfo>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cutover::Convert {

namespace {

constexpr std::size_t kMaxExamples = 5;
constexpr std::size_t kMaxRejectExamples = 20;

struct BatchResult
{
    std::string out;
    std::string rejects;
    std::uint64_t records = 0, converted = 0, withLosses = 0, rejected = 0;
    std::uint64_t dup = 0, big = 0, lone = 0;
    std::array<LossStats, std::size_t(LossKind::Count)> losses{};
    std::vector<std::pair<std::string, std::uint64_t>> codes;
    std::vector<RejectExample> rejectExamples;
    std::vector<LossExample> dupExamples;
};

struct Batch
{
    std::size_t file = 0; // index of the input the bytes come from
    std::string bytes;
    std::uint64_t offset = 0; // file offset of bytes[0]
    std::vector<RecordSpan> records;
    BatchResult result;
    bool done = false;
};

struct Worker
{
    JsonDoc doc;
    Conversation conv;
    RecordError err;
};

std::string shortId(RawJson id)
{
    if (id.size() <= 80)
        return std::string(id);
    return std::string(id.substr(0, 77)) + "...";
}

void addCode(BatchResult &r, const char *code)
{
    for (auto &c : r.codes) {
        if (c.first == code) {
            ++c.second;
            return;
        }
    }
    r.codes.emplace_back(code, 1);
}

class Converter
{
public:
    Converter(const JobConfig &config, std::vector<std::string> inputNames)
        : m_config(config)
        , m_inputNames(std::move(inputNames))
    {}

    void process(Batch &batch, Worker &w) const
    {
        BatchResult &r = batch.result;
        const std::string &file = m_inputNames[batch.file];
        r.out.reserve(batch.bytes.size() + batch.bytes.size() / 4);
        const bool array = m_config.toContainer == Container::Array;
        for (const RecordSpan &span : batch.records) {
            const std::string_view text(batch.bytes.data() + span.begin, span.length);
            ++r.records;
            if (span.flags & RecordSpan::Broken) {
                reject(r, file, span, text, "broken_array", -1,
                       CoreTr::tr("the JSON array's structure is broken here; the rest of the file "
                                  "(%1 bytes) is skipped")
                               .arg(batch.bytes.size() - span.begin)
                               .toStdString());
                continue;
            }
            if (!w.doc.parse(text)) {
                const JsonError &e = w.doc.error();
                std::string reason = jsonErrorText(e.code);
                const bool truncated = e.code == JsonErrorCode::Truncated
                                       || e.code == JsonErrorCode::UnterminatedString;
                if ((span.flags & RecordSpan::Unterminated) && truncated)
                    reason = CoreTr::tr("truncated last record (%1)")
                                     .arg(QString::fromStdString(reason))
                                     .toStdString();
                reject(r, file, span, text, jsonErrorName(e.code), std::int64_t(e.offset), reason);
                continue;
            }
            if (!readRecord(m_config.from, w.doc, w.conv, w.err)) {
                reject(r, file, span, text, "bad_shape", w.err.offset, w.err.reason);
                continue;
            }
            LossSet losses;
            const std::size_t mark = r.out.size();
            if (array && r.converted > 0)
                r.out.append(",\n");
            if (!writeRecord(m_config.to, w.conv, m_config.options, r.out, losses, w.err)) {
                r.out.resize(mark);
                reject(r, file, span, text, "policy", w.err.offset, w.err.reason);
                continue;
            }
            if (!array)
                r.out.push_back('\n');
            ++r.converted;
            if (w.doc.duplicateKeys() > 0) {
                ++r.dup;
                if (r.dupExamples.size() < kMaxExamples)
                    r.dupExamples.push_back(
                            LossExample{shortId(w.conv.id), span.line, file, span.offset});
            }
            r.big += w.doc.bigIntegers() > 0 ? 1 : 0;
            r.lone += w.doc.loneSurrogates() > 0 ? 1 : 0;
            if (!losses.empty()) {
                ++r.withLosses;
                for (std::size_t k = 0; k < std::size_t(LossKind::Count); ++k) {
                    if (!losses.has(LossKind(k)))
                        continue;
                    LossStats &s = r.losses[k];
                    ++s.count;
                    if (s.examples.size() < kMaxExamples)
                        s.examples.push_back(
                                LossExample{shortId(w.conv.id), span.line, file, span.offset});
                }
            }
        }
    }

private:
    void reject(BatchResult &r, const std::string &file, const RecordSpan &span,
                std::string_view text, const char *code, std::int64_t at,
                const std::string &reason) const
    {
        ++r.rejected;
        addCode(r, code);
        // column: 1-based byte in the record's first line
        const std::int64_t byte = at >= 0 ? std::int64_t(span.offset) + at : -1;
        std::uint64_t line = span.line;
        std::int64_t column = at >= 0 ? at + 1 : 1;
        if (at > 0) {
            const std::string_view before = text.substr(0, std::size_t(at));
            const std::size_t lastNl = before.rfind('\n');
            line += std::uint64_t(std::count(before.begin(), before.end(), '\n'));
            if (lastNl != std::string_view::npos)
                column = at - std::int64_t(lastNl);
        }
        if (r.rejectExamples.size() < kMaxRejectExamples)
            r.rejectExamples.push_back(RejectExample{file, line, span.offset, byte, code, reason});
        r.rejects.append("# ");
        r.rejects.append(file);
        r.rejects.push_back(':');
        r.rejects.append(std::to_string(line));
        r.rejects.push_back(':');
        r.rejects.append(std::to_string(column));
        r.rejects.append(": ");
        r.rejects.append(code);
        r.rejects.append(": ");
        r.rejects.append(reason);
        r.rejects.append(" (record at byte ");
        r.rejects.append(std::to_string(span.offset));
        if (byte >= 0) {
            r.rejects.append(", problem at byte ");
            r.rejects.append(std::to_string(byte));
        }
        r.rejects.append(")\n");
        r.rejects.append(text);
        r.rejects.push_back('\n');
    }

    const JobConfig &m_config;
    std::vector<std::string> m_inputNames;
};

void merge(FileSummary &f, const BatchResult &r)
{
    f.recordsIn += r.records;
    f.converted += r.converted;
    f.convertedWithLosses += r.withLosses;
    f.rejected += r.rejected;
}

void merge(Summary &s, const BatchResult &r)
{
    s.recordsIn += r.records;
    s.converted += r.converted;
    s.convertedWithLosses += r.withLosses;
    s.rejected += r.rejected;
    s.recordsWithDuplicateKeys += r.dup;
    s.recordsWithBigIntegers += r.big;
    s.recordsWithLoneSurrogates += r.lone;
    for (std::size_t k = 0; k < r.losses.size(); ++k) {
        s.losses[k].count += r.losses[k].count;
        for (const LossExample &e : r.losses[k].examples) {
            if (s.losses[k].examples.size() < kMaxExamples)
                s.losses[k].examples.push_back(e);
        }
    }
    for (const auto &c : r.codes) {
        bool found = false;
        for (auto &sc : s.rejectsByCode) {
            if (sc.first == c.first) {
                sc.second += c.second;
                found = true;
            }
        }
        if (!found)
            s.rejectsByCode.push_back(c);
    }
    for (const RejectExample &e : r.rejectExamples) {
        if (s.firstRejects.size() < kMaxRejectExamples)
            s.firstRejects.push_back(e);
    }
    for (const LossExample &e : r.dupExamples) {
        if (s.duplicateKeyExamples.size() < kMaxExamples)
            s.duplicateKeyExamples.push_back(e);
    }
}

// A pool of worker threads converting batches; results are taken in submission order.
class Pool
{
public:
    Pool(int threads, const Converter &converter, const std::atomic<bool> *cancel)
        : m_converter(converter)
        , m_cancel(cancel)
    {
        for (int i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { run(); });
    }
    ~Pool()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }
    void submit(Batch *b)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(b);
        }
        m_cv.notify_one();
    }
    void wait(Batch *b)
    {
        std::unique_lock lock(m_mutex);
        m_doneCv.wait(lock, [b] { return b->done; });
    }

private:
    void run()
    {
        Worker w;
        for (;;) {
            Batch *b = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [this] { return m_stop || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                b = m_queue.front();
                m_queue.pop_front();
            }
            if (!(m_cancel && m_cancel->load(std::memory_order_relaxed)))
                m_converter.process(*b, w);
            {
                std::lock_guard lock(m_mutex);
                b->done = true;
            }
            m_doneCv.notify_all();
        }
    }

    const Converter &m_converter;
    const std::atomic<bool> *m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_cv, m_doneCv;
    std::deque<Batch *> m_queue;
    std::vector<std::thread> m_threads;
    bool m_stop = false;
};

Error ioError(const QString &what)
{
    return makeError(ErrorKind::Io, what);
}

} // namespace

Result<Summary> runConversion(const JobConfig &configIn, const ProgressFn &progress,
                              const std::atomic<bool> *cancel)
{
    const auto t0 = std::chrono::steady_clock::now();
    JobConfig config = configIn;
    if (config.addMigratedAt && config.options.migratedAt.empty())
        config.options.migratedAt
                = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();

    // Every input is looked at before anything is read: a missing third file
    // fails the run at once, not after the first two were converted.
    const QStringList inputs = config.inputs();
    const int fileCount = int(inputs.size());
    if (fileCount > 1 && inputs.contains(u"-"_s))
        return makeError(ErrorKind::BadInput,
                         CoreTr::tr("Standard input (-) can only be converted alone, not "
                                    "together with other files."));
    Summary summary;
    summary.files.resize(std::size_t(fileCount));
    std::uint64_t total = 0;
    bool totalKnown = true;
    std::vector<std::string> names;
    for (int i = 0; i < fileCount; ++i) {
        FileSummary &f = summary.files[std::size_t(i)];
        f.path = inputs.at(i);
        if (f.path == u"-"_s) {
            f.name = "<stdin>";
            struct stat st
            {};
            if (::fstat(0, &st) == 0 && S_ISREG(st.st_mode))
                total += std::uint64_t(st.st_size);
            else
                totalKnown = false;
        } else {
            // stat, not open: a named pipe must be opened only once, when it is read
            const QByteArray native = QFile::encodeName(f.path);
            struct stat st
            {};
            if (::stat(native.constData(), &st) != 0 || ::access(native.constData(), R_OK) != 0)
                return ioError(CoreTr::tr("Cannot open %1 for reading.").arg(f.path));
            if (S_ISDIR(st.st_mode))
                return ioError(CoreTr::tr("%1 is a folder, not a file.").arg(f.path));
            if (S_ISREG(st.st_mode))
                total += std::uint64_t(st.st_size);
            else
                totalKnown = false;
            f.name = QFileInfo(f.path).fileName().toStdString();
        }
    }
    for (FileSummary &f : summary.files) { // two inputs with one file name: name them by path
        const auto same = std::count_if(
                summary.files.begin(), summary.files.end(), [&f](const FileSummary &g) {
                    return QFileInfo(g.path).fileName() == QFileInfo(f.path).fileName();
                });
        if (same > 1 && f.path != u"-"_s)
            f.name = f.path.toStdString();
        names.push_back(f.name);
    }
    if (!totalKnown)
        total = 0;

    summary.dryRun = config.outputPath.isEmpty();
    std::unique_ptr<AtomicFile> out, rejects;
    if (!summary.dryRun) {
        out = std::make_unique<AtomicFile>(config.outputPath, config.syncToDisk);
        if (!out->open())
            return ioError(
                    CoreTr::tr("Cannot write %1: %2").arg(config.outputPath, out->errorString()));
    }
    if (!config.rejectsPath.isEmpty() && !summary.dryRun) {
        rejects = std::make_unique<AtomicFile>(config.rejectsPath, config.syncToDisk);
        if (!rejects->open())
            return ioError(CoreTr::tr("Cannot write %1: %2")
                                   .arg(config.rejectsPath, rejects->errorString()));
    }
    auto writeAll = [](AtomicFile *f, std::string_view data) {
        return !f || f->write(data);
    };

    const Converter converter(config, names);
    const int threads = std::max(1, config.threads);
    std::unique_ptr<Pool> pool;
    if (threads > 1)
        pool = std::make_unique<Pool>(threads, converter, cancel);
    Worker inlineWorker;

    std::string carry;
    std::uint64_t carryOffset = 0;
    std::uint64_t bytesRead = 0;
    int currentFile = 0;
    bool eof = false;
    bool anyWritten = false;
    bool quotaReached = false;
    std::deque<std::unique_ptr<Batch>> inFlight;
    std::vector<std::unique_ptr<Batch>> spare;
    const std::size_t maxInFlight = std::size_t(threads) + 1;
    std::optional<Error> failure;

    if (config.toContainer == Container::Array && !writeAll(out.get(), "[\n"))
        failure = ioError(
                CoreTr::tr("Cannot write %1: %2").arg(config.outputPath, out->errorString()));

    auto finish = [&](Batch &b) -> bool {
        const BatchResult &r = b.result;
        if (config.toContainer == Container::Array && anyWritten && !r.out.empty()) {
            if (!writeAll(out.get(), ",\n"))
                return false;
        }
        anyWritten = anyWritten || !r.out.empty();
        if (!writeAll(out.get(), r.out) || !writeAll(rejects.get(), r.rejects))
            return false;
        summary.bytesOut += r.out.size();
        merge(summary, r);
        merge(summary.files[b.file], r);
        if (progress)
            progress(Progress{bytesRead, total, summary.recordsIn, currentFile, fileCount});
        return true;
    };
    auto cancelled = [&] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };

    for (currentFile = 0; currentFile < fileCount && !failure && !quotaReached && !cancelled();
         ++currentFile) {
        FileSummary &file = summary.files[std::size_t(currentFile)];
        const bool fromStdin = file.path == u"-"_s;
        const bool lastFile = currentFile + 1 == fileCount;
        const int fd = fromStdin ? 0 : ::open(QFile::encodeName(file.path).constData(), O_RDONLY);
        if (fd < 0) {
            failure = ioError(CoreTr::tr("Cannot open %1 for reading.").arg(file.path));
            break;
        }
        struct FdCloser
        {
            int fd;
            bool own;
            ~FdCloser()
            {
                if (own)
                    ::close(fd);
            }
        } closer{fd, !fromStdin};
        if (!fromStdin)
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        RecordSplitter splitter(config.fromContainer);
        carry.clear();
        carryOffset = 0;
        eof = false;
        const std::uint64_t readBefore = bytesRead;

        while (!failure && !quotaReached && (!eof || !carry.empty())) {
            if (cancelled())
                break;
            // batches are recycled: their buffers stay allocated (and their pages mapped)
            std::unique_ptr<Batch> batch;
            if (spare.empty()) {
                batch = std::make_unique<Batch>();
            } else {
                batch = std::move(spare.back());
                spare.pop_back();
                batch->records.clear();
                std::string keep = std::move(batch->result.out);
                keep.clear();
                batch->result = BatchResult{};
                batch->result.out = std::move(keep);
                batch->done = false;
            }
            batch->file = std::size_t(currentFile);
            batch->offset = carryOffset;
            batch->bytes.assign(carry);
            carry.clear();
            std::size_t consumed = 0;
            bool needMore = false;
            for (;;) {
                const std::size_t target
                        = needMore ? batch->bytes.size() + config.batchBytes
                                   : std::max(config.batchBytes, batch->bytes.size());
                while (!eof && batch->bytes.size() < target) {
                    const std::size_t have = batch->bytes.size();
                    const std::size_t chunk = target - have;
                    batch->bytes.resize(have + chunk);
                    const ssize_t n = ::read(fd, batch->bytes.data() + have, chunk);
                    if (n < 0) {
                        batch->bytes.resize(have);
                        failure = ioError(CoreTr::tr("Reading %1 failed.").arg(file.path));
                        break;
                    }
                    batch->bytes.resize(have + std::size_t(n));
                    bytesRead += std::uint64_t(n);
                    if (n == 0)
                        eof = true;
                }
                if (failure)
                    break;
                batch->records.clear();
                consumed = splitter.split(batch->bytes, batch->offset, eof, batch->records);
                if (consumed > 0 || eof)
                    break;
                needMore = true; // one record longer than the batch
            }
            if (failure)
                break;
            carry.assign(batch->bytes, consumed, std::string::npos);
            carryOffset = batch->offset + consumed;
            if (eof && consumed >= batch->bytes.size())
                carry.clear();
            if (config.maxRecords) {
                const std::uint64_t queued = summary.recordsIn + [&] {
                    std::uint64_t n = 0;
                    for (const auto &b : inFlight)
                        n += b->records.size();
                    return n;
                }();
                const std::uint64_t left
                        = config.maxRecords > queued ? config.maxRecords - queued : 0;
                if (batch->records.size() >= left) {
                    batch->records.resize(std::size_t(left));
                    quotaReached = true;
                }
            }
            if (!pool) {
                converter.process(*batch, inlineWorker);
                if (!finish(*batch))
                    failure = ioError(CoreTr::tr("Cannot write the output: %1")
                                              .arg(out ? out->errorString() : QString()));
                else if (config.stopOnReject && batch->result.rejected > 0)
                    quotaReached = true;
                spare.push_back(std::move(batch));
                continue;
            }
            pool->submit(batch.get());
            inFlight.push_back(std::move(batch));
            // the last file's end drains the pool; between files, batches keep flowing
            const bool allRead = eof && lastFile;
            while (!inFlight.empty()
                   && (inFlight.size() >= maxInFlight || allRead || quotaReached)) {
                pool->wait(inFlight.front().get());
                if (!failure && !finish(*inFlight.front()))
                    failure = ioError(CoreTr::tr("Cannot write the output: %1")
                                              .arg(out ? out->errorString() : QString()));
                const bool stop = config.stopOnReject && inFlight.front()->result.rejected > 0;
                spare.push_back(std::move(inFlight.front()));
                inFlight.pop_front();
                if (stop) {
                    quotaReached = true;
                    break;
                }
                if (!allRead && !quotaReached && inFlight.size() < maxInFlight)
                    break;
            }
        }
        file.bytesIn = bytesRead - readBefore;
        file.blankLines = splitter.blankLines();
        file.crlfLines = splitter.crlfLines();
        file.bom = splitter.sawBom();
        file.skippedBytes = splitter.skippedBytes();
        file.unterminatedLast = splitter.unterminatedLast();
    }
    currentFile = std::min(currentFile, fileCount - 1);
    // drain
    while (!inFlight.empty()) {
        pool->wait(inFlight.front().get());
        if (!failure && !cancelled() && !(config.stopOnReject && summary.rejected > 0))
            finish(*inFlight.front());
        inFlight.pop_front();
    }
    pool.reset();

    if (cancelled()) {
        if (out)
            out->cancelWriting();
        if (rejects)
            rejects->cancelWriting();
        return makeError(ErrorKind::Cancelled,
                         CoreTr::tr("The conversion was cancelled; nothing was written."));
    }
    if (failure) {
        if (out)
            out->cancelWriting();
        if (rejects)
            rejects->cancelWriting();
        return *failure;
    }
    if (config.stopOnReject && summary.rejected > 0) {
        if (out)
            out->cancelWriting();
        if (rejects)
            rejects->cancelWriting();
        const RejectExample &e = summary.firstRejects.front();
        return makeError(
                ErrorKind::BadInput,
                CoreTr::tr("%1:%2: record rejected (%3); the conversion stopped and wrote nothing.")
                        .arg(QString::fromStdString(e.file))
                        .arg(e.line)
                        .arg(QString::fromStdString(e.reason)));
    }

    summary.bytesIn = bytesRead;
    for (const FileSummary &f : summary.files) {
        summary.blankLines += f.blankLines;
        summary.crlfLines += f.crlfLines;
        summary.bom = summary.bom || f.bom;
        summary.skippedBytes += f.skippedBytes;
        summary.unterminatedLast = summary.unterminatedLast || f.unterminatedLast;
    }
    if (config.toContainer == Container::Array
        && !writeAll(out.get(), anyWritten ? std::string_view("\n]\n") : std::string_view("]\n")))
        return ioError(
                CoreTr::tr("Cannot write %1: %2").arg(config.outputPath, out->errorString()));
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    if (!config.reportPath.isEmpty() && !summary.dryRun) {
        AtomicFile report(config.reportPath, config.syncToDisk);
        const std::string json = summaryToJson(summary, config);
        if (!report.open() || !report.write(json) || !report.commit())
            return ioError(
                    CoreTr::tr("Cannot write %1: %2").arg(config.reportPath, report.errorString()));
    }
    if (rejects && !rejects->commit())
        return ioError(
                CoreTr::tr("Cannot write %1: %2").arg(config.rejectsPath, rejects->errorString()));
    if (out && !out->commit())
        return ioError(
                CoreTr::tr("Cannot write %1: %2").arg(config.outputPath, out->errorString()));
    return summary;
}

std::string summaryToJson(const Summary &s, const JobConfig &config)
{
    std::string j = "{";
    auto str = [&](const char *k, std::string_view v) {
        j.append("\n  \"");
        j.append(k);
        j.append("\": ");
        appendJsonQuoted(j, v);
        j.push_back(',');
    };
    auto num = [&](const char *k, std::uint64_t v) {
        j.append("\n  \"");
        j.append(k);
        j.append("\": ");
        j.append(std::to_string(v));
        j.push_back(',');
    };
    auto boolean = [&](const char *k, bool v) {
        j.append("\n  \"");
        j.append(k);
        j.append(v ? "\": true," : "\": false,");
    };
    const QStringList inputs = config.inputs();
    str("input", inputs.value(0).toStdString()); // the first; "inputs" and "files" list them all
    j.append("\n  \"inputs\": [");
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        j.append(i ? ", " : "");
        appendJsonQuoted(j, inputs.at(i).toStdString());
    }
    j.append("],");
    str("output", config.outputPath.toStdString());
    str("from", formatName(config.from));
    str("to", formatName(config.to));
    num("records_in", s.recordsIn);
    num("converted", s.converted);
    num("converted_with_losses", s.convertedWithLosses);
    num("rejected", s.rejected);
    boolean("balanced", s.balanced());
    boolean("dry_run", s.dryRun);
    num("bytes_in", s.bytesIn);
    num("bytes_out", s.bytesOut);
    num("blank_lines", s.blankLines);
    num("crlf_lines", s.crlfLines);
    boolean("bom", s.bom);
    boolean("unterminated_last_record", s.unterminatedLast);
    num("skipped_bytes_after_broken_array", s.skippedBytes);
    num("records_with_duplicate_keys", s.recordsWithDuplicateKeys);
    num("records_with_integers_beyond_2_53", s.recordsWithBigIntegers);
    num("records_with_lone_surrogates", s.recordsWithLoneSurrogates);
    auto examples = [&](const std::vector<LossExample> &ex) {
        j.append("[");
        for (std::size_t i = 0; i < ex.size(); ++i) {
            j.append(i ? ", {\"id\": " : "{\"id\": ");
            if (ex[i].recordId.empty())
                j.append("null");
            else
                appendJsonQuoted(j, ex[i].recordId);
            j.append(", \"file\": ");
            appendJsonQuoted(j, ex[i].file);
            j.append(", \"line\": ");
            j.append(std::to_string(ex[i].line));
            j.append(", \"byte\": ");
            j.append(std::to_string(ex[i].offset));
            j.push_back('}');
        }
        j.append("]");
    };
    j.append("\n  \"duplicate_key_examples\": ");
    examples(s.duplicateKeyExamples);
    j.append(",\n  \"losses\": {");
    bool first = true;
    for (std::size_t k = 0; k < s.losses.size(); ++k) {
        if (s.losses[k].count == 0)
            continue;
        j.append(first ? "\n    " : ",\n    ");
        first = false;
        appendJsonQuoted(j, lossKindName(LossKind(k)));
        j.append(": {\"count\": ");
        j.append(std::to_string(s.losses[k].count));
        j.append(", \"description\": ");
        appendJsonQuoted(j, lossKindText(LossKind(k)).toStdString());
        j.append(", \"examples\": ");
        examples(s.losses[k].examples);
        j.push_back('}');
    }
    j.append(first ? "}," : "\n  },");
    j.append("\n  \"rejects_by_reason\": {");
    for (std::size_t i = 0; i < s.rejectsByCode.size(); ++i) {
        j.append(i ? ", " : "");
        appendJsonQuoted(j, s.rejectsByCode[i].first);
        j.append(": ");
        j.append(std::to_string(s.rejectsByCode[i].second));
    }
    j.append("},\n  \"first_rejects\": [");
    for (std::size_t i = 0; i < s.firstRejects.size(); ++i) {
        const RejectExample &e = s.firstRejects[i];
        j.append(i ? ",\n    {" : "\n    {");
        j.append("\"file\": ");
        appendJsonQuoted(j, e.file);
        j.append(", \"line\": " + std::to_string(e.line)
                 + ", \"offset\": " + std::to_string(e.offset));
        j.append(", \"byte\": ");
        j.append(e.byte >= 0 ? std::to_string(e.byte) : std::string("null"));
        j.append(", \"code\": ");
        appendJsonQuoted(j, e.code);
        j.append(", \"reason\": ");
        appendJsonQuoted(j, e.reason);
        j.push_back('}');
    }
    j.append(s.firstRejects.empty() ? "]," : "\n  ],");
    j.append("\n  \"files\": [");
    for (std::size_t i = 0; i < s.files.size(); ++i) {
        const FileSummary &f = s.files[i];
        j.append(i ? ",\n    {\"path\": " : "\n    {\"path\": ");
        appendJsonQuoted(j, f.path.toStdString());
        j.append(", \"name\": ");
        appendJsonQuoted(j, f.name);
        j.append(", \"records_in\": " + std::to_string(f.recordsIn));
        j.append(", \"converted\": " + std::to_string(f.converted));
        j.append(", \"converted_with_losses\": " + std::to_string(f.convertedWithLosses));
        j.append(", \"rejected\": " + std::to_string(f.rejected));
        j.append(f.balanced() ? ", \"balanced\": true" : ", \"balanced\": false");
        j.append(", \"bytes_in\": " + std::to_string(f.bytesIn));
        j.append(", \"blank_lines\": " + std::to_string(f.blankLines));
        j.append(", \"crlf_lines\": " + std::to_string(f.crlfLines));
        j.append(f.bom ? ", \"bom\": true" : ", \"bom\": false");
        j.append(f.unterminatedLast ? ", \"unterminated_last_record\": true"
                                    : ", \"unterminated_last_record\": false");
        j.append(", \"skipped_bytes_after_broken_array\": " + std::to_string(f.skippedBytes));
        j.push_back('}');
    }
    j.append(s.files.empty() ? "]," : "\n  ],");
    j.append("\n  \"seconds\": ");
    j.append(std::to_string(s.seconds));
    j.append("\n}\n");
    return j;
}

} // namespace Cutover::Convert
