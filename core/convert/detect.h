#pragma once

#include "core/convert/formats.h"
#include "core/util/result.h"

#include <QList>
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

// Several inputs converted as one stream must hold one format. Detects each
// file (perFile gets one Detection per path, in order, even when they
// disagree) and returns the first file's detection, with the lowest
// confidence of all. A file whose format or container differs from the
// first's is refused with a message naming both files and both formats;
// empty files (nothing sampled) agree with anything. An unreadable file is
// an error naming it.
Result<Detection> detectFiles(const QStringList &paths, QList<Detection> *perFile = nullptr);

// The agreement check of detectFiles() on detections already made.
Result<Detection> agreedDetection(const QStringList &paths, const QList<Detection> &detections);

} // namespace Cutover::Convert
