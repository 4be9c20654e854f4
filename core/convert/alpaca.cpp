// Alpaca records: {"instruction", "input", "output", "system"?, "history": [[q, a], ...]?}.
// The prompt is instruction + "\n" + input (input only when not empty).

#include "core/convert/codec_p.h"
#include "core/util/tr.h"

namespace Cutover::Convert {

using namespace Detail;

namespace {

void addTextMessage(Conversation &c, Role role, RawJson text)
{
    Message m;
    m.role = role;
    m.contentString = true;
    m.parts.begin = std::uint32_t(c.parts.size());
    newPart(c, PartKind::Text).text = text;
    m.parts.end = std::uint32_t(c.parts.size());
    c.messages.push_back(m);
}

} // namespace

bool readAlpaca(const JsonDoc &doc, Conversation &c, RecordError &err)
{
    if (!doc.isObject(0))
        return fail(err, doc, 0, CoreTr::tr("the record is not a JSON object"));
    std::uint32_t instruction = kNoNode, input = kNoNode, output = kNoNode, system = kNoNode,
                  history = kNoNode;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> extra;
    std::string ks;
    doc.forEachMember(0, [&](std::uint32_t k, std::uint32_t v) {
        const std::string_view key = keyOf(doc, k, ks);
        if (key == "instruction")
            instruction = v;
        else if (key == "input")
            input = v;
        else if (key == "output")
            output = v;
        else if (key == "system")
            system = v;
        else if (key == "history")
            history = v;
        else if (!readIdOrMetadata(c, doc, key, v))
            extra.emplace_back(k, v);
    });
    if (!doc.isString(instruction))
        return fail(err, doc, instruction == kNoNode ? 0 : instruction,
                    CoreTr::tr("the record has no string \"instruction\""));
    if (!doc.isString(output))
        return fail(err, doc, output == kNoNode ? 0 : output,
                    CoreTr::tr("the record has no string \"output\""));
    if (input != kNoNode && !doc.isString(input) && doc.type(input) != JsonType::Null)
        return fail(err, doc, input, CoreTr::tr("\"input\" is not a string"));
    if (system != kNoNode && !doc.isString(system) && doc.type(system) != JsonType::Null)
        return fail(err, doc, system, CoreTr::tr("\"system\" is not a string"));
    if (history != kNoNode && !doc.isArray(history) && doc.type(history) != JsonType::Null)
        return fail(err, doc, history, CoreTr::tr("\"history\" is not an array"));
    storeExtra(c, doc, extra);
    if (doc.isString(system) && doc.raw(system).size() > 2)
        addTextMessage(c, Role::System, doc.raw(system));
    if (doc.isArray(history)) {
        bool ok = true;
        doc.forEachElement(history, [&](std::uint32_t pair) {
            if (!ok)
                return;
            if (!doc.isArray(pair) || doc.node(pair).count != 2 || !doc.isString(pair + 1)
                || !doc.isString(doc.node(pair + 1).next)) {
                ok = fail(
                        err, doc, pair,
                        CoreTr::tr("a history entry is not a [question, answer] pair of strings"));
                return;
            }
            addTextMessage(c, Role::User, doc.raw(pair + 1));
            addTextMessage(c, Role::Assistant, doc.raw(doc.node(pair + 1).next));
        });
        if (!ok)
            return false;
    }
    if (doc.isString(input) && doc.raw(input).size() > 2) {
        std::string prompt = "\"";
        prompt.append(literalBody(doc.raw(instruction)));
        prompt.append("\\n");
        prompt.append(literalBody(doc.raw(input)));
        prompt.push_back('"');
        addTextMessage(c, Role::User, c.store(std::move(prompt)));
    } else {
        addTextMessage(c, Role::User, doc.raw(instruction));
    }
    addTextMessage(c, Role::Assistant, doc.raw(output));
    return true;
}

bool writeAlpaca(Conversation &c, const Options &o, std::string &out, LossSet &losses,
                 RecordError &err)
{
    const TurnPlan plan = planTurns(c, o, losses);
    struct Turn2
    {
        Role role;
        std::string text;
    };
    std::vector<Turn2> turns;
    for (const Turn &t : plan.turns) {
        const Message &m = c.messages[t.message];
        if (t.role == Role::Tool) {
            losses.add(LossKind::ToolsDropped);
            continue;
        }
        addNameWeightLosses(m, losses);
        if (!m.extra.empty())
            losses.add(LossKind::UnknownFieldsDropped);
        bool hasImage = false;
        std::string text = messageText(c, m, losses, hasImage);
        bool calls = false;
        for (const Part &p : c.partsOf(m))
            calls = calls || p.kind == PartKind::ToolCall;
        if (calls) {
            losses.add(LossKind::ToolsDropped);
            if (literalBody(text).empty())
                continue; // a turn that only called tools
        }
        if (hasImage) {
            if (o.images == ImagePolicy::Reject)
                return fail(err, CoreTr::tr("the record has images; Alpaca holds only text"));
            losses.add(LossKind::ImagesDropped);
        }
        if (!turns.empty() && turns.back().role == t.role) {
            if (o.sameRole == SameRolePolicy::Reject)
                return fail(err, CoreTr::tr("consecutive turns of the same role; Alpaca needs "
                                            "question/answer pairs"));
            losses.add(LossKind::SameRoleMerged);
            std::string merged = "\"";
            merged.append(literalBody(turns.back().text));
            merged.append("\\n\\n");
            merged.append(literalBody(text));
            merged.push_back('"');
            turns.back().text = std::move(merged);
            continue;
        }
        turns.push_back(Turn2{t.role, std::move(text)});
    }
    if (turns.empty() || turns.front().role != Role::User)
        return fail(err, CoreTr::tr("the conversation does not start with a user turn"));
    if (turns.back().role != Role::Assistant)
        return fail(
                err,
                CoreTr::tr("the last user turn has no assistant answer (Alpaca needs an output)"));
    if (!c.tools.empty())
        losses.add(LossKind::ToolsDropped);
    out.push_back('{');
    bool first = true;
    writeEnvelopeHead(out, first, c, o, losses);
    const std::size_t n = turns.size();
    member(out, first, "instruction", turns[n - 2].text);
    member(out, first, "input", "\"\"");
    member(out, first, "output", turns[n - 1].text);
    if (!plan.system.empty()) {
        key(out, first, "system");
        out.append(plan.system.size() == 1 ? std::string(plan.system[0]->text)
                                           : joinTexts(c, plan.system, "\\n\\n"));
    }
    if (n > 2) {
        key(out, first, "history");
        out.push_back('[');
        for (std::size_t i = 0; i + 2 < n; i += 2) {
            if (i)
                out.push_back(',');
            out.push_back('[');
            out.append(turns[i].text);
            out.push_back(',');
            out.append(turns[i + 1].text);
            out.push_back(']');
        }
        out.push_back(']');
    }
    constexpr std::string_view kEnvelopeKeys[]
            = {"instruction", "input", "output", "system", "history"};
    writeEnvelopeTail(out, first, c, o, kEnvelopeKeys, losses);
    out.push_back('}');
    return true;
}

} // namespace Cutover::Convert
