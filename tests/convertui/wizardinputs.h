#pragma once

#include <QByteArray>

// Four OpenAI JSONL records: a plain one, one with a mid-conversation system
// message and a named user turn (losses for Anthropic), one with a trailing
// comma (rejected, line 3) and one with a tool call.
QByteArray smallInput();

// A large OpenAI JSONL file (about 960 bytes a record, with tool calls), so
// that a run takes long enough to be cancelled in the middle.
QByteArray largeInput(int records);
