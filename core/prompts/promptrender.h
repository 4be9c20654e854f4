#pragma once

#include "core/prompts/prompt.h"
#include "core/providers/chattypes.h"
#include "core/util/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Rendering a template with variable values into chat messages.
//
// Syntax:
// - `{{name}}` is a placeholder; spaces or tabs inside the braces are allowed
//   (`{{ name }}`). A name starts with a letter (any script: `{{问题}}`
//   works) or `_` and continues with letters, digits, `_`, `.` or `-`.
//   Names are case-sensitive.
// - Anything else that starts with `{{` (`{{"a": 1}}`, `{{ two words }}`,
//   an unclosed `{{name`) is literal text, so JSON examples need no escaping.
// - Escaping: `\{{` renders as a literal `{{` (the backslash is dropped), so
//   `\{{name}}` renders as `{{name}}`. `\\{{name}}` renders as one backslash
//   followed by the value of `name`. A backslash anywhere else is literal.
// - Values are inserted verbatim; placeholders inside values are not expanded.
// - A missing variable leaves its placeholder in the text as written and is
//   reported (name, message index, position); variables given but not used
//   are reported too.
namespace Cutover {

struct PlaceholderUse
{
    QString name;
    int messageIndex = 0;   // index into the template's messages
    qsizetype position = 0; // UTF-16 offset of the placeholder's `{{` in that message
    qsizetype length = 0;   // length of the whole placeholder, braces included

    friend bool operator==(const PlaceholderUse &, const PlaceholderUse &) = default;
};

struct RenderedPrompt
{
    QList<ChatMessage> messages;   // one text part per template message
    QList<PlaceholderUse> missing; // every placeholder without a value, in order
    QStringList unused;            // given variables no placeholder uses, sorted

    bool complete() const { return missing.isEmpty(); }
};

namespace PromptRender {

// Every placeholder, in message and text order.
QList<PlaceholderUse> placeholders(const QList<TemplateMessage> &messages);
// Can `name` be written as a placeholder ({{name}})?
bool isValidName(QStringView name);
// Distinct variable names in order of first use.
QStringList variables(const QList<TemplateMessage> &messages);

RenderedPrompt render(const QList<TemplateMessage> &messages, const QMap<QString, QString> &values);

// As render(), but a missing variable is an error (ErrorKind::BadInput) naming
// every missing variable and the message it is in. Unused variables are allowed.
Result<QList<ChatMessage>> renderStrict(const QList<TemplateMessage> &messages,
                                        const QMap<QString, QString> &values);

// "Variable "x" has no value (message 2)." — translated, message numbers 1-based.
QString describeMissing(const PlaceholderUse &use);

} // namespace PromptRender
} // namespace Cutover
