#pragma once

#include "core/convert/formats.h"
#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <string_view>

namespace Cutover::Convert {

struct Detection
{
    Format format = Format::OpenAI;
    Container container = Container::Jsonl;
    double confidence = 0; // 0..1: share of sampled records that fit, lowered when ambiguous
    int sampled = 0;       // records looked at
    int parsed = 0;        // of which valid JSON
    QStringList evidence;  // translated sentences: what was seen
};

// Guesses the format from the first bytes of a file (complete records only;
// a record cut at the end of head is ignored).
Detection detectFormat(std::string_view head, int maxRecords = 20);
// Reads the first 256 KiB of path and detects.
Result<Detection> detectFile(const QString &path);

} // namespace Cutover::Convert
