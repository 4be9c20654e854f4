#pragma once

#include "core/prompts/prompt.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// A prompt with all its versions and per-endpoint variants as JSON, for
// import/export and `cutover-cli prompt add --file`. Keys are snake_case and
// stable; export → import → export yields identical bytes. Project ids
// (prompt id, endpoint id) are not exported: variants name their endpoint.
//
//   { "format": "cutover-prompt", "format_version": 1,
//     "name": "triage", "description": "",
//     "versions": [ { "number": 1, "note": "", "created_at": "2026-01-02T03:04:05.006Z",
//                     "messages": [ { "role": "system", "text": "..." } ] } ],
//     "variants": [ { "endpoint": "claude", "versions": [ ... ] } ] }
//
// Import is strict: unknown keys, a missing name, an empty history, version
// numbers that are not increasing, unknown roles, bad timestamps and
// duplicate variants are errors naming the JSON path ("versions[1].number").
namespace Cutover::PromptJson {

inline constexpr int kFormatVersion = 1;

QJsonObject toJson(const Prompt &prompt);
QByteArray toBytes(const Prompt &prompt); // indented, UTF-8, ends with a newline

Result<Prompt> fromJson(const QJsonObject &object);
Result<Prompt> fromBytes(const QByteArray &bytes);

// Messages alone ([{"role": ..., "text": ...}, ...]), for `prompt add --file`
// with a bare template. `path` prefixes error locations.
QJsonArray messagesToJson(const QList<TemplateMessage> &messages);
Result<QList<TemplateMessage>> messagesFromJson(const QJsonValue &value, const QString &path);

} // namespace Cutover::PromptJson
