#include "core/convert/detect.h"

#include "core/convert/recordsplitter.h"
#include "core/util/tr.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace Cutover::Convert {

namespace {

struct Scores
{
    std::array<int, 5> strong{}; // records with evidence only this format has
    int messagesOnly = 0;        // "messages" with user/assistant roles only: OpenAI or Anthropic
    int openaiSystem = 0, openaiTools = 0, openaiImages = 0;
    int anthropicSystem = 0, anthropicBlocks = 0;
    int sharegpt = 0, sharegptTools = 0, alpaca = 0, alpacaHistory = 0, gemini = 0;
};

void score(const JsonDoc &doc, Scores &s)
{
    if (!doc.isObject(0))
        return;
    const std::uint32_t messages = doc.find(0, "messages");
    if (doc.isArray(messages)) {
        bool oa = false, an = doc.find(0, "system") != kNoNode;
        if (an)
            ++s.anthropicSystem;
        bool sys = false, tools = false, images = false, blocks = false;
        doc.forEachElement(messages, [&](std::uint32_t m) {
            const std::uint32_t role = doc.find(m, "role");
            if (doc.equals(role, "system") || doc.equals(role, "developer"))
                sys = true;
            if (doc.equals(role, "tool") || doc.find(m, "tool_calls") != kNoNode)
                tools = true;
            const std::uint32_t content = doc.find(m, "content");
            if (doc.isArray(content)) {
                doc.forEachElement(content, [&](std::uint32_t p) {
                    const std::uint32_t t = doc.find(p, "type");
                    if (doc.equals(t, "image_url"))
                        images = true;
                    if (doc.equals(t, "tool_use") || doc.equals(t, "tool_result")
                        || doc.equals(t, "thinking") || doc.equals(t, "redacted_thinking")
                        || (doc.equals(t, "image") && doc.find(p, "source") != kNoNode))
                        blocks = true;
                });
            }
        });
        oa = sys || tools || images;
        s.openaiSystem += sys;
        s.openaiTools += tools;
        s.openaiImages += images;
        s.anthropicBlocks += blocks;
        an = an || blocks;
        if (oa && !an)
            ++s.strong[std::size_t(Format::OpenAI)];
        else if (an && !oa)
            ++s.strong[std::size_t(Format::Anthropic)];
        else if (!oa && !an)
            ++s.messagesOnly;
        return;
    }
    const std::uint32_t conv = doc.find(0, "conversations");
    if (doc.isArray(conv) && doc.node(conv).count > 0 && doc.find(conv + 1, "from") != kNoNode) {
        ++s.sharegpt;
        s.sharegptTools += doc.find(0, "tools") != kNoNode;
        ++s.strong[std::size_t(Format::ShareGpt)];
        return;
    }
    if (doc.find(0, "instruction") != kNoNode && doc.find(0, "output") != kNoNode) {
        ++s.alpaca;
        s.alpacaHistory += doc.find(0, "history") != kNoNode;
        ++s.strong[std::size_t(Format::Alpaca)];
        return;
    }
    if (doc.isArray(doc.find(0, "contents"))) {
        ++s.gemini;
        ++s.strong[std::size_t(Format::Gemini)];
    }
}

} // namespace

Detection detectFormat(std::string_view head, int maxRecords)
{
    Detection d;
    std::size_t i = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < head.size()
           && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    d.container = i < head.size() && head[i] == '[' ? Container::Array : Container::Jsonl;
    RecordSplitter splitter(d.container);
    std::vector<RecordSpan> spans;
    splitter.split(head, 0, false, spans);
    Scores s;
    JsonDoc doc;
    for (const RecordSpan &r : spans) {
        if (d.sampled >= maxRecords)
            break;
        ++d.sampled;
        if (!doc.parse(head.substr(r.begin, r.length)))
            continue;
        ++d.parsed;
        score(doc, s);
    }
    if (d.container == Container::Array)
        d.evidence << CoreTr::tr("The file is one JSON array; its elements are the records.");
    else
        d.evidence << CoreTr::tr("One JSON record per line (JSONL).");
    if (d.sampled == 0) {
        d.evidence << CoreTr::tr("No complete record found in the first bytes.");
        return d;
    }
    std::size_t best = 0;
    for (std::size_t f = 1; f < s.strong.size(); ++f) {
        if (s.strong[f] > s.strong[best])
            best = f;
    }
    const double n = d.sampled;
    if (s.strong[best] == 0 && s.messagesOnly == 0) {
        d.evidence << CoreTr::tr("None of the %1 sampled records has the keys of a known format.")
                              .arg(d.sampled);
        return d;
    }
    if (s.strong[best] == 0) {
        d.format = Format::OpenAI;
        d.confidence = 0.5 * s.messagesOnly / n;
        d.evidence << CoreTr::tr("%1 of %2 records have \"messages\" with user/assistant turns "
                                 "only: both OpenAI and Anthropic fit; choose the source format.")
                              .arg(s.messagesOnly)
                              .arg(d.sampled);
        return d;
    }
    d.format = Format(best);
    const bool messagesFit = d.format == Format::OpenAI || d.format == Format::Anthropic;
    d.confidence = (s.strong[best] + (messagesFit ? s.messagesOnly : 0)) / n;
    switch (d.format) {
    case Format::OpenAI:
        d.evidence
                << CoreTr::tr(
                           "%1 of %2 records have \"messages\" with OpenAI-only features (system "
                           "role: %3, tool calls or tool role: %4, image_url parts: %5).")
                           .arg(s.strong[best])
                           .arg(d.sampled)
                           .arg(s.openaiSystem)
                           .arg(s.openaiTools)
                           .arg(s.openaiImages);
        break;
    case Format::Anthropic:
        d.evidence
                << CoreTr::tr(
                           "%1 of %2 records have a top-level \"system\" (%3) or Anthropic content "
                           "blocks such as tool_use, tool_result, thinking or image sources (%4).")
                           .arg(s.strong[best])
                           .arg(d.sampled)
                           .arg(s.anthropicSystem)
                           .arg(s.anthropicBlocks);
        break;
    case Format::ShareGpt:
        d.evidence << CoreTr::tr("%1 of %2 records have \"conversations\" with \"from\"/\"value\" "
                                 "turns (%3 with tools).")
                              .arg(s.sharegpt)
                              .arg(d.sampled)
                              .arg(s.sharegptTools);
        break;
    case Format::Alpaca:
        d.evidence << CoreTr::tr("%1 of %2 records have \"instruction\" and \"output\" (%3 with "
                                 "history).")
                              .arg(s.alpaca)
                              .arg(d.sampled)
                              .arg(s.alpacaHistory);
        break;
    case Format::Gemini:
        d.evidence << CoreTr::tr("%1 of %2 records have \"contents\" with parts.")
                              .arg(s.gemini)
                              .arg(d.sampled);
        break;
    }
    if (messagesFit && s.messagesOnly > 0)
        d.evidence << CoreTr::tr(
                              "%1 more records have plain user/assistant messages, which fit too.")
                              .arg(s.messagesOnly);
    if (d.parsed < d.sampled)
        d.evidence << CoreTr::tr("%1 of the sampled records are not valid JSON.")
                              .arg(d.sampled - d.parsed);
    return d;
}

Result<Detection> detectFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         CoreTr::tr("Cannot open %1: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(256 * 1024);
    const bool whole = f.atEnd();
    Detection d = detectFormat(std::string_view(head.constData(), std::size_t(head.size())));
    if (d.sampled == 0 && whole && !head.trimmed().isEmpty()) {
        // a small file whose only record has no trailing newline
        RecordSplitter splitter(d.container);
        std::vector<RecordSpan> spans;
        splitter.split(std::string_view(head.constData(), std::size_t(head.size())), 0, true,
                       spans);
        if (!spans.empty()) {
            QByteArray padded = head;
            padded.append('\n');
            d = detectFormat(std::string_view(padded.constData(), std::size_t(padded.size())));
        }
    }
    return d;
}

namespace {

QString specText(const Detection &d)
{
    return d.container == Container::Array
                   ? CoreTr::tr("%1 (one JSON array)").arg(formatTitle(d.format))
                   : CoreTr::tr("%1 (JSON Lines)").arg(formatTitle(d.format));
}

} // namespace

Result<Detection> agreedDetection(const QStringList &paths, const QList<Detection> &detections)
{
    if (detections.isEmpty() || detections.size() != paths.size())
        return makeError(ErrorKind::BadInput, CoreTr::tr("No input file to detect."));
    qsizetype first = -1;
    for (qsizetype i = 0; i < detections.size(); ++i) {
        if (detections.at(i).sampled > 0) {
            first = i;
            break;
        }
    }
    if (first < 0)
        return detections.constFirst();
    Detection combined = detections.at(first);
    for (qsizetype i = first + 1; i < detections.size(); ++i) {
        const Detection &d = detections.at(i);
        if (d.sampled == 0)
            continue;
        if (d.format != combined.format || d.container != combined.container)
            return makeError(
                    ErrorKind::BadInput,
                    CoreTr::tr("%1 looks like %2, but %3 looks like %4. Files converted together "
                               "must hold one format: convert them separately, or choose the "
                               "input format to read them all as one.")
                            .arg(QFileInfo(paths.at(i)).fileName(), specText(d),
                                 QFileInfo(paths.at(first)).fileName(), specText(combined)));
        combined.confidence = std::min(combined.confidence, d.confidence);
        combined.sampled += d.sampled;
        combined.parsed += d.parsed;
    }
    return combined;
}

Result<Detection> detectFiles(const QStringList &paths, QList<Detection> *perFile)
{
    QList<Detection> all;
    for (const QString &path : paths) {
        auto d = detectFile(path);
        if (!d)
            return d.error();
        all.append(d.value());
    }
    if (perFile)
        *perFile = all;
    return agreedDetection(paths, all);
}

} // namespace Cutover::Convert
