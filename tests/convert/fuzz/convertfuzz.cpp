#include "convertfuzz.h"

#include "core/convert/formats.h"
#include "core/convert/recordsplitter.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace Cutover::Convert {

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

void convertRecord(std::string_view text)
{
    JsonDoc doc;
    if (!doc.parse(text)) {
        check(doc.error().offset <= text.size(), "error offset inside the record");
        return;
    }
    for (Format from : kAllFormats) {
        Conversation conv;
        RecordError err;
        if (!readRecord(from, doc, conv, err)) {
            check(!err.reason.empty(), "a read error has a reason");
            continue;
        }
        for (Format to : kAllFormats) {
            for (int variant = 0; variant < 4; ++variant) {
                Options o;
                o.systemPolicy = variant == 1 ? SystemPolicy::AsUser : SystemPolicy::Merge;
                o.migratedAt = variant == 1 ? "2026-01-01T00:00:00Z" : "";
                if (variant == 2) { // everything optional left out
                    o.systemPolicy = SystemPolicy::First;
                    o.keepUnknownFields = false;
                    o.carryIdAndMetadata = false;
                    o.images = ImagePolicy::Drop;
                }
                if (variant == 3) { // every strict policy
                    o.toolArguments = ToolArgumentPolicy::ParseOrReject;
                    o.sameRole = SameRolePolicy::Reject;
                    o.images = ImagePolicy::Reject;
                }
                std::string out;
                LossSet losses;
                if (!writeRecord(to, conv, o, out, losses, err)) {
                    check(out.empty(), "a rejected write leaves no output");
                    continue;
                }
                check(out.find('\n') == std::string::npos, "one record per line");
                JsonDoc back;
                check(back.parse(out), "the output is strict JSON");
                if (doc.duplicateKeys() == 0 && back.duplicateKeys() > 0) {
                    std::fprintf(stderr, "%s -> %s (variant %d):\n%s\n", formatName(from),
                                 formatName(to), variant, out.c_str());
                    check(false, "no duplicate keys in the output of a record without any");
                }
                Conversation again;
                if (!readRecord(to, back, again, err)) {
                    std::fprintf(stderr, "%s -> %s (variant %d): %s\n%s\n", formatName(from),
                                 formatName(to), variant, err.reason.c_str(), out.c_str());
                    check(false, "the target reader accepts the output");
                }
            }
        }
    }
}

} // namespace

int fuzzConvertOne(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    for (Container c : {Container::Jsonl, Container::Array}) {
        RecordSplitter splitter(c);
        std::vector<RecordSpan> spans;
        const std::size_t used = splitter.split(bytes, 0, true, spans);
        check(used <= size, "consumed within the buffer");
        for (const RecordSpan &r : spans) {
            check(r.begin + r.length <= size, "record span inside the buffer");
            convertRecord(bytes.substr(r.begin, r.length));
        }
    }
    convertRecord(bytes);
    return 0;
}

} // namespace Cutover::Convert
