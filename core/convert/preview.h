#pragma once

#include "core/convert/formats.h"
#include "core/util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace Cutover::Convert {

// The first records of a file as the engine reads them, for a wizard's
// preview: roles, text (unescaped, shortened) and what else each message holds.
struct PreviewMessage
{
    QString role;      // "system", "user", "assistant", "tool"
    QString text;      // the text parts joined, at most maxChars characters
    QStringList parts; // kinds of the other parts: "image", "tool_call get_weather", …
};

struct PreviewRecord
{
    std::uint64_t line = 0;
    bool ok = false;
    QString error; // why the record would be rejected
    QString id;    // the record's id as written, if any
    QList<PreviewMessage> messages;
    int tools = 0;
};

Result<QList<PreviewRecord>> previewFile(const QString &path, Format format, Container container,
                                         int maxRecords = 10, int maxChars = 400);

} // namespace Cutover::Convert
