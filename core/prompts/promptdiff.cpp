#include "core/prompts/promptdiff.h"

#include <QHash>

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

    QList<PromptDiffLine> out;
    for (const SequenceDiff::Edit &e : script.edits) {
        for (qsizetype i = 0; i < e.length; ++i) {
            PromptDiffLine line;
            line.op = e.op;
            const Item *oldItem = e.op == SequenceDiff::Op::Insert ? nullptr : &a.at(e.oldPos + i);
            const Item *newItem = e.op == SequenceDiff::Op::Delete ? nullptr : &b.at(e.newPos + i);
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
