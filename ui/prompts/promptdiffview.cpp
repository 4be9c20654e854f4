#include "ui/prompts/promptdiffview.h"

#include "core/runs/worddiff.h"
#include "ui/prompts/promptlabels.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

using Op = SequenceDiff::Op;

enum class Kind { Plain, Header, Removed, Added, Filler };

struct Mark
{
    qsizetype position = 0;
    qsizetype length = 0;
};

struct Row
{
    QString text;
    Kind kind = Kind::Plain;
    QList<Mark> marks; // the words that changed within a changed line
};

// The words that differ between a removed line and the added line paired
// with it, as marks on each (shifted by `offset`, the unified prefix).
void markWords(Row &removed, Row &added, qsizetype offset)
{
    const QString older = removed.text.mid(offset);
    const QString newer = added.text.mid(offset);
    const WordDiff words = WordDiffs::diff(older, newer);
    for (const WordDiffSpan &span : words.spans) {
        if (span.op == Op::Delete && span.oldLength > 0)
            removed.marks.append(Mark{offset + span.oldPos, span.oldLength});
        else if (span.op == Op::Insert && span.newLength > 0)
            added.marks.append(Mark{offset + span.newPos, span.newLength});
    }
}

QColor background(Kind kind)
{
    switch (kind) {
    case Kind::Removed:
        return PromptDiffView::removedColor();
    case Kind::Added:
        return PromptDiffView::addedColor();
    case Kind::Filler:
        return QColor(0xf0, 0xf0, 0xf0);
    case Kind::Header:
        return QColor(0xe8, 0xec, 0xf2);
    case Kind::Plain:
        break;
    }
    return QColor();
}

QString lineText(const PromptDiffLine &line)
{
    if (line.isHeader)
        return PromptLabels::role(line.role);
    return line.text;
}

Kind kindOf(const PromptDiffLine &line)
{
    if (line.op == Op::Delete)
        return Kind::Removed;
    if (line.op == Op::Insert)
        return Kind::Added;
    return line.isHeader ? Kind::Header : Kind::Plain;
}

void fill(QPlainTextEdit *view, const QList<Row> &rows)
{
    view->clear();
    QTextCursor cursor(view->document());
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        if (i > 0)
            cursor.insertBlock();
        QTextBlockFormat block;
        const QColor bg = background(row.kind);
        if (bg.isValid())
            block.setBackground(bg);
        cursor.setBlockFormat(block);
        QTextCharFormat chars;
        if (bg.isValid())
            chars.setForeground(QColor(0x1f, 0x23, 0x28));
        if (row.kind == Kind::Header)
            chars.setFontWeight(QFont::Bold);
        cursor.insertText(row.text, chars);
        if (!row.marks.isEmpty()) {
            QTextCharFormat strong;
            strong.setBackground(row.kind == Kind::Removed ? PromptDiffView::removedWordColor()
                                                           : PromptDiffView::addedWordColor());
            const int start = cursor.block().position();
            for (const Mark &m : row.marks) {
                QTextCursor word(view->document());
                word.setPosition(start + int(m.position));
                word.setPosition(start + int(m.position + m.length), QTextCursor::KeepAnchor);
                word.mergeCharFormat(strong);
            }
        }
    }
    cursor.endEditBlock();
    view->moveCursor(QTextCursor::Start);
}

QPlainTextEdit *makeView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(name);
    return view;
}

} // namespace

PromptDiffView::PromptDiffView(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_sideBySide(new QWidget(this))
    , m_left(makeView(m_sideBySide, tr("Older version")))
    , m_right(makeView(m_sideBySide, tr("Newer version")))
    , m_unified(makeView(this, tr("Differences")))
{
    m_mode->addItem(tr("Side by Side"), int(Mode::SideBySide));
    m_mode->addItem(tr("Unified"), int(Mode::Unified));
    m_mode->setAccessibleName(tr("Diff layout"));
    m_summary->setTextFormat(Qt::PlainText);

    auto *grid = new QGridLayout(m_sideBySide);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    // Both sides scroll together.
    for (auto [a, b] : {std::pair{m_left, m_right}, std::pair{m_right, m_left}}) {
        connect(a->verticalScrollBar(), &QScrollBar::valueChanged, b->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(a->horizontalScrollBar(), &QScrollBar::valueChanged, b->horizontalScrollBar(),
                &QScrollBar::setValue);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_sideBySide, 1);
    layout->addWidget(m_unified, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { render(); });
    render();
}

QColor PromptDiffView::removedColor()
{
    return QColor(0xff, 0xd7, 0xd5);
}

QColor PromptDiffView::addedColor()
{
    return QColor(0xcc, 0xff, 0xd8);
}

QColor PromptDiffView::removedWordColor()
{
    return QColor(0xff, 0xa4, 0xa0);
}

QColor PromptDiffView::addedWordColor()
{
    return QColor(0x8c, 0xe9, 0xa4);
}

void PromptDiffView::setDiff(const QList<PromptDiffLine> &lines, const QString &olderTitle,
                             const QString &newerTitle)
{
    m_lines = lines;
    m_leftTitle->setText(olderTitle);
    m_rightTitle->setText(newerTitle);
    int removed = 0;
    int added = 0;
    for (const PromptDiffLine &l : lines) {
        removed += l.op == Op::Delete && !l.isHeader;
        added += l.op == Op::Insert && !l.isHeader;
    }
    if (!PromptDiff::hasChanges(lines))
        m_summary->setText(tr("%1 and %2 are the same.").arg(olderTitle, newerTitle));
    else
        //: %1, %2 = versions ("v1"); %3, %4 = counts of lines
        m_summary->setText(tr("From %1 to %2: lines removed: %3, added: %4.")
                                   .arg(olderTitle, newerTitle)
                                   .arg(removed)
                                   .arg(added));
    render();
}

void PromptDiffView::clear()
{
    m_lines.clear();
    m_summary->clear();
    m_leftTitle->clear();
    m_rightTitle->clear();
    render();
}

PromptDiffView::Mode PromptDiffView::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void PromptDiffView::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void PromptDiffView::render()
{
    const bool sideBySide = mode() == Mode::SideBySide;
    m_sideBySide->setVisible(sideBySide);
    m_unified->setVisible(!sideBySide);

    // A run of removed lines followed by a run of added lines are changed
    // lines: paired in order, with the words that differ marked.
    const auto rowOf = [sideBySide](const PromptDiffLine &l) {
        if (sideBySide)
            return Row{lineText(l), kindOf(l), {}};
        const QChar sign = l.op == Op::Delete ? u'-' : l.op == Op::Insert ? u'+' : u' ';
        const QString text = l.isHeader ? u"@@ "_s + lineText(l) + u" @@"_s : lineText(l);
        return Row{sign + u' ' + text, kindOf(l), {}};
    };
    const qsizetype offset = sideBySide ? 0 : 2;

    QList<Row> left;
    QList<Row> right;
    QList<Row> unified;
    qsizetype i = 0;
    while (i < m_lines.size()) {
        const PromptDiffLine &l = m_lines.at(i);
        if (l.op == Op::Equal) {
            left.append(rowOf(l));
            right.append(rowOf(l));
            unified.append(rowOf(l));
            ++i;
            continue;
        }
        QList<Row> removed;
        QList<Row> added;
        QList<bool> removedIsText;
        QList<bool> addedIsText;
        while (i < m_lines.size() && m_lines.at(i).op == Op::Delete) {
            removed.append(rowOf(m_lines.at(i)));
            removedIsText.append(!m_lines.at(i).isHeader);
            ++i;
        }
        while (i < m_lines.size() && m_lines.at(i).op == Op::Insert) {
            added.append(rowOf(m_lines.at(i)));
            addedIsText.append(!m_lines.at(i).isHeader);
            ++i;
        }
        for (qsizetype k = 0; k < qMin(removed.size(), added.size()); ++k) {
            if (removedIsText.at(k) && addedIsText.at(k))
                markWords(removed[k], added[k], offset);
        }
        unified.append(removed);
        unified.append(added);
        const qsizetype n = qMax(removed.size(), added.size());
        for (qsizetype k = 0; k < n; ++k) {
            left.append(k < removed.size() ? removed.at(k) : Row{QString(), Kind::Filler, {}});
            right.append(k < added.size() ? added.at(k) : Row{QString(), Kind::Filler, {}});
        }
    }
    if (sideBySide) {
        fill(m_left, left);
        fill(m_right, right);
    } else {
        fill(m_unified, unified);
    }
}

} // namespace Cutover
