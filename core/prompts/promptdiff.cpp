#include "core/prompts/promptdiff.h"

#include <QHash>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Cutover::PromptDiff {
namespace {

struct Item
{
    bool isHeader = false;
    ChatRole role = ChatRole::User;
    QString text;
    int message = 0;
    int line = -1;
};

QList<Item> flatten(const QList<TemplateMessage> &messages)
{
    QList<Item> items;
    for (qsizetype m = 0; m < messages.size(); ++m) {
        const TemplateMessage &msg = messages.at(m);
        items.append({true, msg.role, QString(), int(m), -1});
        if (msg.text.isEmpty())
            continue;
        const QStringList lines = msg.text.split(u'\n');
        for (qsizetype l = 0; l < lines.size(); ++l) {
            QString line = lines.at(l);
            if (line.endsWith(u'\r'))
                line.chop(1);
            items.append({false, msg.role, line, int(m), int(l)});
        }
    }
    return items;
}

std::vector<int> ids(const QList<Item> &items, QHash<QString, int> &table)
{
    std::vector<int> out;
    out.reserve(items.size());
    for (const Item &item : items) {
        // Headers and lines live in separate key spaces.
        const QString key
                = item.isHeader ? u"h"_s + templateRoleKey(item.role) : u"l"_s + item.text;
        auto it = table.constFind(key);
        if (it == table.constEnd())
            it = table.insert(key, int(table.size()));
        out.push_back(it.value());
    }
    return out;
}

} // namespace

QList<PromptDiffLine> diff(const QList<TemplateMessage> &older, const QList<TemplateMessage> &newer)
{
    const QList<Item> a = flatten(older);
    const QList<Item> b = flatten(newer);
    QHash<QString, int> table;
    const std::vector<int> ia = ids(a, table);
    const std::vector<int> ib = ids(b, table);
    const SequenceDiff::Script script = SequenceDiff::diff(ia, ib);

    // One op per item, to slide runs below.
    std::vector<SequenceDiff::Op> ops;
    for (const SequenceDiff::Edit &e : script.edits)
        ops.insert(ops.end(), size_t(e.length), e.op);
    using Pos = std::pair<qsizetype, qsizetype>;
    auto positions = [&ops]() {
        std::vector<Pos> pos;
        pos.reserve(ops.size());
        qsizetype i = 0;
        qsizetype j = 0;
        for (SequenceDiff::Op op : ops) {
            pos.emplace_back(i, j);
            if (op != SequenceDiff::Op::Insert)
                ++i;
            if (op != SequenceDiff::Op::Delete)
                ++j;
        }
        return pos;
    };

    // Among equally short scripts, prefer the one whose added or removed runs
    // start at a message header: slide a run up while its last item equals
    // the equal item before it ("+user +2+2? +assistant +4" before an
    // unchanged user message, rather than after its header).
    for (bool moved = true; moved;) {
        moved = false;
        const std::vector<Pos> pos = positions();
        for (size_t s = 1; s < ops.size() && !moved; ++s) {
            const SequenceDiff::Op op = ops[s];
            if (op == SequenceDiff::Op::Equal || ops[s - 1] != SequenceDiff::Op::Equal)
                continue;
            size_t e = s;
            while (e < ops.size() && ops[e] == op)
                ++e;
            const bool insert = op == SequenceDiff::Op::Insert;
            const QList<Item> &side = insert ? b : a;
            const std::vector<int> &sideIds = insert ? ib : ia;
            auto index = [&pos, insert](size_t k) {
                return insert ? pos[k].second : pos[k].first;
            };
            if (side.at(index(s)).isHeader)
                continue;
            if (sideIds[size_t(index(e - 1))] == sideIds[size_t(index(s - 1))]) {
                std::swap(ops[s - 1], ops[e - 1]);
                moved = true;
            }
        }
    }

    QList<PromptDiffLine> out;
    const std::vector<Pos> pos = positions();
    for (size_t k = 0; k < ops.size(); ++k) {
        PromptDiffLine line;
        line.op = ops[k];
        const Item *oldItem = line.op == SequenceDiff::Op::Insert ? nullptr : &a.at(pos[k].first);
        const Item *newItem = line.op == SequenceDiff::Op::Delete ? nullptr : &b.at(pos[k].second);
        const Item *item = newItem ? newItem : oldItem;
        line.isHeader = item->isHeader;
        line.role = item->role;
        line.text = item->text;
        if (oldItem) {
            line.oldMessage = oldItem->message;
            line.oldLine = oldItem->line;
        }
        if (newItem) {
            line.newMessage = newItem->message;
            line.newLine = newItem->line;
        }
        out.append(line);
    }
    return out;
}

QString toText(const QList<PromptDiffLine> &lines)
{
    QString out;
    for (const PromptDiffLine &line : lines) {
        const QChar sign = line.op == SequenceDiff::Op::Equal
                                   ? u' '
                                   : (line.op == SequenceDiff::Op::Delete ? u'-' : u'+');
        out += sign;
        if (line.isHeader)
            out += u"@@ "_s + templateRoleKey(line.role) + u" @@"_s;
        else
            out += line.text;
        out += u'\n';
    }
    return out;
}

bool hasChanges(const QList<PromptDiffLine> &lines)
{
    for (const PromptDiffLine &line : lines) {
        if (line.op != SequenceDiff::Op::Equal)
            return true;
    }
    return false;
}

} // namespace Cutover::PromptDiff
