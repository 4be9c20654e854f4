// Anthropic Messages records: {"system"?, "messages": [{role, content}], "tools"?}.

#include "core/convert/codec_p.h"
#include "core/util/tr.h"

namespace Cutover::Convert {

using namespace Detail;

namespace {

// The keys Anthropic records define at each level (what the reader takes as members).
constexpr std::string_view kEnvelopeKeys[] = {"messages", "system", "tools"};
constexpr std::string_view kMessageKeys[] = {"role", "content"};
constexpr std::string_view kTextBlockKeys[] = {"type", "text"};
constexpr std::string_view kToolResultKeys[] = {"type", "tool_use_id", "content", "is_error"};
constexpr std::string_view kToolKeys[] = {"name", "description", "input_schema"};

// Reads the members of a block other than the ones named, into c.fields.
template<typename Pred>
Range readExtra(const JsonDoc &doc, std::uint32_t obj, Conversation &c, Pred known)
{
    const std::uint32_t begin = std::uint32_t(c.fields.size());
    std::string ks;
    doc.forEachMember(obj, [&](std::uint32_t k, std::uint32_t v) {
        if (!known(keyOf(doc, k, ks)))
            c.fields.push_back(Field{doc.raw(k), rawValue(c, doc, v)});
    });
    return fieldsSince(c, begin);
}

bool readBlock(const JsonDoc &doc, std::uint32_t b, Conversation &c, RecordError &err,
               bool &isToolResult)
{
    isToolResult = false;
    std::string scratch;
    if (!doc.isObject(b))
        return fail(err, doc, b, CoreTr::tr("a content block is not an object"));
    const std::string_view type = blockType(doc, b, scratch);
    if (type == "text" && doc.isString(doc.find(b, "text"))) {
        Part &p = newPart(c, PartKind::Text);
        p.text = doc.raw(doc.find(b, "text"));
        const Range r = readExtra(doc, b, c,
                                  [](std::string_view k) { return k == "type" || k == "text"; });
        c.parts.back().extra = r;
        return true;
    }
    if (type == "image") {
        const std::uint32_t src = doc.find(b, "source");
        std::string ts;
        const std::string_view st = blockType(doc, src, ts);
        if (st == "base64" && doc.isString(doc.find(src, "data"))) {
            Part &p = newPart(c, PartKind::Image);
            p.data = doc.raw(doc.find(src, "data"));
            if (doc.isString(doc.find(src, "media_type")))
                p.mediaType = doc.raw(doc.find(src, "media_type"));
            return true;
        }
        if (st == "url" && doc.isString(doc.find(src, "url"))) {
            newPart(c, PartKind::Image).url = doc.raw(doc.find(src, "url"));
            return true;
        }
    } else if (type == "tool_use") {
        const std::uint32_t id = doc.find(b, "id"), name = doc.find(b, "name"),
                            input = doc.find(b, "input");
        if (!doc.isString(name))
            return fail(err, doc, b, CoreTr::tr("a tool_use block has no name"));
        Part &p = newPart(c, PartKind::ToolCall);
        if (doc.isString(id))
            p.id = doc.raw(id);
        p.name = doc.raw(name);
        if (input != kNoNode)
            p.input = rawValue(c, doc, input);
        return true;
    } else if (type == "tool_result") {
        Part &p = newPart(c, PartKind::ToolResult);
        const std::uint32_t id = doc.find(b, "tool_use_id"), content = doc.find(b, "content"),
                            isError = doc.find(b, "is_error");
        if (doc.isString(id))
            p.id = doc.raw(id);
        if (content != kNoNode)
            p.content = rawValue(c, doc, content);
        if (isError != kNoNode)
            p.isError = doc.raw(isError);
        const Range r = readExtra(doc, b, c, [](std::string_view k) {
            return k == "type" || k == "tool_use_id" || k == "content" || k == "is_error";
        });
        c.parts.back().extra = r;
        isToolResult = true;
        return true;
    } else if (type == "thinking" && doc.isString(doc.find(b, "thinking"))) {
        Part &p = newPart(c, PartKind::Reasoning);
        p.text = doc.raw(doc.find(b, "thinking"));
        if (doc.isString(doc.find(b, "signature")))
            p.signature = doc.raw(doc.find(b, "signature"));
        return true;
    } else if (type == "redacted_thinking" && doc.isString(doc.find(b, "data"))) {
        newPart(c, PartKind::Reasoning).data = doc.raw(doc.find(b, "data"));
        return true;
    }
    Part &p = newPart(c, PartKind::Other);
    p.raw = rawValue(c, doc, b);
    p.rawFormat = SourceFormat::Anthropic;
    return true;
}

bool readMessage(const JsonDoc &doc, std::uint32_t mo, Conversation &c, RecordError &err)
{
    if (!doc.isObject(mo))
        return fail(err, doc, mo, CoreTr::tr("a message is not an object"));
    const std::uint32_t role = doc.find(mo, "role"), content = doc.find(mo, "content");
    Message m;
    if (doc.equals(role, "user"))
        m.role = Role::User;
    else if (doc.equals(role, "assistant"))
        m.role = Role::Assistant;
    else
        return fail(err, doc, role == kNoNode ? mo : role,
                    CoreTr::tr("a message role is not \"user\" or \"assistant\""));
    m.extra = readExtra(doc, mo, c,
                        [](std::string_view k) { return k == "role" || k == "content"; });
    m.parts.begin = std::uint32_t(c.parts.size());
    if (doc.isString(content)) {
        m.contentString = true;
        newPart(c, PartKind::Text).text = doc.raw(content);
    } else if (doc.isArray(content)) {
        bool ok = true;
        doc.forEachElement(content, [&](std::uint32_t b) {
            if (!ok)
                return;
            bool toolResult = false;
            const std::uint32_t before = std::uint32_t(c.parts.size());
            ok = readBlock(doc, b, c, err, toolResult);
            if (!ok || !toolResult)
                return;
            // a tool_result becomes a tool message of its own, between the user parts around it
            splitOffToolResult(c, m, before);
        });
        if (!ok)
            return false;
        m.parts.end = std::uint32_t(c.parts.size());
        if (m.parts.empty() && doc.node(content).count > 0)
            return true; // only tool results: no user turn left
    } else if (content != kNoNode && doc.type(content) != JsonType::Null) {
        return fail(err, doc, content,
                    CoreTr::tr("message content is neither a string nor an array"));
    } else {
        m.contentNull = true;
    }
    m.parts.end = std::uint32_t(c.parts.size());
    c.messages.push_back(m);
    return true;
}

const char *const kImageTypes[] = {"image/jpeg", "image/png", "image/gif", "image/webp"};

void appendImage(std::string &out, const Part &p, LossSet &losses)
{
    std::string_view mt, data;
    if (!p.data.empty()) {
        mt = literalBody(p.mediaType);
        data = literalBody(p.data);
    } else if (!p.url.empty() && splitDataUrl(p.url, mt, data)) {
    } else {
        out.append("{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":");
        out.append(p.url.empty() ? p.fileUri : p.url);
        out.append("}}");
        if (p.url.empty())
            losses.add(LossKind::ImageConverted);
        return;
    }
    bool known = false;
    for (const char *t : kImageTypes)
        known = known || mt == t;
    if (!known)
        losses.add(LossKind::ImageMediaTypeUnsupported);
    out.append("{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"");
    out.append(mt);
    out.append("\",\"data\":\"");
    out.append(data);
    out.append("\"}}");
}

} // namespace

bool readAnthropic(const JsonDoc &doc, Conversation &c, RecordError &err)
{
    if (!doc.isObject(0))
        return fail(err, doc, 0, CoreTr::tr("the record is not a JSON object"));
    std::uint32_t messages = kNoNode, system = kNoNode, tools = kNoNode;
    std::string ks;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> extra;
    doc.forEachMember(0, [&](std::uint32_t k, std::uint32_t v) {
        const std::string_view key = keyOf(doc, k, ks);
        if (key == "messages")
            messages = v;
        else if (key == "system" && doc.type(v) != JsonType::Null)
            system = v;
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
    if (system != kNoNode) {
        Message m;
        m.role = Role::System;
        m.parts.begin = std::uint32_t(c.parts.size());
        if (doc.isString(system)) {
            m.contentString = true;
            newPart(c, PartKind::Text).text = doc.raw(system);
        } else if (doc.isArray(system)) {
            c.systemString = false;
            bool ok = true;
            doc.forEachElement(system, [&](std::uint32_t b) {
                bool tr = false;
                if (ok)
                    ok = readBlock(doc, b, c, err, tr);
            });
            if (!ok)
                return false;
        } else {
            return fail(err, doc, system,
                        CoreTr::tr("\"system\" is neither a string nor an array"));
        }
        m.parts.end = std::uint32_t(c.parts.size());
        c.messages.push_back(m);
    }
    bool ok = true;
    doc.forEachElement(messages, [&](std::uint32_t m) {
        if (ok)
            ok = readMessage(doc, m, c, err);
    });
    if (!ok)
        return false;
    if (tools != kNoNode) {
        doc.forEachElement(tools, [&](std::uint32_t t) {
            Tool tool;
            const std::uint32_t begin = std::uint32_t(c.fields.size());
            doc.forEachMember(t, [&](std::uint32_t k, std::uint32_t v) {
                const std::string_view key = keyOf(doc, k, ks);
                if (key == "name")
                    tool.name = doc.raw(v);
                else if (key == "description")
                    tool.description = doc.raw(v);
                else if (key == "input_schema")
                    tool.parameters = rawValue(c, doc, v);
                else
                    c.fields.push_back(Field{doc.raw(k), rawValue(c, doc, v)});
            });
            tool.extra = fieldsSince(c, begin);
            c.tools.push_back(tool);
        });
    }
    return true;
}

bool writeAnthropic(Conversation &c, const Options &o, std::string &out, LossSet &losses,
                    RecordError &err)
{
    if (c.toolIdsSynthesized)
        losses.add(LossKind::ToolCallIdsSynthesized);
    const TurnPlan plan = planTurns(c, o, losses);
    out.push_back('{');
    bool first = true;
    writeEnvelopeHead(out, first, c, o, losses);
    if (!plan.system.empty()) {
        key(out, first, "system");
        bool blocks = !c.systemString;
        for (const Part *p : plan.system)
            blocks = blocks || !c.fieldsOf(p->extra).empty();
        if (!blocks) {
            if (plan.system.size() == 1)
                out.append(plan.system[0]->text);
            else
                out.append(joinTexts(c, plan.system, "\\n\\n"));
        } else {
            out.push_back('[');
            bool fb = true;
            for (const Part *p : plan.system) {
                if (!fb)
                    out.push_back(',');
                fb = false;
                out.append("{\"type\":\"text\",\"text\":");
                out.append(p->text);
                bool f = false;
                appendFields(out, f, c, p->extra, kTextBlockKeys, losses);
                out.push_back('}');
            }
            out.push_back(']');
        }
    }
    key(out, first, "messages");
    out.push_back('[');
    std::string objText;
    bool firstMsg = true;
    std::size_t i = 0;
    const auto anthropicRole = [](Role r) {
        return r == Role::Assistant ? Role::Assistant : Role::User;
    };
    while (i < plan.turns.size()) {
        const Role role = anthropicRole(plan.turns[i].role);
        std::size_t j = i + 1;
        while (j < plan.turns.size() && anthropicRole(plan.turns[j].role) == role)
            ++j;
        for (std::size_t k = i + 1; k < j; ++k) {
            const Message &mk = c.messages[plan.turns[k].message];
            if (mk.continuation)
                continue;
            if (plan.turns[k].role == Role::Tool && plan.turns[k - 1].role == Role::Tool) {
                losses.add(LossKind::ToolResultsMerged);
                continue;
            }
            if (o.sameRole == SameRolePolicy::Reject)
                return fail(err,
                            CoreTr::tr("consecutive %1 turns; Anthropic requires alternating roles")
                                    .arg(role == Role::User ? u"user" : u"assistant"));
            losses.add(LossKind::SameRoleMerged);
        }
        if (!firstMsg)
            out.push_back(',');
        firstMsg = false;
        out.append(role == Role::User ? "{\"role\":\"user\",\"content\":"
                                      : "{\"role\":\"assistant\",\"content\":");
        const Message &head = c.messages[plan.turns[i].message];
        const auto headParts = c.partsOf(head);
        for (std::size_t k = i; k < j; ++k)
            addNameWeightLosses(c.messages[plan.turns[k].message], losses);
        if (j == i + 1 && head.contentString && headParts.size() == 1
            && headParts[0].kind == PartKind::Text && headParts[0].extra.empty()) {
            out.append(headParts[0].text);
        } else {
            out.push_back('[');
            bool fb = true;
            auto sep = [&] {
                if (!fb)
                    out.push_back(',');
                fb = false;
            };
            for (std::size_t k = i; k < j; ++k) {
                const Message &m = c.messages[plan.turns[k].message];
                for (const Part &p : c.partsOf(m)) {
                    switch (p.kind) {
                    case PartKind::Text:
                        sep();
                        out.append("{\"type\":\"text\",\"text\":");
                        out.append(p.text);
                        {
                            bool f = false;
                            appendFields(out, f, c, p.extra, kTextBlockKeys, losses);
                        }
                        out.push_back('}');
                        break;
                    case PartKind::Image:
                        if (o.images == ImagePolicy::Drop) {
                            losses.add(LossKind::ImagesDropped);
                            break;
                        }
                        if (!p.detail.empty())
                            losses.add(LossKind::ImageDetailDropped);
                        sep();
                        appendImage(out, p, losses);
                        break;
                    case PartKind::ToolCall:
                        sep();
                        out.append("{\"type\":\"tool_use\",\"id\":");
                        out.append(p.id.empty() ? RawJson("\"\"") : p.id);
                        out.append(",\"name\":");
                        out.append(p.name);
                        out.append(",\"input\":");
                        if (argumentsObject(p, objText)) {
                            out.append(objText);
                            if (p.input.empty()) {
                                std::string plain;
                                unescapeJsonString(p.arguments, plain);
                                if (plain != objText)
                                    losses.add(LossKind::ToolArgumentsReformatted);
                            }
                        } else if (o.toolArguments == ToolArgumentPolicy::ParseOrReject) {
                            return fail(err,
                                        CoreTr::tr("tool call arguments are not a JSON object"));
                        } else {
                            out.append(p.arguments);
                            losses.add(LossKind::ToolArgumentsNotJson);
                        }
                        out.push_back('}');
                        break;
                    case PartKind::ToolResult:
                        sep();
                        out.append("{\"type\":\"tool_result\",\"tool_use_id\":");
                        out.append(p.id.empty() ? RawJson("\"\"") : p.id);
                        if (!p.content.empty()) {
                            out.append(",\"content\":");
                            if (p.content.front() == '{')
                                appendAsString(out, p.content);
                            else
                                out.append(p.content);
                        }
                        if (!p.isError.empty()) {
                            out.append(",\"is_error\":");
                            out.append(p.isError);
                        }
                        {
                            bool f = false;
                            appendFields(out, f, c, p.extra, kToolResultKeys, losses);
                        }
                        out.push_back('}');
                        break;
                    case PartKind::Reasoning:
                        sep();
                        if (p.text.empty() && !p.data.empty()) {
                            out.append("{\"type\":\"redacted_thinking\",\"data\":");
                            out.append(p.data);
                        } else {
                            out.append("{\"type\":\"thinking\",\"thinking\":");
                            out.append(p.text);
                            if (!p.signature.empty()) {
                                out.append(",\"signature\":");
                                out.append(p.signature);
                            }
                        }
                        out.push_back('}');
                        break;
                    case PartKind::Other:
                        if (p.rawFormat == SourceFormat::Anthropic) {
                            sep();
                            out.append(p.raw);
                        } else {
                            losses.add(LossKind::OtherBlocksDropped);
                        }
                        break;
                    }
                }
            }
            out.push_back(']');
        }
        if (j == i + 1 && o.keepUnknownFields) {
            bool f = false;
            appendFields(out, f, c, head.extra, kMessageKeys, losses);
        } else {
            for (std::size_t k = i; k < j; ++k) {
                if (!c.messages[plan.turns[k].message].extra.empty())
                    losses.add(LossKind::UnknownFieldsDropped);
            }
        }
        out.push_back('}');
        i = j;
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
            out.append("{\"name\":");
            out.append(t.name.empty() ? RawJson("\"\"") : t.name);
            bool f = false;
            if (!t.description.empty())
                member(out, f, "description", t.description);
            f = false;
            member(out, f, "input_schema",
                   t.parameters.empty() ? RawJson("{\"type\":\"object\"}") : t.parameters);
            f = false;
            appendFields(out, f, c, t.extra, kToolKeys, losses);
            out.push_back('}');
        }
        out.push_back(']');
    }
    writeEnvelopeTail(out, first, c, o, kEnvelopeKeys, losses);
    out.push_back('}');
    return true;
}

} // namespace Cutover::Convert
