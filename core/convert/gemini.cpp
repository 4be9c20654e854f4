// Gemini records: {"systemInstruction"?, "contents": [{role, parts}], "tools":
// [{"functionDeclarations"}]?}. Part keys are read in camelCase and in the SDK's snake_case.

#include "core/convert/codec_p.h"
#include "core/util/tr.h"

namespace Cutover::Convert {

using namespace Detail;

namespace {

// The keys Gemini records define at each level (what the reader takes as members; parts are
// read in camelCase and snake_case). "tools" is the writer's own only when it writes
// declarations: the reader keeps a tool list it does not model as an unknown field.
constexpr std::string_view kEnvelopeKeys[]
        = {"contents", "systemInstruction", "system_instruction"};
constexpr std::string_view kEnvelopeKeysWithTools[]
        = {"contents", "systemInstruction", "system_instruction", "tools"};
constexpr std::string_view kContentKeys[] = {"role", "parts"};
constexpr std::string_view kPartKeys[]
        = {"text",      "thought",      "inlineData",    "inline_data",      "fileData",
           "file_data", "functionCall", "function_call", "functionResponse", "function_response"};
constexpr std::string_view kDeclarationKeys[] = {"name", "description", "parameters"};

std::uint32_t find2(const JsonDoc &doc, std::uint32_t obj, std::string_view camel,
                    std::string_view snake)
{
    const std::uint32_t v = doc.find(obj, camel);
    return v != kNoNode ? v : doc.find(obj, snake);
}

bool readPart(const JsonDoc &doc, std::uint32_t po, Conversation &c, RecordError &err,
              bool &isResponse)
{
    isResponse = false;
    if (!doc.isObject(po))
        return fail(err, doc, po, CoreTr::tr("a part is not an object"));
    const std::uint32_t text = doc.find(po, "text");
    const std::uint32_t inlineData = find2(doc, po, "inlineData", "inline_data");
    const std::uint32_t fileData = find2(doc, po, "fileData", "file_data");
    const std::uint32_t call = find2(doc, po, "functionCall", "function_call");
    const std::uint32_t response = find2(doc, po, "functionResponse", "function_response");
    auto extraExcept = [&](std::uint32_t a, std::uint32_t b) {
        const std::uint32_t begin = std::uint32_t(c.fields.size());
        doc.forEachMember(po, [&](std::uint32_t k, std::uint32_t v) {
            if (v != a && v != b)
                c.fields.push_back(Field{doc.raw(k), rawValue(c, doc, v)});
        });
        return fieldsSince(c, begin);
    };
    if (doc.isString(text)) {
        const std::uint32_t thought = doc.find(po, "thought");
        const bool isThought = thought != kNoNode && doc.type(thought) == JsonType::True;
        const Range r = extraExcept(text, isThought ? thought : kNoNode);
        Part &p = newPart(c, isThought ? PartKind::Reasoning : PartKind::Text);
        p.text = doc.raw(text);
        p.extra = r;
        return true;
    }
    if (doc.isObject(inlineData) && doc.isString(doc.find(inlineData, "data"))) {
        Part &p = newPart(c, PartKind::Image);
        p.data = doc.raw(doc.find(inlineData, "data"));
        const std::uint32_t mt = find2(doc, inlineData, "mimeType", "mime_type");
        if (doc.isString(mt))
            p.mediaType = doc.raw(mt);
        return true;
    }
    if (doc.isObject(fileData) && doc.isString(find2(doc, fileData, "fileUri", "file_uri"))) {
        Part &p = newPart(c, PartKind::Image);
        p.fileUri = doc.raw(find2(doc, fileData, "fileUri", "file_uri"));
        const std::uint32_t mt = find2(doc, fileData, "mimeType", "mime_type");
        if (doc.isString(mt))
            p.mediaType = doc.raw(mt);
        return true;
    }
    if (doc.isObject(call) && doc.isString(doc.find(call, "name"))) {
        const Range r = extraExcept(call, kNoNode);
        Part &p = newPart(c, PartKind::ToolCall);
        p.name = doc.raw(doc.find(call, "name"));
        const std::uint32_t args = doc.find(call, "args");
        p.input = args != kNoNode ? rawValue(c, doc, args) : RawJson("{}");
        if (doc.isString(doc.find(call, "id")))
            p.id = doc.raw(doc.find(call, "id"));
        p.extra = r;
        return true;
    }
    if (doc.isObject(response) && doc.isString(doc.find(response, "name"))) {
        const Range r = extraExcept(response, kNoNode);
        Part &p = newPart(c, PartKind::ToolResult);
        p.name = doc.raw(doc.find(response, "name"));
        if (doc.isString(doc.find(response, "id")))
            p.id = doc.raw(doc.find(response, "id"));
        const std::uint32_t resp = doc.find(response, "response");
        if (doc.isObject(resp) && doc.node(resp).count == 1 && doc.find(resp, "content") != kNoNode)
            p.content = rawValue(c, doc, doc.find(resp, "content"));
        else if (resp != kNoNode)
            p.content = rawValue(c, doc, resp);
        p.extra = r;
        isResponse = true;
        return true;
    }
    Part &p = newPart(c, PartKind::Other);
    p.raw = rawValue(c, doc, po);
    p.rawFormat = SourceFormat::Gemini;
    return true;
}

RawJson nameForResult(const Conversation &c, const Part &r)
{
    if (!r.name.empty())
        return r.name;
    for (const Part &p : c.parts) {
        if (p.kind == PartKind::ToolCall && p.id == r.id)
            return p.name;
    }
    return {};
}

} // namespace

bool readGemini(const JsonDoc &doc, Conversation &c, RecordError &err)
{
    if (!doc.isObject(0))
        return fail(err, doc, 0, CoreTr::tr("the record is not a JSON object"));
    std::uint32_t contents = kNoNode, system = kNoNode, tools = kNoNode;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> extra;
    std::string ks;
    doc.forEachMember(0, [&](std::uint32_t k, std::uint32_t v) {
        const std::string_view key = keyOf(doc, k, ks);
        if (key == "contents")
            contents = v;
        else if ((key == "systemInstruction" || key == "system_instruction") && doc.isObject(v))
            system = v;
        else if (key == "tools" && doc.isArray(v))
            tools = v;
        else if (!readIdOrMetadata(c, doc, key, v))
            extra.emplace_back(k, v);
    });
    if (contents == kNoNode)
        return fail(err, doc, 0, CoreTr::tr("the record has no \"contents\""));
    if (!doc.isArray(contents))
        return fail(err, doc, contents, CoreTr::tr("\"contents\" is not an array"));
    // tools: only function declarations are modelled; anything else keeps the whole list verbatim
    bool toolsModelled = tools != kNoNode;
    if (tools != kNoNode) {
        doc.forEachElement(tools, [&](std::uint32_t t) {
            if (!doc.isArray(find2(doc, t, "functionDeclarations", "function_declarations"))
                || doc.node(t).count != 1)
                toolsModelled = false;
        });
        if (!toolsModelled)
            extra.emplace_back(tools - 1, tools);
    }
    storeExtra(c, doc, extra);
    bool ok = true;
    if (system != kNoNode) {
        const std::uint32_t parts = doc.find(system, "parts");
        Message m;
        m.role = Role::System;
        m.parts.begin = std::uint32_t(c.parts.size());
        if (doc.isArray(parts)) {
            doc.forEachElement(parts, [&](std::uint32_t p) {
                bool r = false;
                if (ok)
                    ok = readPart(doc, p, c, err, r);
            });
        }
        if (!ok)
            return false;
        m.parts.end = std::uint32_t(c.parts.size());
        m.contentString = m.parts.size() == 1;
        c.messages.push_back(m);
    }
    doc.forEachElement(contents, [&](std::uint32_t co) {
        if (!ok)
            return;
        if (!doc.isObject(co)) {
            ok = fail(err, doc, co, CoreTr::tr("a contents entry is not an object"));
            return;
        }
        const std::uint32_t role = doc.find(co, "role"), parts = doc.find(co, "parts");
        Message m;
        if (role == kNoNode || doc.equals(role, "user"))
            m.role = Role::User;
        else if (doc.equals(role, "model"))
            m.role = Role::Assistant;
        else if (doc.equals(role, "function") || doc.equals(role, "tool"))
            m.role = Role::User;
        else {
            ok = fail(err, doc, role, CoreTr::tr("a contents role is not \"user\" or \"model\""));
            return;
        }
        if (!doc.isArray(parts)) {
            ok = fail(err, doc, parts == kNoNode ? co : parts,
                      CoreTr::tr("a contents entry has no \"parts\" array"));
            return;
        }
        std::string k2;
        const std::uint32_t begin = std::uint32_t(c.fields.size());
        doc.forEachMember(co, [&](std::uint32_t k, std::uint32_t v) {
            const std::string_view key = keyOf(doc, k, k2);
            if (key != "role" && key != "parts")
                c.fields.push_back(Field{doc.raw(k), rawValue(c, doc, v)});
        });
        m.extra = fieldsSince(c, begin);
        m.parts.begin = std::uint32_t(c.parts.size());
        doc.forEachElement(parts, [&](std::uint32_t p) {
            if (!ok)
                return;
            bool response = false;
            const std::uint32_t before = std::uint32_t(c.parts.size());
            ok = readPart(doc, p, c, err, response);
            if (!ok || !response)
                return;
            splitOffToolResult(c, m, before);
        });
        if (!ok)
            return;
        m.parts.end = std::uint32_t(c.parts.size());
        if (m.parts.empty() && doc.node(parts).count > 0)
            return;
        // one plain text part is what other formats write as a string
        m.contentString = m.parts.size() == 1 && c.parts[m.parts.begin].kind == PartKind::Text
                          && c.parts[m.parts.begin].extra.empty();
        c.messages.push_back(m);
    });
    if (!ok)
        return false;
    if (toolsModelled) {
        doc.forEachElement(tools, [&](std::uint32_t t) {
            const std::uint32_t decls
                    = find2(doc, t, "functionDeclarations", "function_declarations");
            doc.forEachElement(decls, [&](std::uint32_t d) { readFunctionTool(doc, d, false, c); });
        });
    }
    synthesizeToolIds(c);
    return true;
}

bool writeGemini(Conversation &c, const Options &o, std::string &out, LossSet &losses,
                 RecordError &err)
{
    const TurnPlan plan = planTurns(c, o, losses);
    out.push_back('{');
    bool first = true;
    writeEnvelopeHead(out, first, c, o, losses);
    std::string obj;
    if (!plan.system.empty()) {
        key(out, first, "systemInstruction");
        out.append("{\"parts\":[");
        for (std::size_t i = 0; i < plan.system.size(); ++i) {
            if (i)
                out.push_back(',');
            out.append("{\"text\":");
            out.append(plan.system[i]->text);
            out.push_back('}');
        }
        out.append("]}");
    }
    key(out, first, "contents");
    out.push_back('[');
    std::size_t i = 0;
    bool firstContent = true;
    while (i < plan.turns.size()) {
        std::size_t j = i + 1;
        if (plan.turns[i].role == Role::Tool) {
            while (j < plan.turns.size() && plan.turns[j].role == Role::Tool) {
                if (!c.messages[plan.turns[j].message].continuation)
                    losses.add(LossKind::ToolResultsMerged);
                ++j;
            }
        }
        const Message &head = c.messages[plan.turns[i].message];
        if (!firstContent)
            out.push_back(',');
        firstContent = false;
        out.append(plan.turns[i].role == Role::Assistant ? "{\"role\":\"model\",\"parts\":["
                                                         : "{\"role\":\"user\",\"parts\":[");
        bool fp = true;
        auto sep = [&] {
            if (!fp)
                out.push_back(',');
            fp = false;
        };
        for (std::size_t k = i; k < j; ++k) {
            const Message &m = c.messages[plan.turns[k].message];
            addNameWeightLosses(m, losses);
            for (const Part &p : c.partsOf(m)) {
                bool extraAllowed = true;
                switch (p.kind) {
                case PartKind::Text:
                    sep();
                    out.append("{\"text\":");
                    out.append(p.text);
                    break;
                case PartKind::Reasoning:
                    if (!p.signature.empty() || (p.text.empty() && !p.data.empty()))
                        losses.add(LossKind::ReasoningSignatureDropped);
                    if (p.text.empty())
                        continue;
                    sep();
                    out.append("{\"text\":");
                    out.append(p.text);
                    out.append(",\"thought\":true");
                    break;
                case PartKind::Image: {
                    if (o.images == ImagePolicy::Drop) {
                        losses.add(LossKind::ImagesDropped);
                        continue;
                    }
                    if (!p.detail.empty())
                        losses.add(LossKind::ImageDetailDropped);
                    std::string_view mt, data;
                    sep();
                    if (!p.data.empty()) {
                        out.append("{\"inlineData\":{\"mimeType\":");
                        out.append(p.mediaType.empty() ? RawJson("\"application/octet-stream\"")
                                                       : p.mediaType);
                        out.append(",\"data\":");
                        out.append(p.data);
                        out.push_back('}');
                    } else if (!p.url.empty() && splitDataUrl(p.url, mt, data)) {
                        out.append("{\"inlineData\":{\"mimeType\":\"");
                        out.append(mt);
                        out.append("\",\"data\":\"");
                        out.append(data);
                        out.append("\"}");
                    } else {
                        out.append("{\"fileData\":{");
                        if (!p.mediaType.empty()) {
                            out.append("\"mimeType\":");
                            out.append(p.mediaType);
                            out.push_back(',');
                        }
                        out.append("\"fileUri\":");
                        out.append(p.fileUri.empty() ? p.url : p.fileUri);
                        out.push_back('}');
                        if (p.fileUri.empty())
                            losses.add(LossKind::ImageConverted);
                    }
                    extraAllowed = false;
                    break;
                }
                case PartKind::ToolCall:
                    sep();
                    out.append("{\"functionCall\":{");
                    if (!p.id.empty() && !c.toolIdsSynthesized) {
                        out.append("\"id\":");
                        out.append(p.id);
                        out.push_back(',');
                    }
                    out.append("\"name\":");
                    out.append(p.name);
                    out.append(",\"args\":");
                    if (argumentsObject(p, obj)) {
                        out.append(obj);
                    } else if (o.toolArguments == ToolArgumentPolicy::ParseOrReject) {
                        return fail(err, CoreTr::tr("tool call arguments are not a JSON object"));
                    } else {
                        out.append(p.arguments);
                        losses.add(LossKind::ToolArgumentsNotJson);
                    }
                    out.push_back('}');
                    break;
                case PartKind::ToolResult: {
                    sep();
                    const RawJson name = nameForResult(c, p);
                    if (name.empty())
                        losses.add(LossKind::ToolResultNameUnknown);
                    out.append("{\"functionResponse\":{");
                    if (!p.id.empty() && !c.toolIdsSynthesized) {
                        out.append("\"id\":");
                        out.append(p.id);
                        out.push_back(',');
                    }
                    out.append("\"name\":");
                    out.append(name.empty() ? RawJson("\"\"") : name);
                    out.append(",\"response\":");
                    JsonDoc inner;
                    std::string text;
                    if (!p.content.empty() && p.content.front() == '{') {
                        out.append(p.content);
                    } else if (!p.content.empty() && p.content.front() == '"'
                               && unescapeJsonString(p.content, text) && !text.empty()
                               && text.front() == '{' && inner.parse(text)
                               && inner.type(0) == JsonType::Object
                               && !(inner.node(0).count == 1
                                    && inner.find(0, "content") != kNoNode)) {
                        obj.clear();
                        appendMinified(inner, 0, obj);
                        out.append(obj);
                        if (obj != text)
                            losses.add(LossKind::ToolArgumentsReformatted);
                    } else {
                        out.append("{\"content\":");
                        out.append(p.content.empty() ? RawJson("\"\"") : p.content);
                        out.push_back('}');
                    }
                    out.push_back('}');
                    break;
                }
                case PartKind::Other:
                    if (p.rawFormat == SourceFormat::Gemini) {
                        sep();
                        out.append(p.raw);
                    } else {
                        losses.add(LossKind::OtherBlocksDropped);
                    }
                    continue;
                }
                if (extraAllowed) {
                    bool f = false;
                    appendFields(out, f, c, p.extra, kPartKeys, losses);
                }
                out.push_back('}');
            }
        }
        out.push_back(']');
        if (j == i + 1 && o.keepUnknownFields) {
            bool f = false;
            appendFields(out, f, c, head.extra, kContentKeys, losses);
        } else if (!head.extra.empty()) {
            losses.add(LossKind::UnknownFieldsDropped);
        }
        out.push_back('}');
        i = j;
    }
    out.push_back(']');
    if (!c.tools.empty()) {
        key(out, first, "tools");
        out.append("[{\"functionDeclarations\":[");
        for (std::size_t t = 0; t < c.tools.size(); ++t) {
            if (t)
                out.push_back(',');
            out.append("{\"name\":");
            out.append(c.tools[t].name.empty() ? RawJson("\"\"") : c.tools[t].name);
            bool f = false;
            if (!c.tools[t].description.empty())
                member(out, f, "description", c.tools[t].description);
            f = false;
            if (!c.tools[t].parameters.empty())
                member(out, f, "parameters", c.tools[t].parameters);
            f = false;
            appendFields(out, f, c, c.tools[t].extra, kDeclarationKeys, losses);
            out.push_back('}');
        }
        out.append("]}]");
    }
    writeEnvelopeTail(out, first, c, o,
                      c.tools.empty() ? KeySet(kEnvelopeKeys) : KeySet(kEnvelopeKeysWithTools),
                      losses);
    out.push_back('}');
    return true;
}

} // namespace Cutover::Convert
