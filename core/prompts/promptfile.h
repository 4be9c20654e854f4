#pragma once

#include "core/prompts/prompt.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Prompt files for import and export. One prompt is a PromptJson document
// ("format": "cutover-prompt", also what `cutover-cli prompt add --file`
// reads); a library export holds several:
//
//   { "format": "cutover-prompts", "format_version": 1, "prompts": [ <prompt>, ... ] }
//
// Reading accepts either. Errors name the file and the JSON location
// ("prompts[2].versions[0].number is required") or the line and column of
// invalid JSON. Writing goes through QSaveFile: the old file stays intact
// or is replaced whole.
namespace Cutover::PromptFile {

inline constexpr int kFormatVersion = 1;
inline constexpr qint64 kMaxFileSize = 16 * 1024 * 1024; // read on the GUI thread: keep it small

QByteArray libraryToBytes(const QList<Prompt> &prompts);
Result<QList<Prompt>> fromBytes(const QByteArray &bytes);

// `prompts` of size 1 with `asLibrary` false writes the single-prompt format.
Result<void> write(const QString &path, const QList<Prompt> &prompts, bool asLibrary);
Result<QList<Prompt>> read(const QString &path);

// `name` if it is not in `taken`, else "name (2)", "name (3)", … (the first free one).
QString freeName(const QString &name, const QStringList &taken);

} // namespace Cutover::PromptFile
