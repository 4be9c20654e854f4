// OpenAI chat records: {"messages": [...], "tools"?, ...} and the log wrapper
// {"id", "messages", "metadata"}.

#include "core/convert/codec_p.h"
#include "core/util/tr.h"

namespace Cutover::Convert {

using namespace Detail;

namespace {

// The keys OpenAI records define at each level (what the reader takes as members).
constexpr std::string_view kEnvelopeKeys[] = {"messages", "tools"};
constexpr std::string_view kMessageKeys[]
        = {"role", "content", "tool_calls", "tool_call_id", "name", "weight", "reasoning_content"};
constexpr std::string_view kTextPartKeys[] = {"type", "text"};
constexpr std::string_view kFunctionKeys[] = {"name", "description", "parameters"};

bool readContentParts(const JsonDoc &doc, std::uint32_t arr, Conversation &c, RecordError &err)
{
    bool ok = true;
    std::string scratch;
    doc.forEachElement(arr, [&](std::uint32_t e) {
        if (!ok)
            return;
        if (doc.isString(e)) { // a bare string part (seen in some exports)
            newPart(c, PartKind::Text).text = doc.raw(e);
            return;
        }
        if (!doc.isObject(e)) {
            ok = fail(err, doc, e, CoreTr::tr("a content part is not an object"));
            return;
        }
        const std::string_view type = blockType(doc, e, scratch);
        if (type == "text") {
            const std::uint32_t fieldsBegin = std::uint32_t(c.fields.size());
            RawJson text;
            std::string ks;
            doc.forEachMember(e, [&](std::uint32_t k, std::uint32_t v) {
                const std::string_view key = keyOf(doc, k, ks);
                if (key == "type")
                    return;
                if (key == "text" && doc.isString(v))
                    text = doc.raw(v);
                else
                    c.fields.push_back(Field{doc.raw(k), rawValue(c, doc, v)});
            });
            if (text.empty()) {
                ok = fail(err, doc, e, CoreTr::tr("a text part has no string \"text\""));
                return;
            }
            Part &p = newPart(c, PartKind::Text);
            p.text = text;
            p.extra = fieldsSince(c, fieldsBegin);
        } else if (type == "image_url") {
            const std::uint32_t iu = doc.find(e, "image_url");
            Part p;
            p.kind = PartKind::Image;
            if (doc.isString(iu)) {
                p.url = doc.raw(iu);
            } else if (doc.isObject(iu) && doc.isString(doc.find(iu, "url"))) {
                p.url = doc.raw(doc.find(iu, "url"));
                const std::uint32_t detail = doc.find(iu, "detail");
                if (detail != kNoNode)
                    p.detail = doc.raw(detail);
            } else {
                ok = fail(err, doc, e, CoreTr::tr("an image_url part has no URL"));
                return;
            }
            c.parts.push_back(p);
        } else {
            Part &p = newPart(c, PartKind::Other);
            p.raw = rawValue(c, doc, e);
            p.rawFormat = SourceFormat::OpenAI;
        }
    });
    return ok;
}

bool readMessage(const JsonDoc &doc, std::uint32_t mo, Conversation &c, RecordError &err)
{
    if (!doc.isObject(mo))
        return fail(err, doc, mo, CoreTr::tr("a message is not an object"));
    std::uint32_t role = kNoNode, content = kNoNode, toolCalls = kNoNode, toolCallId = kNoNode,
                  reasoning = kNoNode;
    Message m;
    const std::uint32_t fieldsBegin = std::uint32_t(c.fields.size());
    std::string ks;
    doc.forEachMember(mo, [&](std::uint32_t k, std::uint32_t v) {
        const std::string_view key = keyOf(doc, k, ks);
        if (key == "role")
            role = v;
        else if (key == "content")
            content = v;
        else if (key == "tool_calls")
            toolCalls = v;
        else if (key == "tool_call_id")
            toolCallId = v;
        else if (key == "reasoning_content" && doc.isString(v))
            reasoning = v;
        else if (key == "name" && doc.isString(v))
            m.name = doc.raw(v);
        else if (key == "weight" && doc.type(v) == JsonType::Number)
            m.weight = doc.raw(v);
        else
            c.fields.push_back(Field{doc.raw(k), rawValue(c, doc, v)});
    });
    m.extra = fieldsSince(c, fieldsBegin);
    if (!doc.isString(role))
        return fail(err, doc, role == kNoNode ? mo : role,
                    CoreTr::tr("a message has no string \"role\""));
    if (doc.equals(role, "system") || doc.equals(role, "developer"))
        m.role = Role::System;
    else if (doc.equals(role, "user"))
        m.role = Role::User;
    else if (doc.equals(role, "assistant"))
        m.role = Role::Assistant;
    else if (doc.equals(role, "tool") || doc.equals(role, "function"))
        m.role = Role::Tool;
    else
        return fail(err, doc, role,
                    CoreTr::tr("unknown role %1")
                            .arg(QString::fromStdString(std::string(doc.raw(role)))));
    if (content != kNoNode) {
        const JsonType t = doc.type(content);
        if (t != JsonType::String && t != JsonType::Array && t != JsonType::Null)
            return fail(err, doc, content,
                        CoreTr::tr("message content is neither a string, an array nor null"));
    }
    m.parts.begin = std::uint32_t(c.parts.size());
    m.contentNull = content == kNoNode || doc.type(content) == JsonType::Null;
    m.contentString = content != kNoNode && doc.type(content) == JsonType::String;
    if (m.role == Role::Tool) {
        Part &p = newPart(c, PartKind::ToolResult);
        if (doc.isString(toolCallId))
            p.id = doc.raw(toolCallId);
        p.name = m.name;
        m.name = {};
        if (!m.contentNull)
            p.content = rawValue(c, doc, content);
    } else {
        if (reasoning != kNoNode)
            newPart(c, PartKind::Reasoning).text = doc.raw(reasoning);
        if (m.contentString)
            newPart(c, PartKind::Text).text = doc.raw(content);
        else if (!m.contentNull && !readContentParts(doc, content, c, err))
            return false;
        if (toolCalls != kNoNode && doc.type(toolCalls) != JsonType::Null) {
            if (!doc.isArray(toolCalls))
                return fail(err, doc, toolCalls, CoreTr::tr("tool_calls is not an array"));
            bool ok = true;
            doc.forEachElement(toolCalls, [&](std::uint32_t tc) {
                if (!ok)
                    return;
                const std::uint32_t fn = doc.find(tc, "function");
                const std::uint32_t name = doc.find(fn, "name");
                if (!doc.isObject(fn) || !doc.isString(name)) {
                    ok = fail(err, doc, tc, CoreTr::tr("a tool call has no function name"));
                    return;
                }
                Part &p = newPart(c, PartKind::ToolCall);
                const std::uint32_t id = doc.find(tc, "id");
                if (doc.isString(id))
                    p.id = doc.raw(id);
                p.name = doc.raw(name);
                const std::uint32_t args = doc.find(fn, "arguments");
                if (doc.isString(args))
                    p.arguments = doc.raw(args);
                else if (doc.isObject(args))
                    p.input = rawValue(c, doc, args);
            });
            if (!ok)
                return false;
        }
    }
    m.parts.end = std::uint32_t(c.parts.size());
    c.messages.push_back(m);
    return true;
}

void appendTextParts(std::string &out, const Conversation &c, const Message &m, bool asString,
                     LossSet &losses)
{
    // content as one string when the source had a string and there is one text part
    std::vector<const Part *> texts;
    bool others = false;
    for (const Part &p : c.partsOf(m)) {
        if (p.kind == PartKind::Text)
            texts.push_back(&p);
        else if (p.kind == PartKind::Image || p.kind == PartKind::Other)
            others = true;
    }
    if (!others && texts.size() == 1 && (asString || c.fieldsOf(texts[0]->extra).empty())
        && (m.contentString || asString)) {
        out.append(texts[0]->text);
        return;
    }
    if (!others && texts.empty()) {
        bool calls = false;
        for (const Part &p : c.partsOf(m))
            calls = calls || p.kind == PartKind::ToolCall;
        out.append(m.contentNull || calls ? "null" : "\"\"");
        return;
    }
    if (asString) {
        out.append(joinTexts(c, texts, ""));
        if (texts.size() > 1)
            losses.add(LossKind::ContentPartsJoined);
        return;
    }
    out.push_back('[');
    bool firstPart = true;
    for (const Part &p : c.partsOf(m)) {
        if (p.kind == PartKind::Text) {
            if (!firstPart)
                out.push_back(',');
            firstPart = false;
            out.append("{\"type\":\"text\",\"text\":");
            out.append(p.text);
            bool f = false;
            appendFields(out, f, c, p.extra, kTextPartKeys, losses);
            out.push_back('}');
        } else if (p.kind == PartKind::Image) {
            if (!firstPart)
                out.push_back(',');
            firstPart = false;
            out.append("{\"type\":\"image_url\",\"image_url\":{\"url\":");
            if (!p.url.empty()) {
                out.append(p.url);
            } else if (!p.data.empty()) {
                out.append("\"data:");
                out.append(literalBody(p.mediaType));
                out.append(";base64,");
                out.append(literalBody(p.data));
                out.push_back('"');
            } else {
                out.append(p.fileUri);
                losses.add(LossKind::ImageConverted);
            }
            if (!p.detail.empty()) {
                out.append(",\"detail\":");
                out.append(p.detail);
            }
            out.append("}}");
        } else if (p.kind == PartKind::Other) {
            if (p.rawFormat == SourceFormat::OpenAI) {
                if (!firstPart)
                    out.push_back(',');
                firstPart = false;
                out.append(p.raw);
            } else {
                losses.add(LossKind::OtherBlocksDropped);
            }
        }
    }
    out.push_back(']');
}

} // namespace

bool readOpenAI(const JsonDoc &doc, Conversation &c, RecordError &err)
{
    if (!doc.isObject(0))
        return fail(err, doc, 0, CoreTr::tr("the record is not a JSON object"));
    std::uint32_t messages = kNoNode, tools = kNoNode;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> extra;
    std::string ks;
    doc.forEachMember(0, [&](std::uint32_t k, std::uint32_t v) {
        const std::string_view key = keyOf(doc, k, ks);
        if (key == "messages")
            messages = v;
        else if (key == "tools" && doc.isArray(v))
            tools = v;
        else if (!readIdOrMetadata(c, doc, key, v))
            extra.emplace_back(k, v);
    });
    if (messages == kNoNode)
        return fail(err, doc, 0, CoreTr::tr("the record has no \"messages\""));
    if (!doc.isArray(messages))
        return fail(err, doc, messages, CoreTr::tr("\"messages\" is not an array"));
    storeExtra(c, doc, extra);
    bool ok = true;
    doc.forEachElement(messages, [&](std::uint32_t m) {
        if (ok)
            ok = readMessage(doc, m, c, err);
    });
    if (!ok)
        return false;
    if (tools != kNoNode)
        readFunctionTools(doc, tools, c);
    return true;
}

bool writeOpenAI(Conversation &c, const Options &o, std::string &out, LossSet &losses,
                 RecordError &err)
{
    if (c.toolIdsSynthesized)
        losses.add(LossKind::ToolCallIdsSynthesized);
    out.push_back('{');
    bool first = true;
    writeEnvelopeHead(out, first, c, o, losses);
    key(out, first, "messages");
    out.push_back('[');
    bool firstMsg = true;
    auto begin = [&](std::string_view role) {
        if (!firstMsg)
            out.push_back(',');
        firstMsg = false;
        out.append("{\"role\":\"");
        out.append(role);
        out.push_back('"');
    };
    auto tail = [&](const Message &m) {
        if (!m.name.empty()) {
            out.append(",\"name\":");
            out.append(m.name);
        }
        if (!m.weight.empty()) {
            out.append(",\"weight\":");
            out.append(m.weight);
        }
        if (o.keepUnknownFields) {
            bool f = false;
            appendFields(out, f, c, m.extra, kMessageKeys, losses);
        } else if (!m.extra.empty()) {
            losses.add(LossKind::UnknownFieldsDropped);
        }
        out.push_back('}');
    };
    for (const Message &m : c.messages) {
        switch (m.role) {
        case Role::System:
        case Role::User:
            begin(m.role == Role::System ? "system" : "user");
            out.append(",\"content\":");
            appendTextParts(out, c, m, false, losses);
            for (const Part &p : c.partsOf(m)) {
                if (p.kind == PartKind::ToolCall || p.kind == PartKind::ToolResult)
                    losses.add(LossKind::ToolsDropped);
                else if (p.kind == PartKind::Reasoning)
                    losses.add(LossKind::ReasoningDropped);
            }
            tail(m);
            break;
        case Role::Assistant: {
            begin("assistant");
            out.append(",\"content\":");
            appendTextParts(out, c, m, false, losses);
            std::vector<const Part *> reasoning;
            bool anyCall = false;
            for (const Part &p : c.partsOf(m)) {
                if (p.kind == PartKind::Reasoning) {
                    if (!p.text.empty())
                        reasoning.push_back(&p);
                    if (!p.signature.empty() || !p.data.empty())
                        losses.add(LossKind::ReasoningSignatureDropped);
                }
                anyCall = anyCall || p.kind == PartKind::ToolCall;
            }
            if (!reasoning.empty()) {
                out.append(",\"reasoning_content\":");
                out.append(reasoning.size() == 1 ? std::string(reasoning[0]->text)
                                                 : joinTexts(c, reasoning, "\\n\\n"));
            }
            if (anyCall) {
                out.append(",\"tool_calls\":[");
                bool fc = true;
                for (const Part &p : c.partsOf(m)) {
                    if (p.kind != PartKind::ToolCall)
                        continue;
                    if (!fc)
                        out.push_back(',');
                    fc = false;
                    out.append("{\"id\":");
                    out.append(p.id.empty() ? RawJson("\"\"") : p.id);
                    out.append(",\"type\":\"function\",\"function\":{\"name\":");
                    out.append(p.name);
                    out.append(",\"arguments\":");
                    out.append(argumentsLiteral(c, p));
                    out.append("}}");
                }
                out.push_back(']');
            }
            tail(m);
            break;
        }
        case Role::Tool:
            for (const Part &p : c.partsOf(m)) {
                if (p.kind != PartKind::ToolResult)
                    continue;
                begin("tool");
                out.append(",\"tool_call_id\":");
                out.append(p.id.empty() ? RawJson("\"\"") : p.id);
                out.append(",\"content\":");
                if (p.content.empty())
                    out.append("\"\"");
                else if (p.content.front() == '{')
                    appendAsString(out, p.content);
                else
                    out.append(p.content);
                tail(m);
            }
            break;
        }
    }
    out.push_back(']');
    if (!c.tools.empty()) {
        key(out, first, "tools");
        out.push_back('[');
        bool ft = true;
        for (const Tool &t : c.tools) {
            if (!ft)
                out.push_back(',');
            ft = false;
            out.append("{\"type\":\"function\",\"function\":{\"name\":");
            out.append(t.name.empty() ? RawJson("\"\"") : t.name);
            bool f = false;
            if (!t.description.empty())
                member(out, f = false, "description", t.description);
            if (!t.parameters.empty())
                member(out, f = false, "parameters", t.parameters);
            f = false;
            appendFields(out, f, c, t.extra, kFunctionKeys, losses);
            out.append("}}");
        }
        out.push_back(']');
    }
    writeEnvelopeTail(out, first, c, o, kEnvelopeKeys, losses);
    out.push_back('}');
    (void) err;
    return true;
}

} // namespace Cutover::Convert
