// ShareGPT records: {"conversations": [{"from", "value"}], "system"?, "tools": "<JSON string>"?}.

#include "core/convert/codec_p.h"
#include "core/util/tr.h"

namespace Cutover::Convert {

using namespace Detail;

namespace {

// The keys ShareGPT records define at each level (what the reader takes as members).
constexpr std::string_view kEnvelopeKeys[] = {"conversations", "system", "tools"};
constexpr std::string_view kTurnKeys[] = {"from", "value"};
// A tool is read as {"type", "function": {…}} or as the bare function object.
constexpr std::string_view kToolKeys[] = {"name", "description", "parameters", "type", "function"};

bool readCall(Conversation &c, const JsonDoc &doc, std::uint32_t obj)
{
    const std::uint32_t name = doc.find(obj, "name");
    if (!doc.isString(name))
        return false;
    Part &p = newPart(c, PartKind::ToolCall);
    p.name = doc.raw(name);
    const std::uint32_t args = doc.find(obj, "arguments");
    if (doc.isString(args))
        p.arguments = doc.raw(args);
    else if (args != kNoNode)
        p.input = rawValue(c, doc, args);
    return true;
}

} // namespace

bool readShareGpt(const JsonDoc &doc, Conversation &c, RecordError &err)
{
    if (!doc.isObject(0))
        return fail(err, doc, 0, CoreTr::tr("the record is not a JSON object"));
    std::uint32_t conv = kNoNode, system = kNoNode, tools = kNoNode;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> extra;
    std::string ks;
    doc.forEachMember(0, [&](std::uint32_t k, std::uint32_t v) {
        const std::string_view key = keyOf(doc, k, ks);
        if (key == "conversations")
            conv = v;
        else if (key == "system" && doc.isString(v))
            system = v;
        else if (key == "tools" && (doc.isString(v) || doc.isArray(v)))
            tools = v;
        else if (!readIdOrMetadata(c, doc, key, v))
            extra.emplace_back(k, v);
    });
    if (conv == kNoNode)
        return fail(err, doc, 0, CoreTr::tr("the record has no \"conversations\""));
    if (!doc.isArray(conv))
        return fail(err, doc, conv, CoreTr::tr("\"conversations\" is not an array"));
    storeExtra(c, doc, extra);
    if (system != kNoNode) {
        Message m;
        m.role = Role::System;
        m.contentString = true;
        m.parts.begin = std::uint32_t(c.parts.size());
        newPart(c, PartKind::Text).text = doc.raw(system);
        m.parts.end = std::uint32_t(c.parts.size());
        c.messages.push_back(m);
    }
    bool ok = true;
    doc.forEachElement(conv, [&](std::uint32_t t) {
        if (!ok)
            return;
        if (!doc.isObject(t)) {
            ok = fail(err, doc, t, CoreTr::tr("a turn is not an object"));
            return;
        }
        std::uint32_t from = kNoNode, value = kNoNode;
        Message m;
        m.contentString = true;
        const std::uint32_t begin = std::uint32_t(c.fields.size());
        std::string k2;
        doc.forEachMember(t, [&](std::uint32_t k, std::uint32_t v) {
            const std::string_view key = keyOf(doc, k, k2);
            if (key == "from")
                from = v;
            else if (key == "value")
                value = v;
            else
                c.fields.push_back(Field{doc.raw(k), rawValue(c, doc, v)});
        });
        m.extra = fieldsSince(c, begin);
        if (!doc.isString(from) || !doc.isString(value)) {
            ok = fail(err, doc, t, CoreTr::tr("a turn needs string \"from\" and \"value\""));
            return;
        }
        m.parts.begin = std::uint32_t(c.parts.size());
        if (doc.equals(from, "human") || doc.equals(from, "user")) {
            m.role = Role::User;
            newPart(c, PartKind::Text).text = doc.raw(value);
        } else if (doc.equals(from, "gpt") || doc.equals(from, "assistant")) {
            m.role = Role::Assistant;
            newPart(c, PartKind::Text).text = doc.raw(value);
        } else if (doc.equals(from, "system")) {
            m.role = Role::System;
            newPart(c, PartKind::Text).text = doc.raw(value);
        } else if (doc.equals(from, "function_call")) {
            m.role = Role::Assistant;
            m.contentNull = true;
            m.contentString = false;
            JsonDoc inner;
            bool good = parseEmbedded(c, doc.raw(value), inner);
            if (good && inner.isObject(0)) {
                good = readCall(c, inner, 0);
            } else if (good && inner.isArray(0)) {
                inner.forEachElement(
                        0, [&](std::uint32_t e) { good = good && readCall(c, inner, e); });
            } else {
                good = false;
            }
            if (!good) {
                ok = fail(err, doc, value,
                          CoreTr::tr("a function_call value is not a JSON object with a name"));
                return;
            }
        } else if (doc.equals(from, "observation") || doc.equals(from, "tool")) {
            m.role = Role::Tool;
            newPart(c, PartKind::ToolResult).content = doc.raw(value);
        } else {
            ok = fail(err, doc, from,
                      CoreTr::tr("unknown \"from\" %1")
                              .arg(QString::fromStdString(std::string(doc.raw(from)))));
            return;
        }
        m.parts.end = std::uint32_t(c.parts.size());
        c.messages.push_back(m);
    });
    if (!ok)
        return false;
    if (tools != kNoNode) {
        if (doc.isArray(tools)) {
            readFunctionTools(doc, tools, c);
        } else {
            JsonDoc inner;
            if (parseEmbedded(c, doc.raw(tools), inner) && inner.isArray(0))
                readFunctionTools(inner, 0, c);
            else
                return fail(err, doc, tools, CoreTr::tr("\"tools\" is not a JSON array"));
        }
    }
    synthesizeToolIds(c);
    return true;
}

bool writeShareGpt(Conversation &c, const Options &o, std::string &out, LossSet &losses,
                   RecordError &err)
{
    const TurnPlan plan = planTurns(c, o, losses);
    struct Entry
    {
        const char *from;
        std::string value;
        Range extra;
    };
    std::vector<Entry> entries;
    std::string obj;
    bool anyRealIds = false;
    auto side = [](const char *from) {
        return std::string_view(from) == "gpt" || std::string_view(from) == "function_call";
    };
    for (const Turn &t : plan.turns) {
        const Message &m = c.messages[t.message];
        addNameWeightLosses(m, losses);
        Entry e{"human", {}, m.extra};
        bool hasImage = false;
        if (t.role == Role::Tool) {
            e.from = "observation";
            std::vector<std::string> results;
            for (const Part &p : c.partsOf(m)) {
                if (p.kind == PartKind::ToolResult)
                    results.push_back(resultText(p));
                anyRealIds = anyRealIds || (!p.id.empty() && !c.toolIdsSynthesized);
            }
            if (results.size() == 1) {
                e.value = results[0];
            } else {
                e.value = "\"";
                for (std::size_t i = 0; i < results.size(); ++i) {
                    if (i)
                        e.value.append("\\n");
                    e.value.append(literalBody(results[i]));
                }
                e.value.push_back('"');
                if (results.size() > 1)
                    losses.add(LossKind::ToolResultsMerged);
            }
        } else {
            e.from = t.role == Role::Assistant ? "gpt" : "human";
            e.value = messageText(c, m, losses, hasImage);
            std::vector<const Part *> calls;
            for (const Part &p : c.partsOf(m)) {
                if (p.kind == PartKind::ToolCall) {
                    calls.push_back(&p);
                    anyRealIds = anyRealIds || (!p.id.empty() && !c.toolIdsSynthesized);
                }
            }
            if (!calls.empty()) {
                if (literalBody(e.value).size() > 0)
                    losses.add(LossKind::AssistantTextDropped);
                std::string call = calls.size() > 1 ? "[" : "";
                for (std::size_t i = 0; i < calls.size(); ++i) {
                    if (i)
                        call.push_back(',');
                    call.append("{\"name\":");
                    call.append(calls[i]->name);
                    call.append(",\"arguments\":");
                    if (argumentsObject(*calls[i], obj)) {
                        call.append(obj);
                    } else if (o.toolArguments == ToolArgumentPolicy::ParseOrReject) {
                        return fail(err, CoreTr::tr("tool call arguments are not a JSON object"));
                    } else {
                        call.append(calls[i]->arguments);
                        losses.add(LossKind::ToolArgumentsNotJson);
                    }
                    call.push_back('}');
                }
                if (calls.size() > 1)
                    call.push_back(']');
                std::string plain;
                unescapeJsonString(e.value, plain);
                e.from = "function_call";
                e.value = quoted(call);
            }
        }
        if (hasImage) {
            if (o.images == ImagePolicy::Reject)
                return fail(err,
                            CoreTr::tr("the record has images; ShareGPT holds only file paths"));
            losses.add(LossKind::ImagesDropped);
        }
        if (!entries.empty() && side(entries.back().from) == side(e.from)) {
            Entry &prev = entries.back();
            const std::string_view pf = prev.from, ef = e.from;
            if (pf == "gpt" && ef == "function_call") {
                losses.add(LossKind::AssistantTextDropped);
                prev = e;
                continue;
            }
            if (pf == ef && pf != "function_call") {
                if (pf == "observation") {
                    losses.add(LossKind::ToolResultsMerged);
                } else if (o.sameRole == SameRolePolicy::Reject) {
                    return fail(err, CoreTr::tr("consecutive turns of the same role; ShareGPT "
                                                "requires alternation"));
                } else {
                    losses.add(LossKind::SameRoleMerged);
                }
                std::string merged = "\"";
                merged.append(literalBody(prev.value));
                merged.append(pf == "observation" ? "\\n" : "\\n\\n");
                merged.append(literalBody(e.value));
                merged.push_back('"');
                prev.value = std::move(merged);
                prev.extra = {};
                continue;
            }
            return fail(err, CoreTr::tr("turn order cannot be written as ShareGPT (%1 after %2)")
                                     .arg(QLatin1StringView(e.from), QLatin1StringView(prev.from)));
        }
        entries.push_back(std::move(e));
    }
    if (anyRealIds)
        losses.add(LossKind::ToolCallIdsDropped);
    out.push_back('{');
    bool first = true;
    writeEnvelopeHead(out, first, c, o, losses);
    key(out, first, "conversations");
    out.push_back('[');
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i)
            out.push_back(',');
        out.append("{\"from\":\"");
        out.append(entries[i].from);
        out.append("\",\"value\":");
        out.append(entries[i].value);
        if (o.keepUnknownFields) {
            bool f = false;
            appendFields(out, f, c, entries[i].extra, kTurnKeys, losses);
        } else if (!entries[i].extra.empty()) {
            losses.add(LossKind::UnknownFieldsDropped);
        }
        out.push_back('}');
    }
    out.push_back(']');
    if (!plan.system.empty()) {
        key(out, first, "system");
        out.append(plan.system.size() == 1 ? std::string(plan.system[0]->text)
                                           : joinTexts(c, plan.system, "\\n\\n"));
    }
    if (!c.tools.empty()) {
        std::string list = "[";
        for (std::size_t i = 0; i < c.tools.size(); ++i) {
            const Tool &t = c.tools[i];
            if (i)
                list.push_back(',');
            list.append("{\"name\":");
            list.append(t.name.empty() ? RawJson("\"\"") : t.name);
            bool f = false;
            if (!t.description.empty())
                member(list, f, "description", t.description);
            f = false;
            if (!t.parameters.empty())
                member(list, f, "parameters", t.parameters);
            f = false;
            appendFields(list, f, c, t.extra, kToolKeys, losses);
            list.push_back('}');
        }
        list.push_back(']');
        key(out, first, "tools");
        appendJsonQuoted(out, list);
    }
    writeEnvelopeTail(out, first, c, o, kEnvelopeKeys, losses);
    out.push_back('}');
    return true;
}

} // namespace Cutover::Convert
