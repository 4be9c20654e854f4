#include "ui/prompts/variablehighlighter.h"

#include "core/prompts/promptrender.h"

#include <QColor>

namespace Cutover {

VariableHighlighter::VariableHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

QTextCharFormat VariableHighlighter::placeholderFormat()
{
    QTextCharFormat f;
    f.setBackground(QColor(0xdd, 0xeb, 0xff));
    f.setForeground(QColor(0x0b, 0x3d, 0x91));
    f.setFontWeight(QFont::DemiBold);
    return f;
}

void VariableHighlighter::highlightBlock(const QString &text)
{
    // Placeholders never span lines (only spaces and tabs are allowed inside
    // the braces), so each block can be scanned on its own.
    const QList<PlaceholderUse> uses
            = PromptRender::placeholders({TemplateMessage{ChatRole::User, text}});
    const QTextCharFormat format = placeholderFormat();
    for (const PlaceholderUse &use : uses)
        setFormat(int(use.position), int(use.length), format);
}

} // namespace Cutover
