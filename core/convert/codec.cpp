#include "core/convert/codec_p.h"
#include "core/util/tr.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>
#include <vector>

namespace Cutover::Convert {

bool readOpenAI(const JsonDoc &, Conversation &, RecordError &);
bool readAnthropic(const JsonDoc &, Conversation &, RecordError &);
bool readShareGpt(const JsonDoc &, Conversation &, RecordError &);
bool readAlpaca(const JsonDoc &, Conversation &, RecordError &);
bool readGemini(const JsonDoc &, Conversation &, RecordError &);
bool writeOpenAI(Conversation &, const Options &, std::string &, LossSet &, RecordError &);
bool writeAnthropic(Conversation &, const Options &, std::string &, LossSet &, RecordError &);
bool writeShareGpt(Conversation &, const Options &, std::string &, LossSet &, RecordError &);
bool writeAlpaca(Conversation &, const Options &, std::string &, LossSet &, RecordError &);
bool writeGemini(Conversation &, const Options &, std::string &, LossSet &, RecordError &);

const char *formatName(Format f)
{
    switch (f) {
    case Format::OpenAI:
        return "openai";
    case Format::Anthropic:
        return "anthropic";
    case Format::ShareGpt:
        return "sharegpt";
    case Format::Alpaca:
        return "alpaca";
    case Format::Gemini:
        return "gemini";
    }
    return "openai";
}

std::optional<Format> formatFromName(std::string_view name)
{
    for (Format f : kAllFormats) {
        if (name == formatName(f))
            return f;
    }
    return std::nullopt;
}

std::optional<FormatSpec> formatSpecFromName(std::string_view name)
{
    Container container = Container::Jsonl;
    for (const auto &[suffix, c] : {std::pair{std::string_view("-array"), Container::Array},
                                    std::pair{std::string_view("-jsonl"), Container::Jsonl}}) {
        if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
            name.remove_suffix(suffix.size());
            container = c;
            break;
        }
    }
    const std::optional<Format> f = formatFromName(name);
    if (!f)
        return std::nullopt;
    return FormatSpec{*f, container};
}

QString formatTitle(Format f)
{
    switch (f) {
    case Format::OpenAI:
        return CoreTr::tr("OpenAI chat");
    case Format::Anthropic:
        return CoreTr::tr("Anthropic Messages");
    case Format::ShareGpt:
        return CoreTr::tr("ShareGPT");
    case Format::Alpaca:
        return CoreTr::tr("Alpaca");
    case Format::Gemini:
        return CoreTr::tr("Gemini");
    }
    return {};
}

const char *lossKindName(LossKind k)
{
    switch (k) {
    case LossKind::SystemMerged:
        return "system_merged";
    case LossKind::SystemDropped:
        return "system_dropped";
    case LossKind::SystemAsUser:
        return "system_as_user";
    case LossKind::ToolCallIdsDropped:
        return "tool_call_ids_dropped";
    case LossKind::ToolCallIdsSynthesized:
        return "tool_call_ids_synthesized";
    case LossKind::ToolArgumentsNotJson:
        return "tool_arguments_not_json";
    case LossKind::ToolArgumentsReformatted:
        return "tool_arguments_reformatted";
    case LossKind::ToolResultsMerged:
        return "tool_results_merged";
    case LossKind::ToolResultNameUnknown:
        return "tool_result_name_unknown";
    case LossKind::ToolsDropped:
        return "tools_dropped";
    case LossKind::SameRoleMerged:
        return "same_role_merged";
    case LossKind::ImagesDropped:
        return "images_dropped";
    case LossKind::ImageConverted:
        return "image_converted";
    case LossKind::ImageMediaTypeUnsupported:
        return "image_media_type_unsupported";
    case LossKind::ImageDetailDropped:
        return "image_detail_dropped";
    case LossKind::ReasoningDropped:
        return "reasoning_dropped";
    case LossKind::ReasoningSignatureDropped:
        return "reasoning_signature_dropped";
    case LossKind::NameDropped:
        return "name_dropped";
    case LossKind::WeightDropped:
        return "weight_dropped";
    case LossKind::UnknownFieldsDropped:
        return "unknown_fields_dropped";
    case LossKind::OtherBlocksDropped:
        return "other_blocks_dropped";
    case LossKind::ContentPartsJoined:
        return "content_parts_joined";
    case LossKind::AssistantTextDropped:
        return "assistant_text_dropped";
    case LossKind::IdMetadataDropped:
        return "id_metadata_dropped";
    case LossKind::UnknownFieldNameTaken:
        return "unknown_field_name_taken";
    case LossKind::Count:
        break;
    }
    return "unknown";
}

QString lossKindText(LossKind k)
{
    switch (k) {
    case LossKind::SystemMerged:
        return CoreTr::tr(
                "Several or mid-conversation system messages merged into one system prompt");
    case LossKind::SystemDropped:
        return CoreTr::tr("System messages after the first dropped");
    case LossKind::SystemAsUser:
        return CoreTr::tr("System messages after the first turned into user turns");
    case LossKind::ToolCallIdsDropped:
        return CoreTr::tr("Tool call ids dropped: the target format has none");
    case LossKind::ToolCallIdsSynthesized:
        return CoreTr::tr("Tool call ids made up: the source format has none");
    case LossKind::ToolArgumentsNotJson:
        return CoreTr::tr("Tool call arguments are not a JSON object: kept as the raw string");
    case LossKind::ToolArgumentsReformatted:
        return CoreTr::tr("Tool call argument string re-serialised (spacing may differ)");
    case LossKind::ToolResultsMerged:
        return CoreTr::tr("Several tool results merged into one turn");
    case LossKind::ToolResultNameUnknown:
        return CoreTr::tr("Tool result without a matching call: function name unknown");
    case LossKind::ToolsDropped:
        return CoreTr::tr("Tool calls, results or definitions dropped: the target format has none");
    case LossKind::SameRoleMerged:
        return CoreTr::tr("Consecutive turns of the same role merged");
    case LossKind::ImagesDropped:
        return CoreTr::tr("Images dropped");
    case LossKind::ImageConverted:
        return CoreTr::tr("Image representation changed (URL, data URL, base64 or file URI)");
    case LossKind::ImageMediaTypeUnsupported:
        return CoreTr::tr(
                "Image media type not accepted by the target (Anthropic: JPEG, PNG, GIF, WebP)");
    case LossKind::ImageDetailDropped:
        return CoreTr::tr("Image detail setting dropped");
    case LossKind::ReasoningDropped:
        return CoreTr::tr("Reasoning dropped: the target format has no slot for it");
    case LossKind::ReasoningSignatureDropped:
        return CoreTr::tr("Reasoning signatures or redacted reasoning dropped");
    case LossKind::NameDropped:
        return CoreTr::tr("Per-message name dropped");
    case LossKind::WeightDropped:
        return CoreTr::tr("Per-message weight dropped");
    case LossKind::UnknownFieldsDropped:
        return CoreTr::tr("Unknown fields dropped");
    case LossKind::OtherBlocksDropped:
        return CoreTr::tr("Content blocks of a type the target does not know dropped");
    case LossKind::ContentPartsJoined:
        return CoreTr::tr("Several content parts joined into one text");
    case LossKind::AssistantTextDropped:
        return CoreTr::tr(
                "Assistant text next to a tool call dropped: the target has one value per turn");
    case LossKind::IdMetadataDropped:
        return CoreTr::tr("Record id and metadata not carried");
    case LossKind::UnknownFieldNameTaken:
        return CoreTr::tr(
                "Unknown field dropped: its name is a field of the target format at that place");
    case LossKind::Count:
        break;
    }
    return {};
}

bool readRecord(Format f, const JsonDoc &doc, Conversation &conv, RecordError &err)
{
    conv.clear();
    switch (f) {
    case Format::OpenAI:
        return readOpenAI(doc, conv, err);
    case Format::Anthropic:
        return readAnthropic(doc, conv, err);
    case Format::ShareGpt:
        return readShareGpt(doc, conv, err);
    case Format::Alpaca:
        return readAlpaca(doc, conv, err);
    case Format::Gemini:
        return readGemini(doc, conv, err);
    }
    return false;
}

bool writeRecord(Format f, Conversation &conv, const Options &options, std::string &out,
                 LossSet &losses, RecordError &err)
{
    const std::size_t mark = out.size();
    bool ok = false;
    switch (f) {
    case Format::OpenAI:
        ok = writeOpenAI(conv, options, out, losses, err);
        break;
    case Format::Anthropic:
        ok = writeAnthropic(conv, options, out, losses, err);
        break;
    case Format::ShareGpt:
        ok = writeShareGpt(conv, options, out, losses, err);
        break;
    case Format::Alpaca:
        ok = writeAlpaca(conv, options, out, losses, err);
        break;
    case Format::Gemini:
        ok = writeGemini(conv, options, out, losses, err);
        break;
    }
    if (!ok)
        out.resize(mark);
    return ok;
}

namespace Detail {

std::string_view keyOf(const JsonDoc &doc, std::uint32_t k, std::string &scratch)
{
    if (!doc.node(k).escaped)
        return literalBody(doc.raw(k));
    scratch = doc.str(k);
    return scratch;
}

bool fail(RecordError &err, const JsonDoc &doc, std::uint32_t node, const QString &reason)
{
    err.reason = reason.toStdString();
    err.offset = node == kNoNode ? -1 : std::int64_t(doc.node(node).begin);
    return false;
}

bool fail(RecordError &err, const QString &reason)
{
    err.reason = reason.toStdString();
    err.offset = -1;
    return false;
}

std::string_view blockType(const JsonDoc &doc, std::uint32_t obj, std::string &scratch)
{
    const std::uint32_t t = doc.find(obj, "type");
    if (!doc.isString(t))
        return {};
    return keyOf(doc, t, scratch);
}

bool readIdOrMetadata(Conversation &c, const JsonDoc &doc, std::string_view key, std::uint32_t v)
{
    if (key == "id")
        c.id = rawValue(c, doc, v);
    else if (key == "metadata")
        c.metadata = rawValue(c, doc, v);
    else
        return false;
    return true;
}

void storeExtra(Conversation &c, const JsonDoc &doc,
                const std::vector<std::pair<std::uint32_t, std::uint32_t>> &extra)
{
    const std::uint32_t fieldsBegin = std::uint32_t(c.fields.size());
    for (auto [k, v] : extra)
        c.fields.push_back(Field{doc.raw(k), rawValue(c, doc, v)});
    c.extra = fieldsSince(c, fieldsBegin);
}

void splitOffToolResult(Conversation &c, Message &m, std::uint32_t before)
{
    if (before > m.parts.begin) {
        Message head = m;
        head.parts.end = before;
        c.messages.push_back(head);
        m.extra = {};
        m.continuation = true;
    }
    Message tool;
    tool.role = Role::Tool;
    tool.parts = Range{before, before + 1};
    tool.continuation = m.continuation;
    c.messages.push_back(tool);
    m.parts.begin = before + 1;
    m.continuation = true;
}

void readFunctionTool(const JsonDoc &doc, std::uint32_t fn, bool dropType, Conversation &c)
{
    std::string ks;
    Tool tool;
    const std::uint32_t fieldsBegin = std::uint32_t(c.fields.size());
    doc.forEachMember(fn, [&](std::uint32_t k, std::uint32_t v) {
        const std::string_view key = keyOf(doc, k, ks);
        if (key == "name")
            tool.name = doc.raw(v);
        else if (key == "description")
            tool.description = doc.raw(v);
        else if (key == "parameters")
            tool.parameters = rawValue(c, doc, v);
        else if (!(dropType && key == "type"))
            c.fields.push_back(Field{doc.raw(k), rawValue(c, doc, v)});
    });
    tool.extra = fieldsSince(c, fieldsBegin);
    c.tools.push_back(tool);
}

void readFunctionTools(const JsonDoc &doc, std::uint32_t arr, Conversation &c)
{
    doc.forEachElement(arr, [&](std::uint32_t t) {
        const std::uint32_t fn = doc.find(t, "function");
        if (doc.isObject(fn))
            readFunctionTool(doc, fn, false, c);
        else
            readFunctionTool(doc, t, true, c); // a bare function object
    });
}

void synthesizeToolIds(Conversation &c)
{
    int next = 1;
    std::vector<Part *> open;
    bool any = false;
    for (Message &m : c.messages) {
        for (std::uint32_t i = m.parts.begin; i < m.parts.end; ++i) {
            Part &p = c.parts[i];
            if (p.kind == PartKind::ToolCall && p.id.empty()) {
                p.id = c.store("\"call_" + std::to_string(next++) + '"');
                open.push_back(&p);
                any = true;
            } else if (p.kind == PartKind::ToolResult && p.id.empty()) {
                for (auto it = open.begin(); it != open.end(); ++it) {
                    if (p.name.empty() || (*it)->name == p.name) {
                        p.id = (*it)->id;
                        if (p.name.empty())
                            p.name = (*it)->name;
                        open.erase(it);
                        break;
                    }
                }
                if (p.id.empty())
                    p.id = c.store("\"call_" + std::to_string(next++) + '"');
                any = true;
            }
        }
    }
    c.toolIdsSynthesized = any;
}

namespace {

void appendFieldsExcept(std::string &out, bool &first, const Conversation &c, Range r,
                        std::span<const std::string_view> defined, LossSet &losses)
{
    std::string scratch;
    for (const Field &f : c.fieldsOf(r)) {
        std::string_view name = literalBody(f.key);
        if (name.find('\\') != std::string_view::npos) {
            scratch.clear();
            unescapeJsonString(f.key, scratch);
            name = scratch;
        }
        if (std::find(defined.begin(), defined.end(), name) != defined.end()) {
            losses.add(LossKind::UnknownFieldNameTaken);
            continue;
        }
        if (!first)
            out.push_back(',');
        first = false;
        out.append(f.key);
        out.push_back(':');
        out.append(f.value);
    }
}

} // namespace

void appendFields(std::string &out, bool &first, const Conversation &c, Range r, KeySet defined,
                  LossSet &losses)
{
    appendFieldsExcept(out, first, c, r, defined, losses);
}

void writeEnvelopeHead(std::string &out, bool &first, const Conversation &c, const Options &o,
                       LossSet &losses)
{
    if (o.carryIdAndMetadata) {
        if (!c.id.empty())
            member(out, first, "id", c.id);
    } else if (!c.id.empty() || !c.metadata.empty()) {
        losses.add(LossKind::IdMetadataDropped);
    }
}

void writeEnvelopeTail(std::string &out, bool &first, const Conversation &c, const Options &o,
                       KeySet defined, LossSet &losses)
{
    if (o.carryIdAndMetadata && !c.metadata.empty())
        member(out, first, "metadata", c.metadata);
    if (o.keepUnknownFields) {
        // every reader takes id and metadata itself; migrated_at is the writer's own when asked
        std::vector<std::string_view> keys(defined.begin(), defined.end());
        keys.insert(keys.end(), {"id", "metadata"});
        if (!o.migratedAt.empty())
            keys.push_back("migrated_at");
        appendFieldsExcept(out, first, c, c.extra, keys, losses);
    } else if (!c.extra.empty()) {
        losses.add(LossKind::UnknownFieldsDropped);
    }
    if (!o.migratedAt.empty()) {
        key(out, first, "migrated_at");
        appendJsonQuoted(out, o.migratedAt);
    }
}

void addNameWeightLosses(const Message &m, LossSet &losses)
{
    if (!m.name.empty())
        losses.add(LossKind::NameDropped);
    if (!m.weight.empty())
        losses.add(LossKind::WeightDropped);
}

std::string joinTexts(const Conversation &, const std::vector<const Part *> &parts,
                      std::string_view sep)
{
    std::string s;
    s.push_back('"');
    bool first = true;
    for (const Part *p : parts) {
        if (!first)
            s.append(sep);
        first = false;
        s.append(literalBody(p->text));
    }
    s.push_back('"');
    return s;
}

TurnPlan planTurns(const Conversation &c, const Options &o, LossSet &losses)
{
    TurnPlan plan;
    std::uint32_t leading = 0;
    while (leading < c.messages.size() && c.messages[leading].role == Role::System)
        ++leading;
    std::uint32_t systemCount = 0;
    for (const Message &m : c.messages)
        systemCount += m.role == Role::System ? 1 : 0;
    auto takeSystem = [&](std::uint32_t i) {
        plan.systemMessages.push_back(i);
        for (const Part &p : c.partsOf(c.messages[i])) {
            if (p.kind == PartKind::Text)
                plan.system.push_back(&p);
            else
                losses.add(LossKind::OtherBlocksDropped);
        }
    };
    for (std::uint32_t i = 0; i < c.messages.size(); ++i) {
        const Message &m = c.messages[i];
        if (m.role != Role::System) {
            plan.turns.push_back(Turn{i, m.role});
            continue;
        }
        const bool first = i == 0;
        if (first) {
            takeSystem(i);
            continue;
        }
        switch (o.systemPolicy) {
        case SystemPolicy::Merge:
            takeSystem(i);
            losses.add(LossKind::SystemMerged);
            break;
        case SystemPolicy::First:
            losses.add(LossKind::SystemDropped);
            break;
        case SystemPolicy::AsUser:
            plan.turns.push_back(Turn{i, Role::User});
            losses.add(LossKind::SystemAsUser);
            break;
        }
    }
    (void) leading;
    (void) systemCount;
    return plan;
}

bool argumentsObject(const Part &p, std::string &objOut)
{
    if (!p.input.empty()) {
        objOut.assign(p.input);
        return true;
    }
    if (p.arguments.empty()) {
        objOut.assign("{}");
        return true;
    }
    std::string text;
    if (!unescapeJsonString(p.arguments, text))
        return false;
    JsonDoc doc;
    if (!doc.parse(text) || doc.type(0) != JsonType::Object)
        return false;
    objOut.clear();
    appendMinified(doc, 0, objOut);
    return true;
}

RawJson argumentsLiteral(Conversation &c, const Part &p)
{
    if (!p.arguments.empty())
        return p.arguments;
    std::string s;
    appendJsonQuoted(s, p.input.empty() ? std::string_view("{}") : p.input);
    return c.store(std::move(s));
}

bool splitDataUrl(RawJson urlLiteral, std::string_view &mediaType, std::string_view &data)
{
    const std::string_view body = literalBody(urlLiteral);
    if (body.substr(0, 5) != "data:")
        return false;
    const std::size_t semi = body.find(";base64,");
    if (semi == std::string_view::npos)
        return false;
    mediaType = body.substr(5, semi - 5);
    data = body.substr(semi + 8);
    return true;
}

std::string quoted(std::string_view s)
{
    std::string out;
    appendJsonQuoted(out, s);
    return out;
}

} // namespace Detail
} // namespace Cutover::Convert

namespace Cutover::Convert::Detail {

RawJson rawValue(Conversation &c, const JsonDoc &doc, std::uint32_t i)
{
    const RawJson r = doc.raw(i);
    const JsonType t = doc.type(i);
    if ((t != JsonType::Object && t != JsonType::Array)
        || r.find_first_of("\n\r") == std::string_view::npos)
        return r;
    std::string s;
    s.reserve(r.size());
    appendMinified(doc, i, s);
    return c.store(std::move(s));
}

void appendAsString(std::string &out, RawJson v)
{
    if (!v.empty() && v.front() == '"')
        out.append(v);
    else
        appendJsonQuoted(out, v.empty() ? std::string_view("null") : v);
}

} // namespace Cutover::Convert::Detail

namespace Cutover::Convert::Detail {

std::string resultText(const Part &p)
{
    if (p.content.empty())
        return "\"\"";
    if (p.content.front() == '"')
        return std::string(p.content);
    if (p.content.front() == '[') {
        JsonDoc doc;
        if (doc.parse(p.content)) {
            std::string s = "\"";
            bool allText = true;
            doc.forEachElement(0, [&](std::uint32_t e) {
                const std::uint32_t t = doc.find(e, "text");
                if (doc.isString(t))
                    s.append(literalBody(doc.raw(t)));
                else
                    allText = false;
            });
            s.push_back('"');
            if (allText)
                return s;
        }
    }
    return quoted(p.content);
}

std::string messageText(const Conversation &c, const Message &m, LossSet &losses, bool &hasImage)
{
    std::vector<const Part *> texts;
    for (const Part &p : c.partsOf(m)) {
        switch (p.kind) {
        case PartKind::Text:
            texts.push_back(&p);
            break;
        case PartKind::Image:
            hasImage = true;
            break;
        case PartKind::Reasoning:
            losses.add(LossKind::ReasoningDropped);
            break;
        case PartKind::Other:
            losses.add(LossKind::OtherBlocksDropped);
            break;
        case PartKind::ToolCall:
        case PartKind::ToolResult:
            break;
        }
    }
    if (texts.size() > 1)
        losses.add(LossKind::ContentPartsJoined);
    if (texts.size() == 1)
        return std::string(texts[0]->text);
    return joinTexts(c, texts, "");
}

bool parseEmbedded(Conversation &c, RawJson literal, JsonDoc &doc)
{
    std::string text;
    if (!unescapeJsonString(literal, text))
        return false;
    const RawJson stored = c.store(std::move(text));
    return doc.parse(stored);
}

} // namespace Cutover::Convert::Detail
