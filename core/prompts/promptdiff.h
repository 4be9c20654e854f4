#pragma once

#include "core/prompts/prompt.h"
#include "core/prompts/sequencediff.h"

#include <QList>
#include <QString>

// A line-based diff between two versions of a template ("diff between any
// two versions"). Each message contributes a header item (its role) followed
// by its text lines; the diff runs over that sequence, so a changed role,
// an added few-shot turn or an edited line all show up as such.
namespace Cutover {

struct PromptDiffLine
{
    SequenceDiff::Op op = SequenceDiff::Op::Equal;
    bool isHeader = false; // a message boundary: `role` is set, `text` is empty
    ChatRole role = ChatRole::User;
    QString text;        // the line, without its line break
    int oldMessage = -1; // index of the message in the older version (-1: inserted)
    int newMessage = -1; // index in the newer version (-1: deleted)
    int oldLine = -1;    // 0-based line within that message (-1 for headers / absent)
    int newLine = -1;

    friend bool operator==(const PromptDiffLine &, const PromptDiffLine &) = default;
};

namespace PromptDiff {

QList<PromptDiffLine> diff(const QList<TemplateMessage> &older,
                           const QList<TemplateMessage> &newer);

// Unified-diff-like text: headers as "@@ role @@", lines prefixed with
// ' ', '-' or '+'. For the command line and for tests; not translated.
QString toText(const QList<PromptDiffLine> &lines);

bool hasChanges(const QList<PromptDiffLine> &lines);

} // namespace PromptDiff
} // namespace Cutover
