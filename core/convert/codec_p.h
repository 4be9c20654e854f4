#pragma once

// Internal helpers shared by the format readers and writers.

#include "core/convert/formats.h"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Cutover::Convert::Detail {

// ---- reading

inline void addField(Conversation &c, const JsonDoc &doc, std::uint32_t k, std::uint32_t v)
{
    c.fields.push_back(Field{doc.raw(k), doc.raw(v)});
}
inline Range fieldsSince(const Conversation &c, std::uint32_t begin)
{
    return Range{begin, std::uint32_t(c.fields.size())};
}
inline Part &newPart(Conversation &c, PartKind kind)
{
    c.parts.emplace_back();
    c.parts.back().kind = kind;
    return c.parts.back();
}
// The key of member k without quotes (escaped keys are rare: unescaped into a scratch string).
std::string_view keyOf(const JsonDoc &doc, std::uint32_t k, std::string &scratch);

bool fail(RecordError &err, const JsonDoc &doc, std::uint32_t node, const QString &reason);
bool fail(RecordError &err, const QString &reason);

// "type" of a block object, or empty.
std::string_view blockType(const JsonDoc &doc, std::uint32_t obj, std::string &scratch);

// Gives ids "call_1", "call_2", … to tool calls without one and pairs tool
// results without one to the first open call of the same name.
void synthesizeToolIds(Conversation &c);

// A top-level "id" or "metadata" member: taken into c (true), or not one of them (false).
bool readIdOrMetadata(Conversation &c, const JsonDoc &doc, std::string_view key, std::uint32_t v);
// The top-level members no reader took (key, value nodes), stored as c.extra.
void storeExtra(Conversation &c, const JsonDoc &doc,
                const std::vector<std::pair<std::uint32_t, std::uint32_t>> &extra);

// After the part at index before of m's parts turned out to be a tool result: the parts before it
// become a turn of their own, the result a tool message, and m goes on after it.
void splitOffToolResult(Conversation &c, Message &m, std::uint32_t before);

// A tool from a function object {name, description, parameters, …}; other members become the
// tool's unknown fields, except "type" when dropType.
void readFunctionTool(const JsonDoc &doc, std::uint32_t fn, bool dropType, Conversation &c);
// A tool list whose entries are {"type", "function": {…}} or the bare function object.
void readFunctionTools(const JsonDoc &doc, std::uint32_t arr, Conversation &c);

// ---- writing

// Appends ,"key": (the comma only when !first).
inline void key(std::string &out, bool &first, std::string_view k)
{
    if (!first)
        out.push_back(',');
    first = false;
    out.push_back('"');
    out.append(k);
    out.append("\":");
}
inline void member(std::string &out, bool &first, std::string_view k, RawJson v)
{
    key(out, first, k);
    out.append(v);
}
// The keys a target format defines at one level of its records (the envelope, a message, a
// content block or part, a tool), unescaped.
using KeySet = std::span<const std::string_view>;
// Appends the unknown fields of r. A field whose unescaped key is in defined is not written:
// carried verbatim it would be read back as that member of the target (or repeat a key the
// writer wrote itself); the drop is recorded as LossKind::UnknownFieldNameTaken.
void appendFields(std::string &out, bool &first, const Conversation &c, Range r, KeySet defined,
                  LossSet &losses);

// The top-level id, metadata, unknown fields and migrated_at. defined: the target's own
// top-level keys (id, metadata and migrated_at are added here).
void writeEnvelopeHead(std::string &out, bool &first, const Conversation &c, const Options &o,
                       LossSet &losses);
void writeEnvelopeTail(std::string &out, bool &first, const Conversation &c, const Options &o,
                       KeySet defined, LossSet &losses);

// Records m's per-message name and weight as dropped, for targets that have neither.
void addNameWeightLosses(const Message &m, LossSet &losses);

// Joins the text parts of msgs into one string literal, sep (raw, already escaped) between them.
std::string joinTexts(const Conversation &c, const std::vector<const Part *> &parts,
                      std::string_view sep);

struct Turn
{
    std::uint32_t message;
    Role role; // after the system policy (System may become User)
};
struct TurnPlan
{
    std::vector<const Part *> system;          // text parts for the target's system slot
    std::vector<std::uint32_t> systemMessages; // messages that went into the slot
    std::vector<Turn> turns;
};
// Applies the system policy for targets with one system slot.
TurnPlan planTurns(const Conversation &c, const Options &o, LossSet &losses);

// Tool call arguments as an object text; false when they are not a JSON object (then
// rawOut holds the argument literal to keep).
bool argumentsObject(const Part &p, std::string &objOut);
// Tool call arguments as a string literal.
RawJson argumentsLiteral(Conversation &c, const Part &p);

// data:MT;base64,DATA → media type and data (bodies of literals). False when not a data URL.
bool splitDataUrl(RawJson urlLiteral, std::string_view &mediaType, std::string_view &data);

// A raw string literal of text (plain UTF-8, escaped here).
std::string quoted(std::string_view s);

} // namespace Cutover::Convert::Detail

namespace Cutover::Convert::Detail {
// The text of node i, minified into the arena when it spans several lines (so JSONL output
// stays one record per line).
RawJson rawValue(Conversation &c, const JsonDoc &doc, std::uint32_t i);
// Appends a JSON string literal: as is, or an object/array text stringified.
void appendAsString(std::string &out, RawJson v);
} // namespace Cutover::Convert::Detail

namespace Cutover::Convert::Detail {
// A tool result's content as one string literal (text blocks joined, objects stringified).
std::string resultText(const Part &p);
// The text parts of m joined (no separator) into one literal; flags other kinds as losses.
std::string messageText(const Conversation &c, const Message &m, LossSet &losses, bool &hasImage);
// Parses JSON held in a string literal; the text lives in c's arena so spans stay valid.
bool parseEmbedded(Conversation &c, RawJson literal, JsonDoc &doc);
} // namespace Cutover::Convert::Detail
