#pragma once

#include "core/prompts/promptdiff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Cutover {

// Shows a PromptDiff coloured, either side by side (older left, newer right,
// rows aligned, removed lines red, added lines green, changed lines paired)
// or unified (one column with "-" and "+" lines); within a changed line the
// words that differ are marked in a stronger colour. Read-only.
class PromptDiffView final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { SideBySide, Unified };

    explicit PromptDiffView(QWidget *parent = nullptr);

    void setDiff(const QList<PromptDiffLine> &lines, const QString &olderTitle,
                 const QString &newerTitle);
    void clear();

    Mode mode() const;
    void setMode(Mode mode);

    QComboBox *modeCombo() const { return m_mode; }
    QPlainTextEdit *leftView() const { return m_left; }
    QPlainTextEdit *rightView() const { return m_right; }
    QPlainTextEdit *unifiedView() const { return m_unified; }
    QLabel *summaryLabel() const { return m_summary; }

    static QColor removedColor();
    static QColor addedColor();
    // Within a changed line, the words that differ.
    static QColor removedWordColor();
    static QColor addedWordColor();

private:
    void render();

    QList<PromptDiffLine> m_lines;
    QComboBox *m_mode;
    QLabel *m_summary;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QWidget *m_sideBySide;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QPlainTextEdit *m_unified;
};

} // namespace Cutover
