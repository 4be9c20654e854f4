#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Cutover {

// Highlights `{{variable}}` placeholders in a template message, exactly those
// PromptRender would fill (escaped `\{{…}}` and non-names stay plain).
class VariableHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit VariableHighlighter(QTextDocument *document);

    static QTextCharFormat placeholderFormat();

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Cutover
