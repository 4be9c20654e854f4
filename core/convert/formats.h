#pragma once

#include "core/convert/json.h"
#include "core/convert/model.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Cutover::Convert {

enum class Format : std::uint8_t { OpenAI, Anthropic, ShareGpt, Alpaca, Gemini };
inline constexpr std::array<Format, 5> kAllFormats
        = {Format::OpenAI, Format::Anthropic, Format::ShareGpt, Format::Alpaca, Format::Gemini};

// How records sit in the file: one per line, or the elements of one top-level array.
enum class Container : std::uint8_t { Jsonl, Array };

// Stable names: "openai", "anthropic", "sharegpt", "alpaca", "gemini".
const char *formatName(Format f);
std::optional<Format> formatFromName(std::string_view name);
QString formatTitle(Format f); // translated, for people

// A format with its container, as the command line names it: "openai",
// "openai-array", "anthropic", "sharegpt-array", … ("<name>" alone means JSONL,
// "<name>-jsonl" and "<name>-array" say it). Unknown names give nullopt.
struct FormatSpec
{
    Format format = Format::OpenAI;
    Container container = Container::Jsonl;
};
std::optional<FormatSpec> formatSpecFromName(std::string_view name);

enum class SystemPolicy : std::uint8_t {
    Merge,  // every system message joined (blank line between) into the target's system slot
    First,  // the first leading system message kept, the others dropped
    AsUser, // the first leading one kept in the slot, the others become user turns
};
enum class ToolArgumentPolicy : std::uint8_t {
    ParseOrKeepRaw, // parse the argument string into an object; when it is not JSON, keep the raw
                    // string
    ParseOrReject,  // the record is rejected when an argument string is not a JSON object
};
enum class SameRolePolicy : std::uint8_t { Merge, Reject };
enum class ImagePolicy : std::uint8_t {
    Keep, // convert between URL, data URL and base64 where the target allows; else drop with a loss
    Drop, // drop every image (a loss)
    Reject, // reject records with images the target cannot hold
};

struct Options
{
    SystemPolicy systemPolicy = SystemPolicy::Merge;
    ToolArgumentPolicy toolArguments = ToolArgumentPolicy::ParseOrKeepRaw;
    SameRolePolicy sameRole = SameRolePolicy::Merge;
    ImagePolicy images = ImagePolicy::Keep;
    bool carryIdAndMetadata = true;
    bool keepUnknownFields = true;
    std::string migratedAt; // when not empty: added as "migrated_at" (the job fills "now" if asked)
};

// Kinds of information loss a writer can cause. Stable names in lossKindName().
enum class LossKind : std::uint8_t {
    SystemMerged,             // several or mid-conversation system messages joined into one slot
    SystemDropped,            // system messages dropped (policy "first")
    SystemAsUser,             // system messages turned into user turns
    ToolCallIdsDropped,       // the target has no tool call ids
    ToolCallIdsSynthesized,   // the source had none; ids were made up
    ToolArgumentsNotJson,     // argument string kept raw because it is not a JSON object
    ToolArgumentsReformatted, // argument string re-serialised (whitespace, key spacing)
    ToolResultsMerged,        // several tool results put into one turn
    ToolResultNameUnknown,    // Gemini needs the function name of a result; no matching call
    ToolsDropped,             // the target cannot hold tool calls or tool definitions
    SameRoleMerged,           // consecutive same-role turns merged
    ImagesDropped,
    ImageConverted,            // image representation changed (URL, data URL, base64, file URI)
    ImageMediaTypeUnsupported, // Anthropic takes jpeg, png, gif, webp only
    ImageDetailDropped,
    ReasoningDropped,
    ReasoningSignatureDropped,
    NameDropped,   // per-message name
    WeightDropped, // per-message weight
    UnknownFieldsDropped,
    OtherBlocksDropped,    // content blocks of a type the target does not know
    ContentPartsJoined,    // several text parts joined into one string
    AssistantTextDropped,  // assistant text next to a tool call where the target has one value per
                           // turn
    IdMetadataDropped,     // id / metadata not carried
    UnknownFieldNameTaken, // an unknown field named like a member the target defines at that level
    Count
};
const char *lossKindName(LossKind k);
QString lossKindText(LossKind k); // translated description

// What one record's conversion lost: a bit per kind.
struct LossSet
{
    std::uint32_t bits = 0;
    void add(LossKind k) { bits |= 1u << unsigned(k); }
    bool has(LossKind k) const { return bits & (1u << unsigned(k)); }
    bool empty() const { return bits == 0; }
};
static_assert(unsigned(LossKind::Count) <= 32);

// Why a record could not be read or written. reason is a translated sentence.
struct RecordError
{
    std::string reason;
    std::int64_t offset = -1; // byte offset inside the record, when known
};

// Reads one parsed record into conv. Returns false and sets err when the
// record does not have the format's shape (missing or wrong-typed keys).
bool readRecord(Format f, const JsonDoc &doc, Conversation &conv, RecordError &err);

// Appends one record in format f to out (no newline). Returns false and sets
// err when an option says to reject (out is then unchanged).
bool writeRecord(Format f, Conversation &conv, const Options &options, std::string &out,
                 LossSet &losses, RecordError &err);

} // namespace Cutover::Convert
