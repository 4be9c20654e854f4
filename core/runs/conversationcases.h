#pragma once

#include "core/convert/conversionjob.h"
#include "core/convert/formats.h"
#include "core/convert/model.h"
#include "core/runs/caseimport.h"
#include "core/runs/testcase.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <optional>

// Test cases from stored conversations (issue 4: "import from converted
// conversations"), in any of the five formats core/convert reads: OpenAI
// chat, Anthropic Messages, ShareGPT, Alpaca, Gemini; JSON Lines or one
// JSON array. The file is read as a stream with core/convert's readers.
//
// One conversation becomes one case. Its messages are split at the LAST
// user turn:
//   system   the system messages before that turn, their text joined with a
//            blank line ("" when there are none)
//   input    the text of the last user turn (text parts joined with a newline)
//   history  the turns before it (system messages left out) as a compact JSON
//            array of {"role": "user"|"assistant"|"tool", "content": "<text>"}
//            ("[]" for a single-turn conversation); an assistant turn that
//            called tools adds "tool_calls": [{"name": "...", "arguments": "<the
//            arguments as JSON text>"}]; tool results are "tool" turns
//   reference  the text of the last assistant message after that turn (the
//            final answer, after any tool calls); none when the conversation
//            ends with the user turn or the answer holds no text
//   tags     metadata.tags or a top-level "tags" (an array of strings, or one
//            string split at "," and ";")
// Every case gets all three variables, so one prompt template fits them all,
// e.g. system "{{system}}", user "{{input}}" (and {{history}} where earlier
// turns matter). Images, reasoning and other non-text parts are not carried;
// the cases affected are counted in a warning.
//
// A conversation without a user turn cannot become a case: it is counted in
// skippedCount and listed (file, line, reason) in skipped and in warnings —
// never dropped silently. records == cases.size() + skippedCount.
//
// A record that is not valid JSON or not of the format's shape fails the
// import (all or nothing, as CaseImport does) with file, line and reason.
namespace Cutover::ConversationCases {

struct Skipped
{
    std::uint64_t line = 0;
    QString reason; // translated
};

struct Import
{
    CaseImportResult result; // cases, variables {system, input, history}, warnings
    Convert::Format format = Convert::Format::OpenAI;
    Convert::Container container = Convert::Container::Jsonl;
    bool detected = false;     // the format was detected (not given)
    std::uint64_t records = 0; // read from the file
    std::uint64_t skippedCount = 0;
    QList<Skipped> skipped;             // the first kMaxListed
    std::uint64_t withDroppedParts = 0; // cases whose turns held images or other non-text parts
};
inline constexpr int kMaxListed = 20;

struct Options
{
    std::optional<Convert::Format> format; // nullopt: detect from the file
    // nullopt: detected (a file starting with "[" is one JSON array)
    std::optional<Convert::Container> container;
};

// Progress over the file's bytes; may be called often (from the calling thread).
using ProgressFn = Convert::ProgressFn;

// Reads path (see above). cancel, when set, stops it with an Error of kind Cancelled.
Result<Import> fromFile(const QString &path, const Options &options = {},
                        const ProgressFn &progress = {}, const std::atomic<bool> *cancel = nullptr);

// One conversation as a case; nullopt (and why in whyNot) when it has no user turn.
// droppedParts is set when non-text parts were left out.
std::optional<TestCase> caseFromConversation(const Convert::Conversation &conversation,
                                             QString *whyNot = nullptr,
                                             bool *droppedParts = nullptr);

// The variable names every imported case has, in this order.
QStringList variableNames();

} // namespace Cutover::ConversationCases
