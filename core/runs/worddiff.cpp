#include "core/runs/worddiff.h"

#include "core/runs/texttokens.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Cutover::WordDiffs {
namespace {

using Op = SequenceDiff::Op;
using TextTokens::Token;

std::vector<int> ids(const QString &text, const QList<Token> &tokens, bool caseInsensitive,
                     QHash<QString, int> &table)
{
    std::vector<int> out;
    out.reserve(tokens.size());
    for (const Token &t : tokens) {
        QString piece = text.mid(t.position, t.length);
        if (caseInsensitive)
            piece = piece.toCaseFolded();
        auto it = table.constFind(piece);
        if (it == table.constEnd())
            it = table.insert(piece, int(table.size()));
        out.push_back(it.value());
    }
    return out;
}

bool allSpace(const QList<Token> &tokens, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (tokens.at(i).kind != TextTokens::Kind::Space)
            return false;
    }
    return true;
}

// Token index range → UTF-16 range.
qsizetype startOf(const QList<Token> &tokens, qsizetype index, qsizetype textSize)
{
    return index < tokens.size() ? tokens.at(index).position : textSize;
}

} // namespace

WordDiff diff(const QString &oldText, const QString &newText, bool caseInsensitive, qint64 maxWork)
{
    const QList<Token> a = TextTokens::tokenize(oldText);
    const QList<Token> b = TextTokens::tokenize(newText);
    QHash<QString, int> table;
    const std::vector<int> ia = ids(oldText, a, caseInsensitive, table);
    const std::vector<int> ib = ids(newText, b, caseInsensitive, table);
    const SequenceDiff::Script script = SequenceDiff::diff(ia, ib, maxWork);

    // Group the token edits into equal runs and change blocks; a whitespace-only
    // equal run between two changes joins the change around it.
    struct Block
    {
        bool equal;
        qsizetype a0, a1, b0, b1; // token ranges
    };
    QList<Block> blocks;
    const QList<SequenceDiff::Edit> &edits = script.edits;
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const SequenceDiff::Edit &e = edits.at(i);
        const qsizetype a0 = e.oldPos;
        const qsizetype b0 = e.newPos;
        const qsizetype a1 = e.op == Op::Insert ? a0 : a0 + e.length;
        const qsizetype b1 = e.op == Op::Delete ? b0 : b0 + e.length;
        bool equal = e.op == Op::Equal;
        if (equal && i > 0 && i + 1 < edits.size() && allSpace(a, a0, e.length))
            equal = false; // glue between two changes
        if (!blocks.isEmpty() && !blocks.last().equal && !equal) {
            blocks.last().a1 = a1;
            blocks.last().b1 = b1;
        } else {
            blocks.append({equal, a0, a1, b0, b1});
        }
    }

    WordDiff out;
    out.exact = script.exact;
    for (const Block &block : std::as_const(blocks)) {
        const qsizetype oldPos = startOf(a, block.a0, oldText.size());
        const qsizetype oldEnd = startOf(a, block.a1, oldText.size());
        const qsizetype newPos = startOf(b, block.b0, newText.size());
        const qsizetype newEnd = startOf(b, block.b1, newText.size());
        if (block.equal) {
            out.spans.append({Op::Equal, oldPos, oldEnd - oldPos, newPos, newEnd - newPos});
            continue;
        }
        if (oldEnd > oldPos)
            out.spans.append({Op::Delete, oldPos, oldEnd - oldPos, newPos, 0});
        if (newEnd > newPos)
            out.spans.append({Op::Insert, oldEnd, 0, newPos, newEnd - newPos});
        out.changedOld += oldEnd - oldPos;
        out.changedNew += newEnd - newPos;
    }
    return out;
}

QString toMarkup(const WordDiff &diff, const QString &oldText, const QString &newText)
{
    QString out;
    for (const WordDiffSpan &s : diff.spans) {
        switch (s.op) {
        case Op::Equal:
            out += QStringView(newText).mid(s.newPos, s.newLength);
            break;
        case Op::Delete:
            out += u"[-"_s + QStringView(oldText).mid(s.oldPos, s.oldLength) + u"-]"_s;
            break;
        case Op::Insert:
            out += u"{+"_s + QStringView(newText).mid(s.newPos, s.newLength) + u"+}"_s;
            break;
        }
    }
    return out;
}

} // namespace Cutover::WordDiffs
